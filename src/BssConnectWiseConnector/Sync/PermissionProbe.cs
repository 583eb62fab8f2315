namespace BssConnectWiseConnector.Sync;

/// <summary>A read that tells whether the API member holds a permission, named in ConnectWise's security-role terms.</summary>
/// <param name="Permission">The permission, such as "Companies > Company Maintenance".</param>
/// <param name="Route">A list route whose count the permission allows reading.</param>
internal sealed record PermissionProbe(string Permission, string Route);
