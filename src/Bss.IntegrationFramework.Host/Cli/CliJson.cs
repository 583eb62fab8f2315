using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Writes command results as indented camelCase JSON (<c>--json</c>).</summary>
internal static class CliJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>Writes a value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="output">Where to write.</param>
    /// <param name="value">The value.</param>
    public static void Write<T>(TextWriter output, T value)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(value, Options));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // Output for people and tools, not for HTML: keep arrows, quotes and accents readable.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
