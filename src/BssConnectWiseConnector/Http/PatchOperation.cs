using Newtonsoft.Json;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// One operation of a ConnectWise PATCH document. References are replaced as whole objects
/// (<c>{"path":"status","value":{"id":1}}</c>), never through a sub-path, which ConnectWise may answer with a false 200.
/// </summary>
/// <param name="Op">add, replace or remove.</param>
/// <param name="Path">The field, case-sensitive.</param>
/// <param name="Value">The new value; not written for remove.</param>
public sealed record PatchOperation(
    [property: JsonProperty("op")] string Op,
    [property: JsonProperty("path")] string Path,
    [property: JsonProperty("value", NullValueHandling = NullValueHandling.Include)] object? Value)
{
    /// <summary>Replaces a field.</summary>
    /// <param name="path">The field.</param>
    /// <param name="value">The new value.</param>
    /// <returns>The operation.</returns>
    public static PatchOperation Replace(string path, object? value) => new("replace", path, value);

    /// <summary>Adds a field.</summary>
    /// <param name="path">The field.</param>
    /// <param name="value">The value.</param>
    /// <returns>The operation.</returns>
    public static PatchOperation Add(string path, object? value) => new("add", path, value);

    /// <summary>Removes a field's value.</summary>
    /// <param name="path">The field.</param>
    /// <returns>The operation.</returns>
    public static PatchOperation Remove(string path) => new("remove", path, null);

    /// <summary>
    /// Tells the JSON writer whether to write <c>value</c>: a remove carries none (RFC 6902), so no ConnectWise site
    /// sees a <c>"value":null</c> it might refuse.
    /// </summary>
    /// <returns><see langword="false"/> for a remove.</returns>
    public bool ShouldSerializeValue() => !string.Equals(Op, "remove", StringComparison.Ordinal);
}
