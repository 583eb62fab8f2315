namespace ConnectWise.Simulator.Conditions;

/// <summary>A conditions string ConnectWise would refuse; the message says what and where.</summary>
internal sealed class ConditionSyntaxException : Exception
{
    public ConditionSyntaxException()
    {
    }

    public ConditionSyntaxException(string message)
        : base(message)
    {
    }

    public ConditionSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
