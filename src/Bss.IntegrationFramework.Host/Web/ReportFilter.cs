using Bss.IntegrationFramework.Host.Storage;
using Microsoft.AspNetCore.Http;

namespace Bss.IntegrationFramework.Host.Web;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>The report page's filters, read from the query string.</summary>
/// <param name="Run">The run, or <see langword="null"/> for the latest.</param>
/// <param name="Module">Only this module, if given.</param>
/// <param name="Outcome">Only this outcome, if given.</param>
/// <param name="FailedOnly">Only failed and quarantined records.</param>
public sealed record ReportFilter(long? Run, string? Module, string? Outcome, bool FailedOnly)
{
    /// <summary>Gets the outcomes a record can have.</summary>
    public static IReadOnlyList<string> Outcomes { get; } = ["Created", "Updated", "Unchanged", "Skipped", "Failed", "Quarantined", "Pulled"];

    /// <summary>Reads the filters of a request.</summary>
    /// <param name="query">The query string.</param>
    /// <returns>The filters.</returns>
    public static ReportFilter From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new ReportFilter(
            long.TryParse(query["run"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var run) ? run : null,
            string.IsNullOrWhiteSpace(query["module"]) ? null : query["module"].ToString(),
            Outcomes.FirstOrDefault(o => o == query["outcome"]),
            query["failed"] == "on");
    }

    /// <summary>Applies the module and outcome filters.</summary>
    /// <param name="results">The run's results.</param>
    /// <returns>The results shown.</returns>
    public IEnumerable<RunResultRecord> Apply(IEnumerable<RunResultRecord> results) =>
        results.Where(r => (Module is null || r.Module == Module) && (Outcome is null || r.Outcome == Outcome));
}
