namespace Bss.IntegrationFramework.Host.Storage;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>One sync run of an instance.</summary>
/// <param name="Id">The run id.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended, if it did.</param>
/// <param name="Status">One of <see cref="RunStatus"/>.</param>
/// <param name="DryRun">Whether it wrote nothing.</param>
/// <param name="Requests">HTTP requests the connector sent.</param>
/// <param name="Message">Why it failed, if it did.</param>
public sealed record RunRecord(long Id, long InstanceId, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string Status, bool DryRun, long Requests, string? Message);
