namespace BssConnectWiseConnector.Http.Errors;

/// <summary>ConnectWise answered 404 Not Found: the record, or the codebase, does not exist.</summary>
public sealed class ConnectWiseNotFoundException : ConnectWiseApiException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectWiseNotFoundException"/> class.</summary>
    public ConnectWiseNotFoundException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConnectWiseNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseNotFoundException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectWiseNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseNotFoundException"/> class.</summary>
    /// <param name="info">What ConnectWise answered.</param>
    public ConnectWiseNotFoundException(ConnectWiseErrorInfo info)
        : base(info)
    {
    }
}
