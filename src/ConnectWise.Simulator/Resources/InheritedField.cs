namespace ConnectWise.Simulator.Resources;

/// <summary>
/// A field a created record takes, when it is missing, from the record one of its references points at (an agreement's
/// billTime from its agreement type, a product line's customerDescription from its catalog item), as ConnectWise
/// defaults them on POST.
/// </summary>
/// <param name="Field">The field of the created record (and of the referenced record).</param>
/// <param name="Reference">The reference field of the created record, e.g. "type".</param>
internal sealed record InheritedField(string Field, string Reference);
