using System.Runtime.InteropServices;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// The processor time of this process's children that have ended and been waited for (Linux <c>getrusage</c>
/// with <c>RUSAGE_CHILDREN</c>): the difference around one child's run is that child's own processor time, which
/// <see cref="System.Diagnostics.Process"/> can no longer read once it has exited.
/// </summary>
internal static partial class ChildUsage
{
    private const int RusageChildren = -1;

    /// <summary>Gets the user + system time of the children waited for so far, or <see langword="null"/> off Linux.</summary>
    public static TimeSpan? ProcessorTime()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(RusageChildren, out var usage) != 0)
        {
            return null;
        }

        return TimeSpan.FromSeconds(usage.UserSeconds + usage.SystemSeconds)
            + TimeSpan.FromMicroseconds(usage.UserMicroseconds + usage.SystemMicroseconds);
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRusage(int who, out Rusage usage);

    /// <summary>The start of <c>struct rusage</c> on 64-bit Linux: two <c>struct timeval</c>, then 14 longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        public long MaxResidentKilobytes;
        public long Ixrss;
        public long Idrss;
        public long Isrss;
        public long MinorFaults;
        public long MajorFaults;
        public long Swaps;
        public long BlocksIn;
        public long BlocksOut;
        public long MessagesSent;
        public long MessagesReceived;
        public long Signals;
        public long VoluntarySwitches;
        public long InvoluntarySwitches;
    }
}
