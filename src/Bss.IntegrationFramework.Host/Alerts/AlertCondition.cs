namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>What an alert is about: a cause that needs the administrator.</summary>
internal enum AlertCondition
{
    /// <summary>ConnectWise refuses the instance's keys or Client Id.</summary>
    CredentialsRefused,

    /// <summary>The API member lacks a permission an enabled module needs.</summary>
    PermissionMissing,

    /// <summary>BSS values of a required lookup are not mapped, so the records holding them fail.</summary>
    UnmappedLookupValues,

    /// <summary>Records are quarantined after failing again and again.</summary>
    RecordsQuarantined,

    /// <summary>A run had more failed records than the threshold.</summary>
    FailedRecords,

    /// <summary>Subscriptions were changed by hand in ConnectWise since the last push.</summary>
    DriftReported,

    /// <summary>No run has completed for longer than the threshold.</summary>
    RunNotSucceeded,

    /// <summary>Callbacks are enabled, yet polling finds changes and no callback arrived for longer than the threshold.</summary>
    CallbacksSilent,
}
