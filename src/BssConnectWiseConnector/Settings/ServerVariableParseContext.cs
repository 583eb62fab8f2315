using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Settings;

/// <summary>What a <see cref="ServerVariableParser{TValue}"/> knows besides the text.</summary>
/// <param name="Variable">The variable being parsed, whose description an error may quote.</param>
/// <param name="AllowLoopbackHttp">Whether plain http to a loopback address is allowed.</param>
internal sealed record ServerVariableParseContext(ServerVariableDefinition Variable, bool AllowLoopbackHttp);
