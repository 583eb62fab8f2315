namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The anti-forgery request token every form that changes something carries.</summary>
/// <param name="FieldName">The form field it travels in.</param>
/// <param name="Value">The token.</param>
internal sealed record FormToken(string FieldName, string Value)
{
    /// <summary>Gets the hidden input that carries the token in a form.</summary>
    public string Hidden => $"<input type=\"hidden\" name=\"{Html.E(FieldName)}\" value=\"{Html.E(Value)}\">";
}
