using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;

namespace ConnectWise.Simulator.Schemas.Rules;

/// <summary>
/// A rule ConnectWise applies to one kind of record beyond its schema's required fields and lengths (the spec's field
/// texts and public sources say which; docs/connectwise-api.md lists each with its source).
/// </summary>
internal interface IWriteRule
{
    /// <summary>The spec schema the rule is about, e.g. "Company".</summary>
    string SchemaName { get; }

    /// <summary>The problems of a record about to be created (POST).</summary>
    /// <param name="record">The validated record.</param>
    /// <param name="options">The simulator's options (profile, accepted values).</param>
    /// <returns>The problems; empty when the record may be stored.</returns>
    IEnumerable<FieldError> OnCreate(JsonObject record, SimulatorOptions options);

    /// <summary>The problems of a change to a stored record (PATCH or PUT).</summary>
    /// <param name="before">The record as stored.</param>
    /// <param name="after">The record as it would be stored.</param>
    /// <param name="touched">The top-level fields the request wrote.</param>
    /// <param name="options">The simulator's options.</param>
    /// <returns>The problems; empty when the change may be stored.</returns>
    IEnumerable<FieldError> OnChange(JsonObject before, JsonObject after, IReadOnlySet<string> touched, SimulatorOptions options);
}
