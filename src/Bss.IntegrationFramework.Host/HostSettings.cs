using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bss.IntegrationFramework.Host;

/// <summary>Where the host keeps its store and finds plugins, and what it hands connectors.</summary>
internal sealed record HostSettings
{
    /// <summary>Gets the SQLite store's path.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Gets the plugins folder, or <see langword="null"/> for the default.</summary>
    public string? PluginsDirectory { get; init; }

    /// <summary>Gets a value indicating whether connectors may use plain http to loopback addresses.</summary>
    public bool AllowLoopbackHttp { get; init; }

    /// <summary>Gets the clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the secrets to mask in output and in the run log.</summary>
    public Instances.SecretRedactor Redactor { get; init; } = new();

    /// <summary>Gets what encrypts secret server variables at rest, or <see langword="null"/> to store them as typed.</summary>
    public Storage.SecretProtector? Protector { get; init; }

    /// <summary>Gets the delays between attempts to notify an alert webhook.</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; init; } = Alerts.WebhookSender.DefaultRetryDelays;

    /// <summary>Gets the logger factory.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;
}
