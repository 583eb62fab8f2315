namespace Bss.IntegrationFramework;

/// <summary>The key a change notification is signed with; a secret, so its text form never shows it.</summary>
public sealed class NotificationSigningKey
{
    private readonly byte[] _material;

    /// <summary>Initializes a new instance of the <see cref="NotificationSigningKey"/> class.</summary>
    /// <param name="material">The key as the remote system gives it.</param>
    /// <exception cref="ArgumentException">The key is empty.</exception>
    public NotificationSigningKey(ReadOnlySpan<byte> material)
    {
        if (material.IsEmpty)
        {
            throw new ArgumentException("A signing key cannot be empty.", nameof(material));
        }

        _material = material.ToArray();
    }

    /// <summary>Gets the key material.</summary>
    public ReadOnlySpan<byte> Material => _material;

    /// <inheritdoc />
    public override string ToString() => "NotificationSigningKey(••••)";
}
