namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>A BSS entity: its name in record files and the store, its module and its record type.</summary>
/// <param name="Name">The plural camelCase name used in record files, such as <c>accounts</c>.</param>
/// <param name="Module">The module that syncs it, one of <see cref="BssModules"/>.</param>
/// <param name="RecordType">The contract's record type.</param>
internal sealed record BssEntity(string Name, string Module, Type RecordType)
{
    /// <summary>Gets every entity in dependency order.</summary>
    public static IReadOnlyList<BssEntity> All { get; } =
    [
        new("accounts", BssModules.Accounts, typeof(Account)),
        new("contacts", BssModules.Contacts, typeof(Contact)),
        new("products", BssModules.Products, typeof(Product)),
        new("subscriptions", BssModules.Subscriptions, typeof(Subscription)),
        new("orders", BssModules.Orders, typeof(Order)),
        new("invoices", BssModules.Invoices, typeof(Invoice)),
        new("payments", BssModules.Payments, typeof(Payment)),
    ];

    /// <summary>Finds an entity by record type.</summary>
    /// <param name="recordType">The record type.</param>
    /// <returns>The entity.</returns>
    public static BssEntity ForType(Type recordType) =>
        All.FirstOrDefault(e => e.RecordType == recordType)
        ?? throw new ArgumentException($"{recordType.Name} is not a BSS entity.", nameof(recordType));

    /// <summary>Finds an entity by its name, singular or plural, or by its module name, ignoring case.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The entity.</returns>
    /// <exception cref="HostException">No entity has that name.</exception>
    public static BssEntity Parse(string name) =>
        All.FirstOrDefault(e =>
            string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.Name.TrimEnd('s'), name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.Module, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new HostException($"'{name}' is not a BSS entity (use one of {string.Join(", ", All.Select(e => e.Name))}).");

    /// <summary>Finds the entity a module syncs.</summary>
    /// <param name="module">The module name.</param>
    /// <returns>The entity, or <see langword="null"/> for a module the host does not know.</returns>
    public static BssEntity? ForModule(string module) =>
        All.FirstOrDefault(e => string.Equals(e.Module, module, StringComparison.OrdinalIgnoreCase));
}
