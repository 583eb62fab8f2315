using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Benchmarks.Data;

/// <summary>Realistic BSS records, deterministic by index.</summary>
internal static class BssData
{
    public static Account Account(int i, string prefix = "A") => new()
    {
        Id = Id(prefix, i),
        Code = "CUST-" + Id(prefix, i),
        Name = $"Customer {i} Ltd",
        Type = "Customer",
        BillingAddress = new Address { Line1 = $"{i} Main St", City = "Leeds", PostalCode = "LS1 4AB", Country = "GB" },
        Phone = "+44 113 496 " + (i % 10_000).ToString("D4", CultureInfo.InvariantCulture),
        Website = $"https://customer{i}.example",
    };

    public static Account[] Accounts(int count, string prefix = "A") =>
        [.. Enumerable.Range(1, count).Select(i => Account(i, prefix))];

    public static Contact Contact(Account account, int i) => new()
    {
        Id = "C" + account.Id,
        AccountId = account.Id,
        FirstName = "Pat",
        LastName = $"Jones {i}",
        JobTitle = "Finance Director",
        Email = $"pat.jones{i}@customer{i}.example",
        Phone = account.Phone,
    };

    public static Contact[] Contacts(IReadOnlyList<Account> accounts) =>
        [.. accounts.Select((a, i) => Contact(a, i + 1))];

    /// <summary>Every <paramref name="every"/>th record changed by <paramref name="change"/>, the rest as they were.</summary>
    public static T[] ChangeEvery<T>(IReadOnlyList<T> records, int every, Func<T, T> change) =>
        [.. records.Select((r, i) => i % every == 0 ? change(r) : r)];

    public static Subscription Subscription(string accountId, int n, string productId) => new()
    {
        Id = $"S-{accountId}-{n}",
        AccountId = accountId,
        ProductId = productId,
        Name = $"{productId} seats for {accountId}",
        Quantity = 5 + n,
        UnitPrice = 5m,
        UnitCost = 2.5m,
        BillingCycle = "Monthly",
        StartDate = new DateOnly(2026, 1, 1),
    };

    private static string Id(string prefix, int i) => prefix + i.ToString("D6", CultureInfo.InvariantCulture);
}
