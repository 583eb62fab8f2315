namespace ConnectWise.Simulator;

/// <summary>
/// How the simulator presents itself: the site it pretends to be, the credentials it accepts, where it
/// listens, its clock, its seed data and its injected faults.
/// </summary>
public sealed class SimulatorOptions
{
    /// <summary>The ConnectWise company id; the Basic auth user name is "{CompanyId}+{PublicKey}".</summary>
    public string CompanyId { get; set; } = "sandbox";

    /// <summary>The display name <c>login/companyinfo</c> answers with.</summary>
    public string CompanyName { get; set; } = "Sandbox Technology Solutions";

    /// <summary>The public key of the default API member, which holds every permission.</summary>
    public string PublicKey { get; set; } = "simulator-public";

    /// <summary>The private key of the default API member.</summary>
    public string PrivateKey { get; set; } = "simulator-private";

    /// <summary>The only value accepted in the <c>clientId</c> header.</summary>
    public string ClientId { get; set; } = "6f6a2a3c-5c1e-4a5e-9a9d-7d7c6f1e2b11";

    /// <summary>The codebase segment of API paths, ending in "/"; changing it at run time makes the old one 404.</summary>
    public string Codebase { get; set; } = "v4_6_release/";

    /// <summary>The codebase as it appears in paths: no leading slash, exactly one trailing slash.</summary>
    internal string CodebaseSegment => Codebase.Trim().Trim('/') + "/";

    /// <summary>Where Kestrel listens; port 0 picks a free port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>The clock behind <c>_info.lastUpdated</c>, <c>dateEntered</c>, the request log and rate limits.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Whether to seed realistic setup tables (statuses, types, countries, currencies, ...).</summary>
    public bool SeedDefaults { get; set; } = true;

    /// <summary>
    /// A JSON file of records loaded after the default seed: an object whose properties are resource routes and whose
    /// values are arrays of records, e.g. <c>{"company/companies":[{"identifier":"ACME","name":"Acme"}]}</c>.
    /// </summary>
    public string? SeedFile { get; set; }

    /// <summary>
    /// The API version the site runs, such as <c>2026.4</c> or <c>2025.1</c>: <c>login/companyinfo</c> reports it as
    /// <c>VersionCode</c> (<c>v2026.4</c>), <c>system/info</c> as <c>version</c> (<c>v2026.4.92104</c>), and a request whose
    /// <c>Accept</c> header asks for a newer version is refused with ConnectWise's "does not support the API version" error.
    /// </summary>
    public string ServerVersion { get; set; } = "2026.4";

    /// <summary>
    /// Normal or strict answers where ConnectWise's behaviour is unverified; see <see cref="SimulatorProfile"/>.
    /// </summary>
    public SimulatorProfile Profile { get; set; } = SimulatorProfile.Normal;

    /// <summary>
    /// The values of an invoice payment's <c>type</c> the site accepts. No source lists ConnectWise's values (the spec
    /// and the clients generated from it declare a plain string; the payment model pairs <c>type</c> with a
    /// <c>credit</c> invoice reference, which suggests a payment-or-credit kind): the normal profile accepts any
    /// type, the strict profile only these (400 naming <c>type</c> otherwise), and its seed holds one hand-entered
    /// payment of the first of them (<see cref="SeededSamples.HandEnteredPaymentInvoiceReference"/>).
    /// </summary>
    public IList<string> PaymentTypes { get; } = ["Payment", "Credit"];

    /// <summary>Fault injection; may be changed while the simulator runs.</summary>
    public SimulatorFaults Faults { get; } = new();

    /// <summary>
    /// API members besides the default one (<see cref="PublicKey"/>/<see cref="PrivateKey"/>, which holds every
    /// permission), each with its own key pair and security-role permissions.
    /// </summary>
    public IList<SimulatorApiMember> ApiMembers { get; } = [];
}
