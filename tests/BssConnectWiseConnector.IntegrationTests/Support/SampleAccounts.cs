using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.IntegrationTests.Support;

internal static class SampleAccounts
{
    public static IReadOnlyList<Account> Create(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Account
        {
            Id = $"ACC-{i:D4}",
            Code = $"CUST{i:D4}",
            Name = $"Contoso Branch {i}",
            Type = i % 3 == 0 ? "Prospect" : "Customer",
            BillingAddress = new Address
            {
                Line1 = $"{100 + i} Main Street",
                City = "Springfield",
                State = "IL",
                PostalCode = "62701",
                Country = "US",
            },
            Phone = $"+1 217 555 {i:D4}",
            Website = $"https://branch{i}.contoso.example",
        })];
}
