namespace BssConnectWiseConnector.Http;

/// <summary>One list request's answer: the page, and where the page after it starts.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Page">The page.</param>
/// <param name="NextPage">The next page's number, for navigable paging.</param>
/// <param name="NextPageId">The next page's id, for forward-only paging.</param>
internal readonly record struct ListPageRead<T>(ConnectWisePage<T> Page, int NextPage, int? NextPageId);
