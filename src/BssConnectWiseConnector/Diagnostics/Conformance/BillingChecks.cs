using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>
/// Conformance checks of what billing builds on: a catalog item, an agreement with an addition read back through a
/// bundle, a Miscellaneous invoice with a product line, and a payment of each configured type.
/// </summary>
internal static class BillingChecks
{
    /// <summary>Creates the test catalog item with the configured (or the first) type and subcategory.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task CatalogItemAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "A catalog item can be created with a type and a subcategory";
        var type = await FirstIdAsync(run, ApiRoutes.ProductTypes, null, cancellationToken).ConfigureAwait(false);
        var subcategory = run.Settings.ProductSubCategoryId ?? await FirstIdAsync(run, ApiRoutes.SubCategories, null, cancellationToken).ConfigureAwait(false);
        if (type is null || subcategory is null)
        {
            run.CouldNotTest(Assumption, "the site has no active product type or subcategory to give it.");
            return;
        }

        var body = new JObject
        {
            ["identifier"] = run.Stem,
            ["description"] = "BSS conformance item " + run.RunId,
            ["customerDescription"] = "BSS conformance item",
            ["type"] = new JObject { ["id"] = type },
            ["subcategory"] = new JObject { ["id"] = subcategory },
            ["price"] = 1,
            ["cost"] = 0,
        };
        if (run.Settings.ProductCategoryId is { } category)
        {
            body["category"] = new JObject { ["id"] = category };
        }

