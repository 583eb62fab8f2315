namespace BssConnectWiseConnector.Sync;

/// <summary>
/// A security-role function a module uses, and the read that proves the API member holds it at the Inquire level.
/// A <c>GET …/count</c> proves Inquire only: ConnectWise grants Add, Edit and Delete separately, and no request is
/// documented that tests a write level without writing, so the other levels in <see cref="Needed"/> are reported as
/// not proven (docs/connectwise-api.md, "Security roles").
/// </summary>
/// <param name="Function">The function in ConnectWise's terms, such as "Companies > Company Maintenance".</param>
/// <param name="Route">A list route whose count the Inquire level allows reading.</param>
/// <param name="Reads">What reading the route means to an administrator, such as "companies".</param>
/// <param name="Needed">Every level the module uses on the function.</param>
internal sealed record PermissionProbe(string Function, string Route, string Reads, SecurityLevels Needed);
