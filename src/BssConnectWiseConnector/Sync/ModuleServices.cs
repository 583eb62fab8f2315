using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Sync;

/// <summary>What a module's handlers are built from: the session's client, context, mapper and setup tables.</summary>
internal sealed class ModuleServices
{
    private readonly Func<string, Type, object?> _pushModule;

    /// <summary>Initializes a new instance of the <see cref="ModuleServices"/> class.</summary>
    /// <param name="client">The session's ConnectWise client.</param>
    /// <param name="context">The session's shared context.</param>
    /// <param name="mapper">The instance's mapper.</param>
    /// <param name="tables">The session's setup tables.</param>
    /// <param name="options">The synchronization options.</param>
    /// <param name="pushModule">Gets another module's push handler of the session (module name, record type).</param>
    public ModuleServices(ConnectWiseClient client, SyncModuleContext context, IMapper mapper, SetupTableCache tables, SyncOptions options, Func<string, Type, object?> pushModule)
    {
        Client = client;
        Context = context;
        Mapper = mapper;
        Tables = tables;
        Options = options;
        _pushModule = pushModule;
    }

    /// <summary>Gets the session's ConnectWise client.</summary>
    public ConnectWiseClient Client { get; }

    /// <summary>Gets the session's shared context.</summary>
    public SyncModuleContext Context { get; }

    /// <summary>Gets the instance's mapper.</summary>
    public IMapper Mapper { get; }

    /// <summary>Gets the session's setup tables.</summary>
    public SetupTableCache Tables { get; }

    /// <summary>Gets the synchronization options.</summary>
    public SyncOptions Options { get; }

    /// <summary>Gets another module's push handler, to push a missing dependency first.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="module">The module.</param>
    /// <returns>The handler, or <see langword="null"/>.</returns>
    public IPushModule<TRecord>? PushModule<TRecord>(string module)
        where TRecord : BssRecord => _pushModule(module, typeof(TRecord)) as IPushModule<TRecord>;

    /// <summary>Creates a resolver of a dependency, which pushes a missing one first through its own module.</summary>
    /// <typeparam name="TRecord">The dependency's record type.</typeparam>
    /// <param name="module">The dependency's module.</param>
    /// <param name="entity">How reasons name the dependency, such as "account".</param>
    /// <returns>The resolver.</returns>
    public DependencyResolver<TRecord> Dependency<TRecord>(string module, string entity)
        where TRecord : BssRecord => new(Context, module, entity, () => PushModule<TRecord>(module));
}
