namespace BssConnectWiseConnector.Http;

/// <summary>Header names ConnectWise defines.</summary>
internal static class ConnectWiseHeaderNames
{
    /// <summary>The clientId header required on every call.</summary>
    public const string ClientId = "clientId";

    /// <summary>Asks for forward-only paging.</summary>
    public const string PaginationType = "pagination-type";

    /// <summary>The value of <see cref="PaginationType"/> for forward-only paging.</summary>
    public const string ForwardOnly = "forward-only";
}
