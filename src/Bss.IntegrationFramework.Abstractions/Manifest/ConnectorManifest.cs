namespace Bss.IntegrationFramework;

/// <summary>What a connector offers; the host builds its settings pages and scheduler from it.</summary>
/// <param name="Name">The connector's name.</param>
/// <param name="Version">The connector's version.</param>
/// <param name="Description">A sentence for administrators.</param>
/// <param name="ServerVariables">The server variables and keys, in the order a settings page shows them.</param>
/// <param name="Modules">The modules and their operations, in dependency order.</param>
/// <param name="Lookups">The lookup tables an administrator maps.</param>
public sealed record ConnectorManifest(
    string Name,
    string Version,
    string Description,
    IReadOnlyList<ServerVariableDefinition> ServerVariables,
    IReadOnlyList<ModuleDefinition> Modules,
    IReadOnlyList<LookupDefinition> Lookups);
