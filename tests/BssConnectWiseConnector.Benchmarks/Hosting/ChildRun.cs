namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>One run of a child process, measured whole: wall time from start to exit, its processor time and peak working set.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output and error.</param>
/// <param name="Wall">From start to exit.</param>
/// <param name="Cpu">User + system time of the process (zero where it cannot be read).</param>
/// <param name="PeakWorkingSet">The highest resident set size seen (the kernel's high-water mark, sampled).</param>
internal sealed record ChildRun(int ExitCode, string Output, TimeSpan Wall, TimeSpan Cpu, long PeakWorkingSet)
{
    /// <summary>The count a reader printed as its "records N" line; a failed run or a missing line is an error naming the reader.</summary>
    /// <param name="reader">Who ran, for the error ("the peer client").</param>
    /// <returns>N.</returns>
    public int Records(string reader)
    {
        var line = Output.Split('\n').FirstOrDefault(l => l.StartsWith("records ", StringComparison.Ordinal));
        return ExitCode == 0 && line is not null
            ? int.Parse(line["records ".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"{reader} failed ({ExitCode}): {Output}");
    }
}
