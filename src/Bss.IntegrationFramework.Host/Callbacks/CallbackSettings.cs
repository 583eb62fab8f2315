namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>An instance's callbacks as the host keeps them.</summary>
/// <param name="PublicUrl">The public address ConnectWise posts to (the host's <c>/callbacks/{instance}</c> behind TLS).</param>
/// <param name="Modules">The modules registered.</param>
/// <param name="EnabledAt">When <c>callbacks enable</c> last ran.</param>
/// <param name="LastReceivedAt">When the last verified callback arrived, if one has.</param>
internal sealed record CallbackSettings(Uri PublicUrl, IReadOnlyList<string> Modules, DateTimeOffset EnabledAt, DateTimeOffset? LastReceivedAt);
