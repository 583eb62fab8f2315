using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>
/// Many rows as one bound parameter: a JSON array of arrays that a statement unpacks with <c>json_each</c>, so
/// storing a page costs one statement whatever its size, and SQLite's cap on bound parameters never applies.
/// </summary>
internal static class JsonRows
{
    // Only SQLite's JSON parser reads this text, never a browser: the minimal escaping (quotes, backslashes, control
    // characters) decodes to the same strings as the default HTML-safe one, at a fraction of its cost for link
    // snapshots, which are JSON text full of quotes. The writer's structure is fixed here, so it is not checked again.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>Writes rows as a JSON array of arrays; each value a string, a whole number or <see langword="null"/>.</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="rows">The rows.</param>
    /// <param name="columns">Reads the columns of a row.</param>
    /// <returns>The JSON text.</returns>
    public static string Of<T>(IEnumerable<T> rows, Func<T, object?[]> columns)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartArray();
                foreach (var value in columns(row))
                {
                    switch (value)
                    {
                        case null:
                            writer.WriteNullValue();
                            break;
                        case string text:
                            writer.WriteStringValue(text);
                            break;
                        case int number:
                            writer.WriteNumberValue(number);
                            break;
                        case long number:
                            writer.WriteNumberValue(number);
                            break;
                        default:
                            throw new ArgumentException($"A {value.GetType().Name} cannot be a stored column here.", nameof(columns));
                    }
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes values as a JSON array of strings.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The JSON text.</returns>
    public static string OfStrings(IEnumerable<string> values) => JsonSerializer.Serialize(values);
}
