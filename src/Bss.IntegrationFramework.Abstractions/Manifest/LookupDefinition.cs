namespace Bss.IntegrationFramework;

/// <summary>A lookup table: BSS values of one field mapped to ids of one remote setup table.</summary>
/// <param name="Name">The lookup's name, such as <c>AccountType</c>.</param>
/// <param name="Module">The module that uses it.</param>
/// <param name="BssField">The BSS field whose values are mapped.</param>
/// <param name="Target">The remote setup table the ids come from.</param>
/// <param name="Description">What it maps and when it is needed.</param>
/// <param name="Required">
/// Whether every record needs a value mapped by this lookup. When <see langword="false"/>, a record without a value
/// is sent without the field (or with a server-variable default); a value that the lookup does not map still fails
/// the record, because guessing would file it under the wrong type or currency.
/// </param>
public sealed record LookupDefinition(
    string Name,
    string Module,
    string BssField,
    string Target,
    string Description,
    bool Required);
