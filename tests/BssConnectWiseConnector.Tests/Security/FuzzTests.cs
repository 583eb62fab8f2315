using System.Net;
using System.Text;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Tests.TestSupport;
using BssContact = Bss.IntegrationFramework.Contact;

namespace BssConnectWiseConnector.Tests.Security;

/// <summary>Random, hostile records through mapping and validation: every record gets a result, nothing throws.</summary>
[TestClass]
public sealed class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "", " ", "\"", "'", "\\", "&", "+", "%", "*", "[", "]", "[[]", "(", ")", "=", " or 1=1", "\u00e9", "\u6771\u4eac",
        "\U0001F600", "\u202Eevil\u202C", "\u05e9\u05dc\u05d5\u05dd", "\0", "\t", "\r\n", "null", "true", "<script>", "%2B", "  padded  ",
    ];

    private static string? Text(Random random, int maxLength = 80)
    {
        if (random.Next(8) == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var length = random.Next(12) == 0 ? random.Next(150, 400) : random.Next(0, maxLength);
        while (text.Length < length)
        {
            text.Append(random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : ((char)random.Next('A', 'z')).ToString());
        }

        return text.ToString();
    }

    private static Account RandomAccount(Random random, int i) => new()
    {
        Id = random.Next(40) == 0 ? "" : $"A{i}",
        Code = Text(random, 40),
        Name = Text(random) ?? string.Empty,
        Type = random.Next(3) switch { 0 => "Customer", 1 => Text(random, 10), _ => null },
        Currency = random.Next(3) == 0 ? "USD" : Text(random, 5),
        ParentAccountId = random.Next(5) == 0 ? $"A{random.Next(200)}" : null,
        BillingAddress = random.Next(4) == 0 ? null : new Address
        {
            Line1 = Text(random), City = Text(random, 60), State = Text(random, 60), PostalCode = Text(random, 20),
            Country = random.Next(3) switch { 0 => "GB", 1 => "United States", _ => Text(random, 20) },
        },
        Phone = Text(random, 40),
        Website = Text(random, 300),
    };

    private static HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        var body = path.EndsWith("/count", StringComparison.Ordinal) ? """{"count":0}"""
            : path.EndsWith("company/countries", StringComparison.Ordinal) ? """[{"id":1,"identifier":"US","name":"United States"},{"id":3,"identifier":"GB","name":"United Kingdom"}]"""
            : "[]";
        return StubHttpMessageHandler.Json(HttpStatusCode.OK, body);
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(2)]
    [DataRow(3)]
    public async Task PushDryRun_RandomAccountsAndContacts_EveryRecordHasAResultAndNothingThrows(int seed)
    {
        var random = new Random(seed);
        var records = new InMemoryRecordSource();
        var accounts = Enumerable.Range(0, 300).Select(i => RandomAccount(random, i)).ToArray();
        records.Add(accounts.Where(a => a.Id.Length > 0).DistinctBy(a => a.Id).ToArray<BssRecord>());
        var links = new InMemoryLinkStore();
        var lookups = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1" },
            [LookupNames.Currency] = new Dictionary<string, string> { ["USD"] = "1", ["bad"] = "not-an-id" },
        };
        var stub = new StubHttpMessageHandler((request, _) => Answer(request));
        IPushModule<Account>? accountsModule = null;
        var modules = new TestPushModules();
        var services = TestModuleContext.Create(links, lookups, records, stub, modules);
        accountsModule = BssConnectWiseConnector.Sync.Accounts.AccountsModule.CreatePush(services.Client.Companies, services);
        modules.Add(BssModules.Accounts, accountsModule);
        var contactsModule = new BssConnectWiseConnector.Sync.Pipeline.FlatRecordPush<BssContact, BssConnectWiseConnector.Models.Contact>(
            new BssConnectWiseConnector.Sync.Contacts.ContactsPushDefinition(services.Client.Contacts, new BssConnectWiseConnector.Mapping.ContactMapper(services.Mapper), services.Dependency<Account>(BssModules.Accounts, "account"), new BatchLinks(services.Links)),
            services);
        var contacts = Enumerable.Range(0, 200).Select(i => new BssContact
        {
            Id = $"C{i}",
            AccountId = random.Next(4) == 0 ? Text(random, 5) ?? "" : $"A{random.Next(300)}",
            FirstName = Text(random, 40),
            LastName = Text(random, 40),
            Email = random.Next(2) == 0 ? $"x{i}@example.test" : Text(random, 300),
            Phone = Text(random, 40),
        }).ToArray();

        var accountResults = await accountsModule.PushAsync(accounts.Select(a => new PushItem<Account>(a, SyncOperation.Create)).ToArray(), new PushOptions { DryRun = true });
        var contactResults = await contactsModule.PushAsync(contacts.Select(c => new PushItem<BssContact>(c, SyncOperation.Create)).ToArray(), new PushOptions { DryRun = true });

        Assert.HasCount(accounts.Length, accountResults);
        Assert.HasCount(contacts.Length, contactResults);
        foreach (var result in accountResults.Concat(contactResults))
        {
            Assert.IsNotNull(result, "every item has a result");
            if (result.Outcome == PushOutcome.Failed)
            {
                Assert.IsFalse(string.IsNullOrWhiteSpace(result.Reason), "a failure says why");
                Assert.IsNotNull(result.FailureKind);
                Assert.AreNotEqual(FailureKind.Transient, result.FailureKind, $"bad data is never mistaken for a transient fault: {result.Reason}");
            }
        }

        Assert.IsGreaterThan(0, accountResults.Count(r => r.Outcome == PushOutcome.Created), "valid random records pass");
        Assert.IsFalse(stub.Requests.Any(r => r.Method != HttpMethod.Get), "a dry run writes nothing");
    }
}
