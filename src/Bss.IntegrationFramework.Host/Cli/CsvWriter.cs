namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Writes RFC 4180 CSV.</summary>
internal static class CsvWriter
{
    /// <summary>Writes a header and rows.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="headers">The header cells.</param>
    /// <param name="rows">The rows.</param>
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        output.Write(Line(headers) + "\r\n");
        foreach (var row in rows)
        {
            output.Write(Line(row) + "\r\n");
        }
    }

    private static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Escape));

    private static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return string.Empty;
        }

        // A leading formula character is neutralised so spreadsheets do not execute it; a plain number (a plan's
        // -15.00) is no formula and stays a number a spreadsheet can sum.
        var safe = (cell[0] is '=' or '+' or '-' or '@') && !IsNumber(cell) ? "'" + cell : cell;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static bool IsNumber(string cell) =>
        decimal.TryParse(cell, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _);
}
