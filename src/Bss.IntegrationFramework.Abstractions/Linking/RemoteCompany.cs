namespace Bss.IntegrationFramework;

/// <summary>A remote customer (a ConnectWise company) as a search lists it.</summary>
public sealed class RemoteCompany
{
    /// <summary>Gets the remote id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the short identifier the remote system shows, if any.</summary>
    public string? Identifier { get; init; }

    /// <summary>Gets the name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the BSS account linked to it, or <see langword="null"/> when none is.</summary>
    public string? LinkedAccountId { get; init; }
}
