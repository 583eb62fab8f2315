namespace Bss.IntegrationFramework;

/// <summary>Which module operations an instance has switched on.</summary>
public sealed class SyncOptions
{
    private readonly HashSet<(string Module, SyncOperation Operation)> _enabled;

    /// <summary>Initializes a new instance of the <see cref="SyncOptions"/> class.</summary>
    /// <param name="enabled">The operations switched on.</param>
    public SyncOptions(IEnumerable<(string Module, SyncOperation Operation)> enabled)
    {
        _enabled = new HashSet<(string, SyncOperation)>(enabled);
        AllOn = false;
    }

    private SyncOptions()
    {
        _enabled = [];
        AllOn = true;
    }

    /// <summary>Gets options with every operation of every module switched on.</summary>
    public static SyncOptions AllEnabled { get; } = new();

    private bool AllOn { get; }

    /// <summary>Tells whether an operation of a module is switched on.</summary>
    /// <param name="module">The module name.</param>
    /// <param name="operation">The operation.</param>
    /// <returns><see langword="true"/> when it is on.</returns>
    public bool IsEnabled(string module, SyncOperation operation) => AllOn || _enabled.Contains((module, operation));
}
