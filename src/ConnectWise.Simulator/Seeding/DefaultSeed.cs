namespace ConnectWise.Simulator.Seeding;

/// <summary>
/// The setup tables a configured ConnectWise site has, so that lookups and references resolve out of the box. Ids
/// are fixed so tests and demos can name them; tables are loaded in dependency order (categories before
/// subcategories, setup tables before the catalog).
/// </summary>
internal static class DefaultSeed
{
    public static void Apply(SimulatorStore store)
    {
        store.Load(CompanySeed.Json);
        store.Load(ProcurementSeed.Json);
        store.Load(FinanceSeed.Json);
        store.Load(SalesSeed.Json);
        store.Load(MemberSeed.Json);
    }
}
