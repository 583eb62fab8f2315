namespace Bss.IntegrationFramework;

/// <summary>Thrown when an instance's settings cannot be used; lists every problem at once.</summary>
public sealed class ConnectorConfigurationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    public ConnectorConfigurationException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    /// <param name="message">The message.</param>
    public ConnectorConfigurationException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConnectorConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectorConfigurationException"/> class.</summary>
    /// <param name="errors">Every problem found.</param>
    public ConnectorConfigurationException(IReadOnlyList<SettingError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets every problem found.</summary>
    public IReadOnlyList<SettingError> Errors { get; }

    private static string Describe(IReadOnlyList<SettingError> errors) =>
        errors is null || errors.Count == 0
            ? "The connector settings are not valid."
            : "The connector settings are not valid: " + string.Join("; ", errors.Select(e => e.ToString()));
}
