namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Writes plain-text tables with aligned columns (no colours, safe to redirect).</summary>
internal static class TextTable
{
    private const int MaxColumnWidth = 60;

    /// <summary>Writes a table.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">The rows; each as many cells as headers. Only the last column may be wider than 60 characters.</param>
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(headers);
        var cells = rows.Select(r => r.Select((c, i) => Clip(c ?? string.Empty, i < headers.Count - 1)).ToArray()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        output.WriteLine(Line(headers.ToArray(), widths));
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", widths.Select((w, i) => (i < cells.Length ? cells[i] : string.Empty).PadRight(w))).TrimEnd();

    private static string Clip(string text, bool clip)
    {
        var oneLine = CommandActions.OneLine(text);
        return !clip || oneLine.Length <= MaxColumnWidth ? oneLine : oneLine[..(MaxColumnWidth - 1)] + "…";
    }
}
