using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Merge;
using BssConnectWiseConnector.Tests.TestSupport;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Merge;

[TestClass]
public sealed class PullMergeTests
{
    private static readonly IReadOnlySet<string> NoUnresolved = new HashSet<string>();

    [TestMethod]
    public async Task MergeAsync_ManyRecordsOfOnePull_BuildsThePushBaselineOnce()
    {
        var builds = 0;
        var fingerprints = 0;
        var baseline = () =>
        {
            builds++;
            return new PushBaseline<Account>(["name"], (_, _) => Task.FromResult<string?>($"fp-{++fingerprints}"));
        };
        var merge = new PullMerge<Company, Account>(BssModules.Accounts, AccountMergeFields.All, baseline, TestSettings.Parse().FieldOwnership, Mock.Of<IBssRecordSource>(MockBehavior.Strict));

        var pulled = new List<PulledRecord<Account>>();
        for (var id = 1; id <= 3; id++)
        {
            var company = new Company { Id = id, Identifier = $"C{id}", Name = $"Company {id}" };
            var mapped = new MappedPull<Account>(new Account { Code = company.Identifier, Name = company.Name }, NoUnresolved);
            pulled.Add(await merge.MergeAsync(company, mapped, id.ToString(System.Globalization.CultureInfo.InvariantCulture), deleted: false, link: null, _ => throw new InvalidOperationException("a new record has no base"), CancellationToken.None));
        }

        Assert.AreEqual(1, builds);
        CollectionAssert.AreEqual(new[] { "fp-1", "fp-2", "fp-3" }, pulled.Select(p => p.Agreed!.PayloadHash).ToArray());
    }

    [TestMethod]
    public async Task MergeAsync_ModuleWithoutAPush_AsksOnceAndStoresRecordsAsPulled()
    {
        var asks = 0;
        var merge = new PullMerge<Company, Account>(BssModules.Accounts, AccountMergeFields.All, () => { asks++; return null; }, TestSettings.Parse().FieldOwnership, Mock.Of<IBssRecordSource>(MockBehavior.Strict));

        for (var id = 1; id <= 2; id++)
        {
            var result = await merge.MergeAsync(new Company { Id = id }, new MappedPull<Account>(new Account { Name = "n" }, NoUnresolved), "1", deleted: false, link: null, _ => throw new InvalidOperationException(), CancellationToken.None);
            Assert.IsNull(result.Agreed);
        }

        Assert.AreEqual(1, asks);
    }
}