        var answer = await run.CreateAsync(ApiRoutes.Catalog, body, "test catalog item " + run.Stem, cancellationToken).ConfigureAwait(false);
        if (answer.Id is { } id)
        {
            run.CatalogItemId = id;
            run.Held(Assumption, string.Create(CultureInfo.InvariantCulture, $"catalog item #{id} created (type {type}, subcategory {subcategory})."));
        }
        else
        {
            run.Differs(Assumption, $"ConnectWise answered {answer.Describe()}.", "Products fail the same way; fix the setting ConnectWise names (ProductSubCategoryId, the ProductType lookup) and run again.");
        }
    }

    /// <summary>An agreement of the first active type with an addition of the test item.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task AgreementWithAdditionAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "An agreement can be created and given an addition";
        if (run.CompanyId is not { } companyId || run.ContactId is not { } contactId || run.CatalogItemId is not { } itemId)
        {
            run.CouldNotTest(Assumption, "needs the test company, contact and catalog item, which were not all created.");
            return;
        }

        var type = await FirstIdAsync(run, ApiRoutes.AgreementTypes, null, cancellationToken).ConfigureAwait(false);
        if (type is null)
        {
            run.CouldNotTest(Assumption, "the site has no active agreement type.");
            return;
        }

        var agreement = await run.CreateAsync(ApiRoutes.Agreements, new JObject
        {
            ["name"] = run.Stem,
            ["type"] = new JObject { ["id"] = type },
            ["company"] = new JObject { ["id"] = companyId },
            ["contact"] = new JObject { ["id"] = contactId },
        }, "test agreement", cancellationToken).ConfigureAwait(false);
        if (agreement.Id is not { } agreementId)
        {
            run.Differs(Assumption, $"the agreement was refused: {agreement.Describe()}.", "Subscriptions fail the same way; fix what ConnectWise names (the BillingCycle lookup's agreement type) and run again.");
            return;
        }

        run.AgreementId = agreementId;
        var addition = await run.CreateAsync(ApiRoutes.Additions(agreementId), new JObject
        {
            ["product"] = new JObject { ["id"] = itemId },
            ["billCustomer"] = "Billable",
            ["quantity"] = 1,
            ["unitPrice"] = 1,
            ["description"] = "BSS conformance " + run.RunId,
        }, "test addition", cancellationToken).ConfigureAwait(false);
        if (addition.Id is { } additionId)
        {
            run.Held(Assumption, string.Create(CultureInfo.InvariantCulture, $"agreement #{agreementId} (type {type}) created with addition #{additionId}."));
        }
        else
        {
            run.Differs(Assumption, $"the addition was refused: {addition.Describe()}.", "Subscriptions fail the same way; report this answer to the connector's maintainers.");
        }
    }

    /// <summary>A bundle read of the agreement's additions with <c>resourceType: "addition"</c>.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the row is added.</returns>
    public static async Task BundleReadAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string Assumption = "A bundle reads an agreement's additions with resourceType \"addition\"";
        if (run.AgreementId is not { } agreementId)
        {
            run.CouldNotTest(Assumption, "needs the test agreement, which was not created.");
            return;
        }

        var bundle = new JObject
        {
            ["requests"] = new JArray(new JObject
            {
                ["sequenceNumber"] = 1,
                ["version"] = run.Http.Version,
                ["resourceType"] = "addition",
                ["apiRequest"] = new JObject { ["parentId"] = agreementId, ["page"] = new JObject { ["page"] = 1, ["pageSize"] = 25 } },
            }),
        };
        var answer = await run.Http.SendAsync(HttpMethod.Post, ApiRoutes.Bundles, null, bundle, cancellationToken).ConfigureAwait(false);
        var result = (answer.Body?["results"] as JArray)?.OfType<JObject>().FirstOrDefault();
        var entities = (result?["entities"] as JArray)?.Count;
        if (answer.Succeeded && (bool?)result?["success"] == true && entities == 1)
        {
            run.Held(Assumption, "the bundle answered 200 and its request succeeded with the one addition.");
        }
        else
        {
            var what = !answer.Succeeded ? $"the bundle answered {answer.Describe()}"
                : $"its request answered status {(int?)result?["statusCode"]}{((string?)result?["error"]?["message"] is { } message ? ": " + message : string.Empty)} with {entities ?? 0} entities";
            run.Differs(Assumption, what + ".", "Nothing to set: the connector then reads each agreement's additions with a plain request (one per agreement instead of one per 10).");
        }
    }

    /// <summary>A Miscellaneous invoice created by POST, then a product line attached to it.</summary>
    /// <param name="run">The run.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the rows are added.</returns>
    public static async Task InvoiceWithLineAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        const string InvoiceAssumption = "A Miscellaneous invoice can be created by POST";
        const string LineAssumption = "A product line is attached to an invoice by POST procurement/products with invoice:{id}";
        if (run.CompanyId is not { } companyId || run.CatalogItemId is not { } itemId)
        {
            run.CouldNotTest(InvoiceAssumption, "needs the test company and catalog item, which were not both created.");
            run.CouldNotTest(LineAssumption, "needs the test invoice.");
            return;
        }

        var invoice = await run.CreateAsync(ApiRoutes.Invoices, new JObject
        {
            ["type"] = "Miscellaneous",
            ["company"] = new JObject { ["id"] = companyId },
            ["reference"] = run.Stem,
        }, "test invoice", cancellationToken).ConfigureAwait(false);
        if (invoice.Id is not { } invoiceId)
        {
            run.Differs(InvoiceAssumption, $"ConnectWise answered {invoice.Describe()}.", "Map the BSS invoice type to one this site creates (the InvoiceType lookup), or bill through sales orders.");
            run.CouldNotTest(LineAssumption, "needs the test invoice, which was refused.");
            return;
        }

        run.InvoiceId = invoiceId;
        run.Held(InvoiceAssumption, string.Create(CultureInfo.InvariantCulture, $"invoice #{invoiceId} created as {(string?)invoice.Body?["type"] ?? "Miscellaneous"}."));
        var line = await run.CreateAsync(ApiRoutes.ProcurementProducts, new JObject
        {
            ["catalogItem"] = new JObject { ["id"] = itemId },
            ["invoice"] = new JObject { ["id"] = invoiceId },
            ["quantity"] = 1,
            ["price"] = 1,
            ["billableOption"] = "Billable",
            ["description"] = "BSS conformance line",
        }, "test invoice line", cancellationToken).ConfigureAwait(false);
        var attached = await run.GetAsync(ApiRoutes.ProcurementProducts + "/count", ConformanceContext.Query("conditions", string.Create(CultureInfo.InvariantCulture, $"invoice/id = {invoiceId}")), cancellationToken).ConfigureAwait(false);
        if (line.Id is { } lineId && (int?)attached.Body?["count"] == 1)
        {
            run.Held(LineAssumption, string.Create(CultureInfo.InvariantCulture, $"product #{lineId} created and listed under invoice #{invoiceId}."));
        }
        else
        {
            run.Differs(LineAssumption, line.Succeeded ? $"the product was created but invoice/id = {invoiceId} lists {(int?)attached.Body?["count"]}." : $"ConnectWise answered {line.Describe()}.",
                "Invoice lines cannot be billed this way on this site; push orders (sales orders) and invoice them in ConnectWise instead.");
        }
    }

    /// <summary>A payment of each configured type on the test invoice, and the types the site's own payments use.</summary>
    /// <param name="run">The run.</param>
    /// <param name="types">The configured payment types.</param>
    /// <param name="timeProvider">The clock for the payment date.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>A task that completes when the rows and suggestions are added.</returns>
    public static async Task PaymentsAsync(ConformanceContext run, IReadOnlyList<ConfiguredPaymentType> types, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(types);
        var seen = await SeenPaymentTypesAsync(run, cancellationToken).ConfigureAwait(false);
        var seenText = seen.Count == 0 ? "no payment entered on the site's latest invoices" : $"the site's own payments use {string.Join(", ", seen.Select(s => $"'{s}'"))}";
        foreach (var type in types)
        {
            var assumption = $"A payment of type '{type.Value}' ({type.Kind}) is accepted";
            if (run.InvoiceId is not { } invoiceId)
            {
                run.CouldNotTest(assumption, $"needs the test invoice, which was not created; {seenText}.");
                continue;
            }

            var answer = await run.CreateAsync(ApiRoutes.InvoicePayments(invoiceId), new JObject
            {
                ["type"] = type.Value,
                ["invoice"] = new JObject { ["id"] = invoiceId },
                ["amount"] = 0.01m,
                ["paymentDate"] = timeProvider.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            }, $"test payment ({type.Value})", cancellationToken).ConfigureAwait(false);
            if (answer.Succeeded)
            {
                run.Held(assumption, $"the payment was created; {seenText}.");
            }
            else
            {
                run.Differs(assumption, $"ConnectWise answered {answer.Describe()}; {seenText}.",
                    seen.Count > 0 ? $"Set {type.Setting} to the value this site uses (see the suggestions)." : $"Enter one {type.Kind[..^1]} by hand on a sandbox invoice, run conformance again, and set {type.Setting} to the type it shows.");
            }

            if (seen.Count > 0 && !seen.Contains(type.Value, StringComparer.Ordinal))
            {
                run.Suggestions.Add(new ConformanceSuggestion(type.Setting, seen[0], $"{type.Kind} are sent as '{type.Value}', which none of the site's own payments use; they use {string.Join(", ", seen.Select(s => $"'{s}'"))}. Pick the one that stands for {type.Kind}."));
            }
        }
    }

    private static async Task<IReadOnlyList<string>> SeenPaymentTypesAsync(ConformanceContext run, CancellationToken cancellationToken)
    {
        // The latest invoices other than this run's: their payments were entered on the site itself.
        var query = string.Join("&", ConformanceContext.Query("conditions", $"reference != \"{run.Stem}\""), ConformanceContext.Query("orderBy", "id desc"), "pageSize=10", ConformanceContext.Query("fields", "id"));
        var invoices = await run.GetAsync(ApiRoutes.Invoices, query, cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in invoices.Items.Select(i => (int?)i["id"]).OfType<int>())
        {
            var payments = await run.GetAsync(ApiRoutes.InvoicePayments(id), ConformanceContext.Query("fields", "id,type"), cancellationToken).ConfigureAwait(false);
            foreach (var type in payments.Items.Select(p => (string?)p["type"]).OfType<string>())
            {
                counts[type] = counts.GetValueOrDefault(type) + 1;
            }
        }

        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key)];
    }

    private static async Task<int?> FirstIdAsync(ConformanceContext run, string route, string? conditions, CancellationToken cancellationToken)
    {
        var query = string.Join("&", new[] { conditions is null ? null : ConformanceContext.Query("conditions", conditions), "pageSize=25", ConformanceContext.Query("orderBy", "id") }.OfType<string>());
        var answer = await run.GetAsync(route, query, cancellationToken).ConfigureAwait(false);
        return answer.Items.Where(i => (bool?)i["inactiveFlag"] != true).Select(i => (int?)i["id"]).FirstOrDefault();
    }
}
