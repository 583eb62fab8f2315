using System.Reflection;
using System.Text.Json;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Bss;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.BssRecords;

/// <summary>schemas/bss-records.schema.json, the contract's records and the host's reader describe the same files.</summary>
[TestClass]
public sealed class RecordsSchemaTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Schema_EveryEntity_HasAnArrayAndEveryRecordPropertyIsDeclared()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryFile("schemas", "bss-records.schema.json")));
        var properties = schema.RootElement.GetProperty("properties");
        var definitions = schema.RootElement.GetProperty("$defs");

        foreach (var entity in BssEntity.All)
        {
            Assert.AreEqual("array", properties.GetProperty(entity.Name).GetProperty("type").GetString(), entity.Name);
            var definition = definitions.GetProperty(entity.Name.TrimEnd('s'));
            var declared = definition.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
            foreach (var property in entity.RecordType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                Assert.Contains(name, declared, $"{entity.Name}: {name} is not in the schema");
            }
        }
    }

    [TestMethod]
    public async Task Samples_DemoFile_IsValidForTheReader()
    {
        var content = await BssFileReader.ReadAsync(RepositoryFile("samples", "demo-bss.json"), new Dictionary<string, IReadOnlySet<string>>(), TestContext.CancellationToken);

        Assert.IsTrue(content.IsValid, string.Join("; ", content.Errors));
        Assert.HasCount(25, content.Records.OfType<Account>());
        Assert.AreEqual(3, content.Records.OfType<Account>().Select(a => a.Currency).Distinct().Count());
        Assert.IsGreaterThanOrEqualTo(8, content.Records.OfType<Account>().Select(a => a.BillingAddress?.Country).Distinct().Count());
    }

    [TestMethod]
    public async Task Import_DemoFileTwice_ChangesNothingTheSecondTime()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        var file = RepositoryFile("samples", "demo-bss.json");
        await cli.RunAsync(TestContext.CancellationToken, "bss", "import", file);

        var again = await cli.RunAsync(TestContext.CancellationToken, "bss", "import", file);

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Output, "(0 new or changed)");
    }

    private static string RepositoryFile(params string[] parts)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine([directory.FullName, .. parts]);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(Path.Combine(parts));
    }
}
