using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Lookups;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Lookups;

[TestClass]
public sealed class BssFieldValuesTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task GetAsync_NothingWrittenSinceTheLastCall_ReadsNoRecord()
    {
        await using var host = await TestHost.StartAsync(Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "A-1", Name = "One", Type = "Customer" }, new Account { Id = "A-2", Name = "Two", Type = "Partner" }], Token);
        var values = new BssFieldValues(host.Services.Records);
        var first = await values.GetAsync(BssModules.Accounts, "type", Token);
        var recordReads = 0;
        host.Services.Database.StatementTrace = sql => { if (sql.Contains("SELECT json FROM bss_records", StringComparison.Ordinal)) { Interlocked.Increment(ref recordReads); } };

        var second = await values.GetAsync(BssModules.Accounts, "type", Token);

        host.Services.Database.StatementTrace = null;
        CollectionAssert.AreEqual(new[] { "Customer", "Partner" }, first.ToArray());
        CollectionAssert.AreEqual(first.ToArray(), second.ToArray());
        Assert.AreEqual(0, recordReads);
    }

    [TestMethod]
    public async Task KeepFieldsWhileEmptyAsync_ThenThousandsWritten_GetAsyncReadsNoRecord()
    {
        await using var host = await TestHost.StartAsync(Token);
        var entity = Bss.IntegrationFramework.Host.Bss.BssEntity.ForModule(BssModules.Accounts)!;
        await host.Services.Records.KeepFieldsWhileEmptyAsync(entity, ["type", "currency"], Token);
        var types = new[] { "Customer", "Partner", "Reseller" };
        await host.Services.Records.UpsertAsync([.. Enumerable.Range(1, 3000).Select(i => new Account { Id = $"A-{i}", Name = $"Company {i}", Type = types[i % 3] })], Token);
        var recordReads = 0;
        host.Services.Database.StatementTrace = sql => { if (sql.Contains("SELECT json FROM bss_records", StringComparison.Ordinal)) { Interlocked.Increment(ref recordReads); } };

        var values = new BssFieldValues(host.Services.Records);
        var typeValues = await values.GetAsync(BssModules.Accounts, "type", Token);
        var currencies = await values.GetAsync(BssModules.Accounts, "currency", Token);

        host.Services.Database.StatementTrace = null;
        CollectionAssert.AreEqual(types, typeValues.ToArray(), "the writes kept the counts of a field kept while the entity was empty");
        Assert.IsEmpty(currencies);
        Assert.AreEqual(0, recordReads, "no record is read back after the run that wrote them");
    }

    [TestMethod]
    public async Task KeepFieldsWhileEmptyAsync_EntityWithRecords_WritesNothingAndTheFieldIsCountedWhenAskedFor()
    {
        await using var host = await TestHost.StartAsync(Token);
        var entity = Bss.IntegrationFramework.Host.Bss.BssEntity.ForModule(BssModules.Accounts)!;
        await host.Services.Records.UpsertAsync([new Account { Id = "A-1", Name = "One", Type = "Customer" }, new Account { Id = "A-2", Name = "Two", Type = "Partner" }], Token);
        var statements = new List<string>();
        host.Services.Database.StatementTrace = sql => { lock (statements) { statements.Add(sql); } };

        await host.Services.Records.KeepFieldsWhileEmptyAsync(entity, ["type"], Token);
        var kept = statements.ToList();
        statements.Clear();
        var values = await new BssFieldValues(host.Services.Records).GetAsync(BssModules.Accounts, "type", Token);

        host.Services.Database.StatementTrace = null;
        Assert.IsFalse(kept.Any(sql => sql.Contains("INSERT", StringComparison.OrdinalIgnoreCase)), "an entity that has records is left alone: " + string.Join(" | ", kept));
        CollectionAssert.AreEqual(new[] { "Customer", "Partner" }, values.ToArray(), "the records written before are counted when the field is first asked for");
        Assert.AreEqual(1, statements.Count(sql => sql.Contains("SELECT json FROM bss_records", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task GetAsync_ThousandsOfRecords_ReadsThemInOneQueryAndFindsEveryDistinctValue()
    {
        await using var host = await TestHost.StartAsync(Token);
        var types = new[] { "Customer", "Partner", "Reseller" };
        await host.Services.Records.UpsertAsync([.. Enumerable.Range(1, 3000).Select(i => new Account { Id = $"A-{i}", Name = $"Company {i}", Type = types[i % 3] })], Token);
        var recordReads = 0;
        host.Services.Database.StatementTrace = sql => { if (sql.Contains("SELECT json FROM bss_records", StringComparison.Ordinal)) { Interlocked.Increment(ref recordReads); } };

        var values = await new BssFieldValues(host.Services.Records).GetAsync(BssModules.Accounts, "type", Token);

        host.Services.Database.StatementTrace = null;
        CollectionAssert.AreEqual(types, values.ToArray());
        Assert.AreEqual(1, recordReads);
    }

    [TestMethod]
    public async Task GetAsync_RecordChangedOrAdded_ReadsTheNewValues()
    {
        await using var host = await TestHost.StartAsync(Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "A-1", Name = "One", Type = "Customer" }], Token);
        var values = new BssFieldValues(host.Services.Records);
        await values.GetAsync(BssModules.Accounts, "type", Token);

        await host.Services.Records.UpsertAsync([new Account { Id = "A-1", Name = "One", Type = "Reseller" }], Token);
        var afterChange = await values.GetAsync(BssModules.Accounts, "type", Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "A-2", Name = "Two", Type = "Partner" }], Token);
        var afterAdd = await values.GetAsync(BssModules.Accounts, "type", Token);

        CollectionAssert.AreEqual(new[] { "Reseller" }, afterChange.ToArray());
        CollectionAssert.AreEqual(new[] { "Partner", "Reseller" }, afterAdd.ToArray());
    }

    [TestMethod]
    public async Task GetAsync_FiftyChangedOfThousands_ReadsOnlyTheDistinctValues()
    {
        await using var host = await TestHost.StartAsync(Token);
        var types = new[] { "Customer", "Partner", "Reseller" };
        var accounts = Enumerable.Range(1, 3000).Select(i => new Account { Id = $"A-{i}", Name = $"Company {i}", Type = types[i % 3] }).ToList();
        await host.Services.Records.UpsertAsync(accounts, Token);
        var values = new BssFieldValues(host.Services.Records);
        await values.GetAsync(BssModules.Accounts, "type", Token);

        // 50 changed: every Reseller among the first 150 becomes a Distributor, so both values remain.
        var writeStatements = new List<string>();
        host.Services.Database.StatementTrace = sql => { lock (writeStatements) { writeStatements.Add(sql); } };
        await host.Services.Records.UpsertAsync([.. accounts.Take(150).Where(a => a.Type == "Reseller").Select(a => a with { Type = "Distributor" })], Token);
        var readStatements = new List<string>();
        host.Services.Database.StatementTrace = sql => { lock (readStatements) { readStatements.Add(sql); } };
        var afterChange = await values.GetAsync(BssModules.Accounts, "type", Token);
        host.Services.Database.StatementTrace = null;

        CollectionAssert.AreEqual(new[] { "Customer", "Distributor", "Partner", "Reseller" }, afterChange.ToArray());
        Assert.HasCount(1, readStatements, "one query of the kept distinct values: " + string.Join(" | ", readStatements));
        Assert.DoesNotContain("bss_records", readStatements[0]);
        Assert.IsLessThanOrEqualTo(7, writeStatements.Count(s => !s.StartsWith("PRAGMA", StringComparison.Ordinal)), "the write of 50 records and their counts: " + string.Join(" | ", writeStatements));
    }

    [TestMethod]
    public async Task GetAsync_LastRecordWithAValueChanged_DropsTheValue()
    {
        await using var host = await TestHost.StartAsync(Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "A-1", Name = "One", Type = "Customer" }, new Account { Id = "A-2", Name = "Two", Type = "Partner" }], Token);
        var values = new BssFieldValues(host.Services.Records);
        await values.GetAsync(BssModules.Accounts, "type", Token);

        // Written twice in one call: the last row is what the store keeps, and what counts.
        await host.Services.Records.UpsertAsync(
            [new Account { Id = "A-2", Name = "Two", Type = "Reseller" }, new Account { Id = "A-2", Name = "Two" }, new Account { Id = "A-3", Name = "Three", Type = "Customer" }],
            Token);
        var after = await values.GetAsync(BssModules.Accounts, "type", Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "A-2", Name = "Two", Type = "Partner" }], Token);
        var again = await values.GetAsync(BssModules.Accounts, "type", Token);

        CollectionAssert.AreEqual(new[] { "Customer" }, after.ToArray());
        CollectionAssert.AreEqual(new[] { "Customer", "Partner" }, again.ToArray());
    }

    [TestMethod]
    public async Task Migration_StoreThatKeptValuesByRevision_CountsThemWithoutReadingRecordsAfterwards()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bss-field-values-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "bss.db");
        try
        {
            // A store at the version before the counts: two accounts, and the values of "type" kept by revision.
            var entity = Bss.IntegrationFramework.Host.Bss.BssEntity.ForModule(BssModules.Accounts)!.Name;
            await using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await old.OpenAsync(Token);
                var previous = Bss.IntegrationFramework.Host.Storage.SchemaMigrations.Versions.Count - 1;
                var command = old.CreateCommand();
                command.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL);"
                    + string.Concat(Bss.IntegrationFramework.Host.Storage.SchemaMigrations.Versions.Take(previous))
                    + $"INSERT INTO schema_version (version) VALUES ({previous});"
                    + $"INSERT INTO bss_records (entity, id, json, updated_at) VALUES ('{entity}', 'A-1', '{{\"id\":\"A-1\",\"name\":\"One\",\"type\":\"Customer\"}}', '2026-01-01'),"
                    + $" ('{entity}', 'A-2', '{{\"id\":\"A-2\",\"name\":\"Two\",\"type\":\"Partner\"}}', '2026-01-01'),"
                    + $" ('{entity}', 'A-3', '{{\"id\":\"A-3\",\"name\":\"Three\",\"type\":\"\"}}', '2026-01-01');"
                    + $"INSERT INTO field_values (entity, field, revision, field_values) VALUES ('{entity}', 'type', 1, '[\"Customer\",\"Partner\"]');";
                await command.ExecuteNonQueryAsync(Token);
            }

            using var database = await Bss.IntegrationFramework.Host.Storage.HostDatabase.OpenAsync(path, TimeProvider.System, Token);
            var records = new Bss.IntegrationFramework.Host.Bss.BssRecordStore(database);
            var recordReads = 0;
            database.StatementTrace = sql => { if (sql.Contains("FROM bss_records", StringComparison.Ordinal)) { Interlocked.Increment(ref recordReads); } };

            var values = await new BssFieldValues(records).GetAsync(BssModules.Accounts, "type", Token);
            await records.UpsertAsync([new Account { Id = "A-2", Name = "Two", Type = "Reseller" }], Token);
            var afterChange = await new BssFieldValues(records).GetAsync(BssModules.Accounts, "type", Token);

            database.StatementTrace = null;
            CollectionAssert.AreEqual(new[] { "Customer", "Partner" }, values.ToArray());
            CollectionAssert.AreEqual(new[] { "Customer", "Reseller" }, afterChange.ToArray());
            Assert.AreEqual(0, recordReads, "the migration counted the values: no scan of the records afterwards");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
