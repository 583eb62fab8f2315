namespace ConnectWise.Simulator.Schemas;

/// <summary>What the spec says about writing one schema: required fields, max lengths and reference fields.</summary>
/// <param name="SchemaName">The component schema name, e.g. "Company".</param>
/// <param name="PropertyNames">Every property the schema declares, in spec order (case-sensitive, as ConnectWise is).</param>
/// <param name="Required">The schema's <c>required</c> list.</param>
/// <param name="MaxLengths">Max lengths taken from "Max length: N;" in property descriptions.</param>
/// <param name="References">Properties whose value is a <c>*Reference</c> object (or an array of them), with that reference schema.</param>
/// <param name="ReferenceArrays">The reference properties that hold an array of references (e.g. Company.types).</param>
/// <param name="RequiredOnUpdates">Fields described "Required On Updates;": a PUT must carry them.</param>
/// <param name="Types">The declared JSON type of each scalar property: string, date-time, integer, number or boolean.</param>
internal sealed record SchemaRules(
    string SchemaName,
    IReadOnlyList<string> PropertyNames,
    IReadOnlyList<string> Required,
    IReadOnlyDictionary<string, int> MaxLengths,
    IReadOnlyDictionary<string, string> References,
    IReadOnlySet<string> ReferenceArrays,
    IReadOnlyList<string> RequiredOnUpdates,
    IReadOnlyDictionary<string, string> Types)
{
    private readonly HashSet<string> _declared = new(PropertyNames, StringComparer.Ordinal);

    /// <summary>Whether the schema declares the property (case-sensitive).</summary>
    public bool Declares(string property) => _declared.Contains(property);
}
