using System.Linq.Expressions;
using AutoMapper;

namespace BssConnectWiseConnector.Mapping;

/// <summary>
/// A mapper whose AutoMapper configuration is built on the first map, not when the session opens: a run with nothing
/// to map (an incremental pull that finds no change, a push of unchanged records) never pays for building and
/// validating every profile, which is the larger part of a short host process's start-up.
/// </summary>
/// <param name="create">Builds the real mapper; called once.</param>
internal sealed class DeferredMapper(Func<IMapper> create) : IMapper
{
    private readonly Lazy<IMapper> _mapper = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets whether the configuration has been built.</summary>
    public bool IsBuilt => _mapper.IsValueCreated;

    /// <inheritdoc />
    public IConfigurationProvider ConfigurationProvider => _mapper.Value.ConfigurationProvider;

    /// <inheritdoc />
    public TDestination Map<TDestination>(object source) => _mapper.Value.Map<TDestination>(source);

    /// <inheritdoc />
    public TDestination Map<TDestination>(object source, Action<IMappingOperationOptions<object, TDestination>> opts) => _mapper.Value.Map(source, opts);

    /// <inheritdoc />
    public TDestination Map<TSource, TDestination>(TSource source) => _mapper.Value.Map<TSource, TDestination>(source);

    /// <inheritdoc />
    public TDestination Map<TSource, TDestination>(TSource source, Action<IMappingOperationOptions<TSource, TDestination>> opts) => _mapper.Value.Map(source, opts);

    /// <inheritdoc />
    public TDestination Map<TSource, TDestination>(TSource source, TDestination destination) => _mapper.Value.Map(source, destination);

    /// <inheritdoc />
    public TDestination Map<TSource, TDestination>(TSource source, TDestination destination, Action<IMappingOperationOptions<TSource, TDestination>> opts) => _mapper.Value.Map(source, destination, opts);

    /// <inheritdoc />
    public object Map(object source, Type sourceType, Type destinationType) => _mapper.Value.Map(source, sourceType, destinationType);

    /// <inheritdoc />
    public object Map(object source, Type sourceType, Type destinationType, Action<IMappingOperationOptions<object, object>> opts) => _mapper.Value.Map(source, sourceType, destinationType, opts);

    /// <inheritdoc />
    public object Map(object source, object destination, Type sourceType, Type destinationType) => _mapper.Value.Map(source, destination, sourceType, destinationType);

    /// <inheritdoc />
    public object Map(object source, object destination, Type sourceType, Type destinationType, Action<IMappingOperationOptions<object, object>> opts) => _mapper.Value.Map(source, destination, sourceType, destinationType, opts);

    /// <inheritdoc />
    public IQueryable<TDestination> ProjectTo<TDestination>(IQueryable source, object? parameters = null, params Expression<Func<TDestination, object>>[] membersToExpand) => _mapper.Value.ProjectTo(source, parameters, membersToExpand);

    /// <inheritdoc />
    public IQueryable<TDestination> ProjectTo<TDestination>(IQueryable source, IDictionary<string, object> parameters, params string[] membersToExpand) => _mapper.Value.ProjectTo<TDestination>(source, parameters, membersToExpand);

    /// <inheritdoc />
    public IQueryable ProjectTo(IQueryable source, Type destinationType, IDictionary<string, object>? parameters = null, params string[] membersToExpand) => _mapper.Value.ProjectTo(source, destinationType, parameters, membersToExpand);
}
