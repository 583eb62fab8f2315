namespace BssConnectWiseConnector.Http;

/// <summary>Removes the instance's secrets from text that may reach a log, an exception or a report.</summary>
internal sealed class SecretRedactor
{
    private const string Mask = "***";
    private readonly string[] _secrets;

    /// <summary>Initializes a new instance of the <see cref="SecretRedactor"/> class.</summary>
    /// <param name="secrets">The secret values; short or empty ones are ignored.</param>
    public SecretRedactor(IEnumerable<string?> secrets)
    {
        _secrets = secrets.Where(s => !string.IsNullOrEmpty(s) && s.Length >= 4).Select(s => s!).Distinct().ToArray();
    }

    /// <summary>Gets a redactor that knows no secret.</summary>
    public static SecretRedactor None { get; } = new([]);

    /// <summary>Masks every secret in a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text with each secret replaced by <c>***</c>.</returns>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }
}
