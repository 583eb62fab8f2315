namespace Bss.IntegrationFramework;

/// <summary>One registration of the connector's with the remote system (for ConnectWise, a callback).</summary>
/// <param name="RemoteId">The registration's id in the remote system.</param>
/// <param name="Module">The module it notifies.</param>
/// <param name="Url">The address the remote system posts to.</param>
/// <param name="Active">Whether the remote system sends it.</param>
/// <param name="SuppressesOwnWrites">Whether the remote system was told not to notify the connector's own writes.</param>
public sealed record NotificationRegistration(string RemoteId, string Module, Uri Url, bool Active, bool SuppressesOwnWrites);
