using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Accounts;

/// <summary>Finds the ConnectWise country of a BSS country written as a name ("United Kingdom") or an ISO code ("GB").</summary>
internal static class CountryResolver
{
    /// <summary>Resolves a country.</summary>
    /// <param name="country">The BSS value.</param>
    /// <param name="countries">ConnectWise's countries.</param>
    /// <param name="id">The id found.</param>
    /// <returns>A problem with its fix, or <see langword="null"/> when resolved (or when there is no country).</returns>
    public static string? Resolve(string? country, IReadOnlyList<SetupTableValue> countries, out int? id)
    {
        id = null;
        var wanted = country?.Trim();
        if (string.IsNullOrEmpty(wanted))
        {
            return null;
        }

        var match = countries.FirstOrDefault(c => string.Equals(c.Name, wanted, StringComparison.OrdinalIgnoreCase))
            ?? countries.FirstOrDefault(c => string.Equals(c.Identifier, wanted, StringComparison.OrdinalIgnoreCase));
        if (match?.Id is { } found)
        {
            id = found;
            return null;
        }

        return $"billingAddress.country '{wanted}' is not a country ConnectWise knows (by name or code); use one of {string.Join(", ", countries.Take(8).Select(c => c.Name))}…, or add it in ConnectWise (System > Setup Tables > Country).";
    }
}
