namespace Bss.IntegrationFramework.Host.Web;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>How far one module of a running sync is.</summary>
/// <param name="Module">The module.</param>
/// <param name="Done">Records done.</param>
/// <param name="Total">Records in all, when known.</param>
/// <param name="Message">What is happening, if anything worth saying.</param>
public sealed record ModuleProgressView(string Module, int Done, int? Total, string? Message);
