using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Tests.TestSupport;

internal static class TestSettings
{
    public const string PrivateKey = "Priv4teK3yValue";
    public const string ClientId = "0b0a5f8e-2b7c-4d6e-9f10-1a2b3c4d5e6f";

    public static Dictionary<string, string?> Variables(string url = "https://na.myconnectwise.net") => new()
    {
        [ServerVariableCatalog.ConnectWiseUrl.Name] = url,
        [ServerVariableCatalog.CompanyId.Name] = "acme",
        [ServerVariableCatalog.PublicKey.Name] = "pub",
        [ServerVariableCatalog.PrivateKey.Name] = PrivateKey,
        [ServerVariableCatalog.ClientId.Name] = ClientId,
        [ServerVariableCatalog.ImportAccountStatusId.Name] = "1",
    };

    public static ConnectWiseSettings Parse(Dictionary<string, string?>? variables = null) =>
        ConnectWiseSettingsParser.Parse(variables ?? Variables(), allowLoopbackHttp: true, out var errors)
            ?? throw new InvalidOperationException(string.Join("; ", errors));
}
