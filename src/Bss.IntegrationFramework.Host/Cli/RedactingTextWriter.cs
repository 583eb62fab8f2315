using System.Text;
using Bss.IntegrationFramework.Host.Instances;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>A writer that masks secrets before they reach the console or a redirected file.</summary>
/// <param name="inner">The real writer.</param>
/// <param name="redactor">The secrets to mask.</param>
internal sealed class RedactingTextWriter(TextWriter inner, SecretRedactor redactor) : TextWriter(inner.FormatProvider)
{
    /// <summary>Gets the real writer.</summary>
    public TextWriter Inner { get; } = inner;

    /// <inheritdoc />
    public override Encoding Encoding => Inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value) => Inner.Write(value);

    /// <inheritdoc />
    public override void Write(string? value) => Inner.Write(redactor.Redact(value));

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    /// <inheritdoc />
    public override void WriteLine(string? value) => Inner.WriteLine(redactor.Redact(value));

    /// <inheritdoc />
    public override Task WriteAsync(string? value) => Inner.WriteAsync(redactor.Redact(value));

    /// <inheritdoc />
    public override Task WriteLineAsync(string? value) => Inner.WriteLineAsync(redactor.Redact(value));

    /// <inheritdoc />
    public override void Flush() => Inner.Flush();

    /// <inheritdoc />
    public override Task FlushAsync() => Inner.FlushAsync();
}
