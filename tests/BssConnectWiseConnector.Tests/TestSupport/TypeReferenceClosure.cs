using System.Text.RegularExpressions;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>
/// A newcomer's read of one file: the files its top-level types reach, followed transitively by the type names the
/// code mentions (not its comments or strings), leaving out whole top-level folders (the plugin's <c>Models/</c> and
/// <c>Http/</c>). The same rule as <c>docs/architecture.md</c>'s script, so the guard rail and the table agree.
/// </summary>
internal sealed partial class TypeReferenceClosure
{
    private readonly Dictionary<string, string[]> _lines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _declaredIn = new(StringComparer.Ordinal);

    public TypeReferenceClosure(string root, params string[] leftOut)
    {
        Root = root;
        var files = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !leftOut.Concat(["bin", "obj"]).Contains(f.Split('/')[0], StringComparer.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(Path.Combine(root, file));
            var lines = text.Split('\n');
            _lines[file] = text.EndsWith('\n') ? lines[..^1] : lines;
            _names[file] = [.. Identifier().Matches(Strip(text)).Select(m => m.Value)];
            foreach (Match declaration in Declaration().Matches(text))
            {
                _declaredIn.TryAdd(declaration.Groups[1].Value, file);
            }
        }
    }

    public string Root { get; }

    /// <summary>The files reached from <paramref name="startFile"/> (a file name or a path ending), with their line counts.</summary>
    public IReadOnlyDictionary<string, int> Reach(string startFile)
    {
        var start = _lines.Keys.First(f => f.EndsWith("/" + startFile, StringComparison.Ordinal) || Path.GetFileName(f) == startFile);
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var todo = new Stack<string>([start]);
        while (todo.TryPop(out var file))
        {
            foreach (var name in _names[file])
            {
                if (_declaredIn.TryGetValue(name, out var target) && seen.Add(target))
                {
                    todo.Push(target);
                }
            }
        }

        return seen.ToDictionary(f => f, f => _lines[f].Length, StringComparer.Ordinal);
    }

    /// <summary>Counts the code lines of a file: neither blank, nor a comment, nor a lone brace.</summary>
    public int CodeLines(string file) =>
        _lines[file].Select(l => l.Trim()).Count(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal) && l is not ("{" or "}" or "{}"));

    // Comments first (a "//" inside a string goes with them, as in the script), then strings.
    private static string Strip(string text) =>
        StringLiteral().Replace(BlockComment().Replace(LineComment().Replace(text, string.Empty), string.Empty), "\"\"");

    [GeneratedRegex(@"^(?:public |internal |private |protected )?(?:static |sealed |abstract |partial |readonly |file )*(?:class|record(?: struct| class)?|interface|enum|struct)\s+([A-Z]\w*)", RegexOptions.Multiline)]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex("//.*")]
    private static partial Regex LineComment();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"""(?:\\.|[^""\\])*""")]
    private static partial Regex StringLiteral();
}
