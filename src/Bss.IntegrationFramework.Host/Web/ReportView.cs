using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Web;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>What the report page shows.</summary>
/// <param name="Runs">The latest runs.</param>
/// <param name="Run">The run shown, if there is one.</param>
/// <param name="Modules">Its module totals.</param>
/// <param name="Results">Its records, filtered.</param>
/// <param name="Names">Record names by module and BSS id.</param>
/// <param name="Filter">The filters.</param>
/// <param name="Notice">What an action just did, if any.</param>
public sealed record ReportView(
    IReadOnlyList<RunRecord> Runs,
    RunRecord? Run,
    IReadOnlyList<ModuleRunStats> Modules,
    IReadOnlyList<RunResultRecord> Results,
    IReadOnlyDictionary<(string Module, string BssId), string> Names,
    ReportFilter Filter,
    string? Notice);
