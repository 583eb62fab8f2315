namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>One verified change notification waiting in the store for the worker.</summary>
/// <param name="Id">The queue row.</param>
/// <param name="Module">The module.</param>
/// <param name="RemoteId">The record's remote id.</param>
/// <param name="Action">What happened to it.</param>
internal sealed record QueuedChange(long Id, string Module, string RemoteId, string Action);
