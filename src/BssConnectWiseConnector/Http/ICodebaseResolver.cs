namespace BssConnectWiseConnector.Http;

/// <summary>Finds the API base URL of a site, whose codebase changes when ConnectWise upgrades it.</summary>
internal interface ICodebaseResolver
{
    /// <summary>Gets the API base URL, discovering the codebase on first use.</summary>
    /// <param name="cancellationToken">Cancels the discovery.</param>
    /// <returns>The base URL, ending in <c>apis/3.0/</c>.</returns>
    ValueTask<Uri> GetApiBaseAsync(CancellationToken cancellationToken);

    /// <summary>Discovers the codebase again, after an unexpected 404.</summary>
    /// <param name="cancellationToken">Cancels the discovery.</param>
    /// <returns><see langword="true"/> when the codebase changed, so the request is worth repeating.</returns>
    Task<bool> RefreshAsync(CancellationToken cancellationToken);
}
