namespace ConnectWise.Simulator.Resources;

/// <summary>
/// One row of the resource table: everything the generic endpoints need to serve a ConnectWise resource.
/// </summary>
/// <param name="Route">The route under <c>apis/3.0/</c>, with <c>{parentId}</c> for nested resources.</param>
/// <param name="SchemaName">The spec component schema of the resource, e.g. "Company".</param>
/// <param name="ObjectName">The name in error bodies, e.g. "company" in "company object is invalid".</param>
/// <param name="Permission">The security-role line a member needs to use the resource.</param>
internal sealed record ResourceDefinition(string Route, string SchemaName, string ObjectName, ApiPermission Permission)
{
    /// <summary>For a nested route, the route of the parent collection (e.g. "finance/agreements").</summary>
    public string? ParentRoute { get; init; }

    /// <summary>For a nested route, the path in a record that holds the parent's id ("agreementId", "company/id").</summary>
    public string? ParentLink { get; init; }

    /// <summary>A field whose value must be unique (case-insensitive), answered with ObjectExists otherwise.</summary>
    public string? NaturalKey { get; init; }

    /// <summary>The reference schemas that point at this resource, e.g. "CompanyReference".</summary>
    public IReadOnlyList<string> ReferencedAs { get; init; } = [];

    /// <summary>Reference fields filled from a differently named field of the record (e.g. isClosed from closedFlag).</summary>
    public IReadOnlyDictionary<string, string> ReferenceSources { get; init; } = new Dictionary<string, string>();

    /// <summary>Arrays whose items ConnectWise numbers itself (e.g. a contact's communicationItems).</summary>
    public IReadOnlyList<string> NumberedItems { get; init; } = [];

    /// <summary>Fields a POST takes from a referenced record when it does not carry them.</summary>
    public IReadOnlyList<InheritedField> Inherited { get; init; } = [];

    /// <summary>Fields a POST gets when it does not carry them (ConnectWise's server-side defaults).</summary>
    public IReadOnlyDictionary<string, int> Defaults { get; init; } = new Dictionary<string, int>();

    /// <summary>A field ConnectWise numbers itself when a POST leaves it out (e.g. invoiceNumber): set to the new id.</summary>
    public string? NumberedField { get; init; }

    /// <summary>Whether DELETE is allowed (members, for one, cannot be deleted).</summary>
    public bool Deletable { get; init; } = true;

    /// <summary>Whether the resource is computed by ConnectWise and only read (GET list, count and by id): writes are refused with 405.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The route split into segments.</summary>
    public IReadOnlyList<string> Segments { get; } = Route.Split('/');
}
