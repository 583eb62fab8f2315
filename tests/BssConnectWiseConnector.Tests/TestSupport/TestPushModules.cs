using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>The push modules a module test gives its context: the handlers added, and real dependency resolvers over them.</summary>
internal sealed class TestPushModules : IPushModuleSource
{
    private readonly Dictionary<string, object> _handlers = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the context the resolvers read links from (set by <see cref="TestModuleContext.Create"/>).</summary>
    public ModuleContext? Context { get; set; }

    public void Add<TRecord>(string module, IPushModule<TRecord> handler)
        where TRecord : BssRecord => _handlers[module] = handler;

    public IPushModule<TRecord>? GetPushModule<TRecord>(string module)
        where TRecord : BssRecord => _handlers.TryGetValue(module, out var handler) ? handler as IPushModule<TRecord> : null;

    public IDependencyResolver<TRecord> Dependency<TRecord>(string module, string entity)
        where TRecord : BssRecord =>
        new DependencyResolver<TRecord>(Context ?? throw new InvalidOperationException("No context yet."), module, entity, () => GetPushModule<TRecord>(module));
}
