namespace ConnectWise.Simulator.Callbacks;

/// <summary>One callback the simulator posted (or dropped), for tests to count.</summary>
/// <param name="CallbackId">The registration's id.</param>
/// <param name="Url">The address it was posted to.</param>
/// <param name="Type">The callback type, e.g. <c>company</c>.</param>
/// <param name="RecordId">The record's id.</param>
/// <param name="Action"><c>added</c>, <c>updated</c> or <c>deleted</c>.</param>
/// <param name="Status">The receiver's status code; 0 when dropped by a fault or when the receiver could not be reached.</param>
/// <param name="Dropped">Whether a fault dropped it.</param>
public sealed record CallbackDeliveryRecord(int CallbackId, string Url, string Type, int RecordId, string Action, int Status, bool Dropped);
