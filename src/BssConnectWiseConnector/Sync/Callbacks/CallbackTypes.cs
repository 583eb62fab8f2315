using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Callbacks;

/// <summary>
/// Which ConnectWise callback type notifies which BSS module (the types of amp-labs' ConnectWise connector:
/// <c>company</c>, <c>contact</c>, <c>productcatalog</c>, <c>agreement</c>). A module is notifiable when it also pulls.
/// </summary>
internal static class CallbackTypes
{
    private static readonly (string Module, string Type)[] Map =
    [
        (BssModules.Accounts, "company"),
        (BssModules.Contacts, "contact"),
        (BssModules.Products, "productcatalog"),
        (BssModules.Subscriptions, "agreement"),
    ];

    /// <summary>The callback type of a module, or <see langword="null"/>.</summary>
    public static string? TypeOf(string module) =>
        Map.FirstOrDefault(m => string.Equals(m.Module, module, StringComparison.OrdinalIgnoreCase)).Type;

    /// <summary>The module a callback type notifies, or <see langword="null"/>.</summary>
    public static string? ModuleOf(string? type) =>
        Map.FirstOrDefault(m => string.Equals(m.Type, type, StringComparison.OrdinalIgnoreCase)).Module;

    /// <summary>The modules that have a callback type.</summary>
    public static IEnumerable<string> Modules => Map.Select(m => m.Module);
}
