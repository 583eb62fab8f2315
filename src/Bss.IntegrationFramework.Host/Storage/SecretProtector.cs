using System.Security.Cryptography;
using System.Text;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>
/// Encrypts secret server variable values at rest with AES-256-GCM under a key derived (PBKDF2-SHA256) from the
/// host's protection key, so a copied store file does not give the API keys away. A stored value is
/// <c>enc:v1:</c> + base64(nonce, ciphertext, tag); the variable's name is the associated data, so a value moved to
/// another variable does not decrypt.
/// </summary>
internal sealed class SecretProtector
{
    /// <summary>The environment variable holding the protection key.</summary>
    public const string KeyVariable = "BSS_PROTECTION_KEY";

    /// <summary>The prefix of a value encrypted with format version 1.</summary>
    public const string Prefix = "enc:v1:";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    // Iterations: one derivation per command, so a slow hash costs a fraction of a second once, and a guessed
    // passphrase costs an attacker the same per guess.
    private const int Iterations = 100_000;

    // A fixed salt: the key must derive the same everywhere the store is opened, and the salt's job here is only to
    // keep these derived keys apart from any other use of the same passphrase.
    private static readonly byte[] Salt = Encoding.UTF8.GetBytes("Bss.IntegrationFramework.Host/server-variables/v1");

    private readonly byte[] _key;

    /// <summary>Initializes a new instance of the <see cref="SecretProtector"/> class.</summary>
    /// <param name="protectionKey">The host's protection key (a passphrase or random text, at least 16 characters).</param>
    /// <exception cref="HostException">The key is too short to protect anything.</exception>
    public SecretProtector(string protectionKey)
    {
        ArgumentNullException.ThrowIfNull(protectionKey);
        if (protectionKey.Trim().Length < 16)
        {
            throw new HostException($"The protection key is too short: use at least 16 characters ({KeyVariable} or --protection-key-file).");
        }

        _key = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(protectionKey.Trim()), Salt, Iterations, HashAlgorithmName.SHA256, 32);
    }

    /// <summary>Tells whether a stored value is encrypted.</summary>
    /// <param name="stored">The stored value.</param>
    /// <returns><see langword="true"/> for an <c>enc:v1:</c> value.</returns>
    public static bool IsProtected(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Reads the protection key the host was given: the file's content, else the environment variable.</summary>
    /// <param name="keyFile">The <c>--protection-key-file</c> path, if any.</param>
    /// <returns>The protector, or <see langword="null"/> when no key was given.</returns>
    /// <exception cref="HostException">The file cannot be read.</exception>
    public static SecretProtector? FromEnvironment(string? keyFile)
    {
        if (!string.IsNullOrWhiteSpace(keyFile))
        {
            try
            {
                return new SecretProtector(File.ReadAllText(keyFile));
            }
            catch (IOException ex)
            {
                throw new HostException($"The protection key file {keyFile} cannot be read: {ex.Message}", ex);
            }
            catch (UnauthorizedAccessException ex)
            {
                throw new HostException($"The protection key file {keyFile} cannot be read: {ex.Message}", ex);
            }
        }

        var key = Environment.GetEnvironmentVariable(KeyVariable);
        return string.IsNullOrWhiteSpace(key) ? null : new SecretProtector(key);
    }

    /// <summary>Encrypts a value of a variable.</summary>
    /// <param name="name">The variable's name (bound to the ciphertext).</param>
    /// <param name="value">The plain value.</param>
    /// <returns>The value to store.</returns>
    public string Protect(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), AssociatedData(name));
        return Prefix + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>Decrypts a stored value; a value that is not encrypted is returned as it is.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="stored">The stored value.</param>
    /// <returns>The plain value.</returns>
    /// <exception cref="HostException">The value was encrypted with another key, or is damaged.</exception>
    public string Unprotect(string name, string stored)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsProtected(stored))
        {
            return stored;
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(stored[Prefix.Length..]);
        }
        catch (FormatException ex)
        {
            throw Damaged(name, ex);
        }

        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw Damaged(name, null);
        }

        var cipherLength = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, cipherLength), sealedBytes.AsSpan(NonceSize + cipherLength), plain, AssociatedData(name));
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new HostException(
                $"Server variable {name} cannot be decrypted with this protection key: give the host the key it was stored with ({KeyVariable} or --protection-key-file), or set the variable again.",
                ex);
        }

        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The error for an encrypted value read without any protection key.</summary>
    /// <param name="name">The variable's name.</param>
    /// <returns>The exception to throw.</returns>
    public static HostException KeyMissing(string name) =>
        new($"Server variable {name} is stored encrypted: give the host its protection key ({KeyVariable} or --protection-key-file).");

    private static HostException Damaged(string name, Exception? inner) =>
        inner is null
            ? new HostException($"Server variable {name} is stored encrypted but damaged; set it again.")
            : new HostException($"Server variable {name} is stored encrypted but damaged; set it again.", inner);

    private static byte[] AssociatedData(string name) => Encoding.UTF8.GetBytes(name.ToUpperInvariant());
}
