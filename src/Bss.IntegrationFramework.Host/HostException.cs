namespace Bss.IntegrationFramework.Host;

/// <summary>A failure the administrator can act on; the command line prints its message as one line.</summary>
internal sealed class HostException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="HostException"/> class.</summary>
    public HostException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HostException"/> class.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    public HostException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="HostException"/> class.</summary>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public HostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
