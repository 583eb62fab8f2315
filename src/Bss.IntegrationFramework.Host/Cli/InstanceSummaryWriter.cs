using System.Globalization;
using Bss.IntegrationFramework.Host.Instances;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Writes an instance summary as text.</summary>
internal static class InstanceSummaryWriter
{
    /// <summary>Writes the summary.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="summary">The summary.</param>
    public static void Write(TextWriter output, InstanceSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        output.WriteLine($"Instance {summary.Name} (connector {summary.Connector}, activated {summary.CreatedAt.ToString("u", CultureInfo.InvariantCulture)})");
        output.WriteLine();
        output.WriteLine("Server variables:");
        TextTable.Write(
            output,
            ["Name", "Label", "Value", "Required", "Default"],
            summary.Variables.Select(v => (IReadOnlyList<string?>)[v.Name, v.Label, v.Value, v.Required ? "yes" : string.Empty, v.DefaultValue]));
        output.WriteLine();
        output.WriteLine(summary.SettingErrors.Count == 0
            ? "Settings: valid."
            : $"Settings: {Wording.Count(summary.SettingErrors.Count, "problem")}:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", summary.SettingErrors));
        if (summary.SecretsAtRest is not null)
        {
            output.WriteLine("Warning: " + summary.SecretsAtRest + ".");
        }

        output.WriteLine();
        output.WriteLine("Lookups:");
        var lookups = summary.Lookups.SelectMany(l => l.Value.Select(v => (IReadOnlyList<string?>)[l.Key, v.Key, v.Value])).ToList();
        if (lookups.Count == 0)
        {
            output.WriteLine("  (none mapped; see 'lookups discover')");
        }
        else
        {
            TextTable.Write(output, ["Lookup", "BSS value", "ConnectWise id"], lookups);
        }

        output.WriteLine();
        output.WriteLine("Operations switched off: " + (summary.DisabledOperations.Count == 0 ? "none" : string.Join(", ", summary.DisabledOperations)));
        output.WriteLine("Links: " + (summary.Links.Count == 0 ? "none" : string.Join(", ", summary.Links.Select(l => $"{l.Key} {l.Value}"))));
        output.WriteLine("Last run: " + (summary.LastRun ?? "never"));
    }
}
