namespace BssConnectWiseConnector.Http.Errors;

/// <summary>ConnectWise answered 400 Bad Request: ConnectWise refused the record; see Errors for the fields.</summary>
public sealed class ConnectWiseValidationException : ConnectWiseApiException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectWiseValidationException"/> class.</summary>
    public ConnectWiseValidationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseValidationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConnectWiseValidationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseValidationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectWiseValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseValidationException"/> class.</summary>
    /// <param name="info">What ConnectWise answered.</param>
    public ConnectWiseValidationException(ConnectWiseErrorInfo info)
        : base(info)
    {
    }
}
