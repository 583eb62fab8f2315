namespace BssConnectWiseConnector.Http;

/// <summary>The site could not be reached as a ConnectWise Manage site: wrong URL or company id.</summary>
public sealed class ConnectWiseSiteException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConnectWiseSiteException"/> class.</summary>
    public ConnectWiseSiteException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseSiteException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConnectWiseSiteException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseSiteException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectWiseSiteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
