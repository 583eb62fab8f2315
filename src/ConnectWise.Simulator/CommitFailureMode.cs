namespace ConnectWise.Simulator;

/// <summary>How a POST that was committed to the store fails its response.</summary>
public enum CommitFailureMode
{
    /// <summary>Answer 500 with a ConnectWise error body although the record was created.</summary>
    ServerError,

    /// <summary>Drop the connection although the record was created.</summary>
    DropConnection,
}
