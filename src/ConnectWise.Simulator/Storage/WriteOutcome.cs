namespace ConnectWise.Simulator.Storage;

/// <summary>The result of a store write that may collide with another record.</summary>
internal enum WriteOutcome
{
    /// <summary>The write was stored.</summary>
    Done,

    /// <summary>The record to replace does not exist.</summary>
    NotFound,

    /// <summary>Another record already has the natural key.</summary>
    Duplicate,
}
