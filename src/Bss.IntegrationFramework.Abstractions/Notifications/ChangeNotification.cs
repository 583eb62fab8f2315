namespace Bss.IntegrationFramework;

/// <summary>What a change notification names, read from its body.</summary>
/// <param name="RemoteType">The remote system's name for the kind of record (ConnectWise's callback <c>Type</c>).</param>
/// <param name="Module">The BSS module the record belongs to, or <see langword="null"/> when no notifiable module has such records.</param>
/// <param name="RemoteId">The record's remote id.</param>
/// <param name="Action">What happened to it (ConnectWise: <c>added</c>, <c>updated</c>, <c>deleted</c>).</param>
/// <param name="KeyUrl">Where the key the notification is signed with is fetched from.</param>
/// <param name="MessageId">The remote system's id of this notification, when it gives one.</param>
public sealed record ChangeNotification(string RemoteType, string? Module, string RemoteId, string Action, Uri KeyUrl, string? MessageId);
