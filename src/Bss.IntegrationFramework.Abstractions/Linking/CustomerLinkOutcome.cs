namespace Bss.IntegrationFramework;

/// <summary>What a manual link did, or why it was refused.</summary>
public sealed class CustomerLinkOutcome
{
    /// <summary>Gets why it was refused (<see cref="FailureKind.Conflict"/> for a company linked to another account, <see cref="FailureKind.Data"/> for an unknown or mismatched record), or <see langword="null"/> when it was linked.</summary>
    public FailureKind? FailureKind { get; init; }

    /// <summary>Gets a value indicating whether the account was linked.</summary>
    public bool Linked => FailureKind is null;

    /// <summary>Gets the summary of what was linked, or the reason of the refusal, in the administrator's terms.</summary>
    public required string Message { get; init; }

    /// <summary>Gets the BSS account id.</summary>
    public required string AccountId { get; init; }

    /// <summary>Gets the BSS account's name, when the account is known.</summary>
    public string? AccountName { get; init; }

    /// <summary>Gets the company linked, when it was linked.</summary>
    public RemoteCompany? Company { get; init; }

    /// <summary>Gets the agreement's contact kept, if one was chosen.</summary>
    public RemoteContact? Contact { get; init; }

    /// <summary>Gets the price per seat kept, if one was set.</summary>
    public decimal? PricePerSeat { get; init; }

    /// <summary>Gets what the next push will change on the company (its fields that differ from the BSS account's, which the BSS owns).</summary>
    public IReadOnlyList<string> NextPush { get; init; } = [];
}
