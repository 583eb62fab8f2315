namespace BssConnectWiseConnector.Http.Errors;

/// <summary>ConnectWise answered 429 Too Many Requests after every retry.</summary>
public sealed class ConnectWiseRateLimitedException : ConnectWiseApiException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectWiseRateLimitedException"/> class.</summary>
    public ConnectWiseRateLimitedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseRateLimitedException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConnectWiseRateLimitedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseRateLimitedException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectWiseRateLimitedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseRateLimitedException"/> class.</summary>
    /// <param name="info">What ConnectWise answered.</param>
    public ConnectWiseRateLimitedException(ConnectWiseErrorInfo info)
        : base(info)
    {
    }
}
