namespace Bss.IntegrationFramework;

/// <summary>The type of a server variable's value.</summary>
public enum ServerVariableType
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>An absolute URL or host name.</summary>
    Url,

    /// <summary>A GUID.</summary>
    Guid,

    /// <summary>A positive integer id of a record in the remote system.</summary>
    RemoteId,

    /// <summary>An id of a record in the BSS.</summary>
    BssId,

    /// <summary>One of <see cref="ServerVariableDefinition.AllowedValues"/>.</summary>
    Enumeration,

    /// <summary>A secret such as a private key.</summary>
    Secret,
}
