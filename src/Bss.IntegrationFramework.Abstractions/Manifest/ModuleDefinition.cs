namespace Bss.IntegrationFramework;

/// <summary>One module of a connector: the BSS entity it syncs and the operations it supports.</summary>
/// <param name="Name">The module name, one of <see cref="BssModules"/>.</param>
/// <param name="Operations">The operations it supports.</param>
/// <param name="DependsOn">Modules whose records must be linked before this module's records can be pushed.</param>
/// <param name="Description">What it does, in a sentence.</param>
public sealed record ModuleDefinition(
    string Name,
    IReadOnlyList<SyncOperation> Operations,
    IReadOnlyList<string> DependsOn,
    string Description);
