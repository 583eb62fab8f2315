namespace BssConnectWiseConnector.Http;

/// <summary>One page of a list.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Items">The records of the page.</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="ServerDate">The server's clock when it answered (the <c>Date</c> header), if it said.</param>
public sealed record ConnectWisePage<T>(IReadOnlyList<T> Items, bool HasMore, DateTimeOffset? ServerDate = null);
