namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>One request a <see cref="LoopbackReceiver"/> received.</summary>
/// <param name="Method">The method.</param>
/// <param name="PathAndQuery">The path and query as sent.</param>
/// <param name="Headers">The headers.</param>
/// <param name="Body">The raw body.</param>
/// <param name="Status">The status answered.</param>
public sealed record ReceivedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body, int Status);
