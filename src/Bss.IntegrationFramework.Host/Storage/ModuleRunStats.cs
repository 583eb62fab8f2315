namespace Bss.IntegrationFramework.Host.Storage;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>The totals of one module in one run.</summary>
public sealed record ModuleRunStats
{
    /// <summary>Gets the module.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the direction: <c>push</c> or <c>pull</c>.</summary>
    public required string Direction { get; init; }

    /// <summary>Gets the records created.</summary>
    public int Created { get; init; }

    /// <summary>Gets the records updated.</summary>
    public int Updated { get; init; }

    /// <summary>Gets the records unchanged.</summary>
    public int Unchanged { get; init; }

    /// <summary>Gets the records skipped.</summary>
    public int Skipped { get; init; }

    /// <summary>Gets the records failed.</summary>
    public int Failed { get; init; }

    /// <summary>Gets the records quarantined (failed too often; not retried until resync).</summary>
    public int Quarantined { get; init; }

    /// <summary>Gets the records pulled.</summary>
    public int Pulled { get; init; }

    /// <summary>Gets the HTTP requests sent for the module.</summary>
    public long Requests { get; init; }

    /// <summary>Gets a note, such as why the module was not run.</summary>
    public string? Note { get; init; }
}
