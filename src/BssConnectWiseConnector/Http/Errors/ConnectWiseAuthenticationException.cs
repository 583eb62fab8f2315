namespace BssConnectWiseConnector.Http.Errors;

/// <summary>ConnectWise answered 401 or 403: the keys, the clientId or the API member's security role do not allow the call.</summary>
public sealed class ConnectWiseAuthenticationException : ConnectWiseApiException
{
    /// <summary>Initializes a new instance of the <see cref="ConnectWiseAuthenticationException"/> class.</summary>
    public ConnectWiseAuthenticationException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseAuthenticationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConnectWiseAuthenticationException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseAuthenticationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectWiseAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseAuthenticationException"/> class.</summary>
    /// <param name="info">What ConnectWise answered.</param>
    public ConnectWiseAuthenticationException(ConnectWiseErrorInfo info)
        : base(info)
    {
    }

    /// <summary>Gets a value indicating whether the keys were accepted but the API member's security role lacks a permission (403).</summary>
    public bool IsPermission => StatusCode == System.Net.HttpStatusCode.Forbidden;
}
