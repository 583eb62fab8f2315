namespace BssConnectWiseConnector.Sync;

/// <summary>Every module registration of the connector, in dependency order.</summary>
internal static class ModuleCatalog
{
    /// <summary>Gets the registrations.</summary>
    public static IReadOnlyList<IModuleRegistration> All { get; } = typeof(ModuleCatalog).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IModuleRegistration).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (IModuleRegistration)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Order)
        .ThenBy(r => r.Definition.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Finds a module's registration.</summary>
    /// <param name="module">The module name.</param>
    /// <returns>The registration, or <see langword="null"/>.</returns>
    public static IModuleRegistration? Find(string module) => All.FirstOrDefault(r => r.Definition.Name == module);
}
