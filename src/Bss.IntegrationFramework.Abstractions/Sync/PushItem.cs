namespace Bss.IntegrationFramework;

/// <summary>One record to push and the BSS event behind it.</summary>
/// <typeparam name="TRecord">The BSS entity type.</typeparam>
/// <param name="Record">The record as it is now in the BSS.</param>
/// <param name="Operation">
/// <see cref="SyncOperation.Create"/> or <see cref="SyncOperation.Update"/> (both are treated as "make the
/// remote record match", guided by the link store), or <see cref="SyncOperation.Delete"/>.
/// </param>
public sealed record PushItem<TRecord>(TRecord Record, SyncOperation Operation)
    where TRecord : BssRecord;
