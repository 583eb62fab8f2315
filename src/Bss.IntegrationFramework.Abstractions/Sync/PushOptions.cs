namespace Bss.IntegrationFramework;

/// <summary>How a push runs.</summary>
public sealed record PushOptions
{
    /// <summary>Gets the default options: a real push.</summary>
    public static PushOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether to compute the plan only, sending no write request.</summary>
    public bool DryRun { get; init; }
}
