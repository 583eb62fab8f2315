namespace Bss.IntegrationFramework;

/// <summary>A contact of a remote company, to choose an agreement's contact from.</summary>
public sealed class RemoteContact
{
    /// <summary>Gets the remote id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the contact's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the contact's default e-mail address, if any.</summary>
    public string? Email { get; init; }

    /// <summary>Gets a value indicating whether it is the company's default contact.</summary>
    public bool IsDefault { get; init; }
}
