using System.Globalization;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>Conformance checks on contacts: two phones with one default, and what the site does with two defaults.</summary>
internal static class ContactChecks
{
    /// <summary>A contact with a direct and a mobile phone, the direct one default, as the connector sends it.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task TwoPhonesAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "A contact with two phones (direct and mobile), one of them default, is accepted";
        if (run.CompanyId is not { } companyId)
        {
            run.CouldNotTest(Assumption, "needs the test company, which was not created.");
            return;
        }

        var answer = await run.CreateAsync(ApiRoutes.Contacts, Contact(run, companyId, "Phones", mobileDefault: false), "test contact", cancellationToken).ConfigureAwait(false);
        if (answer.Id is not { } id)
        {
            run.Differs(Assumption, $"ConnectWise answered {answer.Describe()}.", "Contacts with both a phone and a mobile fail; report this answer to the connector's maintainers.");
            return;
        }

        run.ContactId = id;
        var defaults = DefaultPhones(answer.Body);
        if (defaults == 1)
        {
            run.Held(Assumption, string.Create(CultureInfo.InvariantCulture, $"contact #{id} created with two phones, one default."));
        }
        else
        {
            run.Differs(Assumption, string.Create(CultureInfo.InvariantCulture, $"contact #{id} was created but reads back with {defaults} default phones."),
                "Check which phone ConnectWise shows as the contact's main number; the connector sends the direct phone as the default.");
        }
    }

    /// <summary>A contact with two default phones: what the connector used to send.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task TwoDefaultPhonesAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "ConnectWise accepts two default phones on one contact";
        if (run.CompanyId is not { } companyId)
        {
            run.CouldNotTest(Assumption, "needs the test company, which was not created.");
            return;
        }

        var answer = await run.CreateAsync(ApiRoutes.Contacts, Contact(run, companyId, "Defaults", mobileDefault: true), "test contact (two default phones)", cancellationToken).ConfigureAwait(false);
        if (answer.Id is { } id)
        {
            run.Held(Assumption, string.Create(CultureInfo.InvariantCulture, $"contact #{id} created; it reads back with {DefaultPhones(answer.Body)} default phones."));
        }
        else
        {
            run.Differs(Assumption, $"ConnectWise refused it: {answer.Describe()}.", "Nothing to set: the connector marks one item default per communication type (Direct before Mobile).");
        }
    }

    private static JObject Contact(ConformanceContext run, int companyId, string lastName, bool mobileDefault) => new()
    {
        ["firstName"] = ConformanceContext.Prefix,
        ["lastName"] = $"{lastName} {run.RunId}",
        ["company"] = new JObject { ["id"] = companyId },
        ["communicationItems"] = new JArray(
            Item(CommunicationKinds.Direct, "+1 217 555 0101", isDefault: true),
            Item(CommunicationKinds.Mobile, "+1 217 555 0102", isDefault: mobileDefault)),
    };

    private static JObject Item(string type, string value, bool isDefault) => new()
    {
        ["type"] = new JObject { ["name"] = type },
        ["value"] = value,
        ["communicationType"] = "Phone",
        ["defaultFlag"] = isDefault,
    };

    private static int DefaultPhones(Newtonsoft.Json.Linq.JToken? contact) =>
        (contact?["communicationItems"] as JArray)?.OfType<JObject>()
            .Count(i => (string?)i["communicationType"] == "Phone" && (bool?)i["defaultFlag"] == true) ?? 0;
}
