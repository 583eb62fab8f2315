namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>
/// Remembers the secret values of the instances a command touched and masks them in everything the host prints
/// or stores in its run log, whoever wrote the text (the host, the connector's reasons, an exception message).
/// </summary>
internal sealed class SecretRedactor
{
    /// <summary>The text a secret is replaced with.</summary>
    public const string Mask = "********";

    private const int MinimumLength = 4;
    private readonly Lock _gate = new();
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);
    private string[] _ordered = [];

    /// <summary>Remembers a secret value; short or empty values are ignored.</summary>
    /// <param name="secret">The value.</param>
    public void Add(string? secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Trim().Length < MinimumLength)
        {
            return;
        }

        lock (_gate)
        {
            if (_secrets.Add(secret.Trim()))
            {
                // Longest first, so a secret containing another is masked whole.
                _ordered = [.. _secrets.OrderByDescending(s => s.Length)];
            }
        }
    }

    /// <summary>Masks every remembered secret in a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text without secrets.</returns>
    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _ordered)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
