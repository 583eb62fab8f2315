namespace Bss.IntegrationFramework;

/// <summary>One page of a company search.</summary>
public sealed class RemoteCompanyPage
{
    /// <summary>The most companies a page holds (ConnectWise's default page size).</summary>
    public const int PageSize = 25;

    /// <summary>Gets the companies of the page.</summary>
    public required IReadOnlyList<RemoteCompany> Companies { get; init; }

    /// <summary>Gets what to pass as <c>after</c> for the next page, or <see langword="null"/> when this is the last.</summary>
    public string? Next { get; init; }
}
