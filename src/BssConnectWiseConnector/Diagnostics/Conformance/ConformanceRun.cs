using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>
/// The <c>conformance</c> run: refuses a site not known to be a sandbox, checks each assumption no documentation
/// settles with real requests on test records named after the run (prefix <see cref="ConformanceContext.Prefix"/>
/// and the run id), then deletes every record it created, newest first, even when a check failed or the run was
/// cancelled, and lists what it could not delete.
/// </summary>
internal sealed class ConformanceRun
{
    private readonly ConnectWiseTransport _transport;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="ConformanceRun"/> class.</summary>
    /// <param name="transport">The instance's transport.</param>
    /// <param name="time">The clock (run id, payment dates).</param>
    public ConformanceRun(ConnectWiseTransport transport, TimeProvider time)
    {
        _transport = transport;
        _time = time;
    }

    /// <summary>Runs every check, then cleans up.</summary>
    /// <param name="sandboxConfirmed">Whether the administrator confirmed a sandbox.</param>
    /// <param name="cancellationToken">Cancels the checks; the cleanup still runs.</param>
    /// <returns>The report.</returns>
    public async Task<ConformanceReport> RunAsync(bool sandboxConfirmed, CancellationToken cancellationToken)
    {
        SandboxGuard.Demand(_transport.Settings.Site, sandboxConfirmed);
        var runId = _time.GetUtcNow().ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var http = new ConformanceHttp(_transport.CreateClient(), _transport.Codebase, _transport.Redactor, _transport.Versions);
        var run = new ConformanceContext(http, _transport.Settings, runId);
        IReadOnlyList<string> leftovers;
        try
        {
            await SiteChecks.VersionAsync(run, cancellationToken).ConfigureAwait(false);
            await CompanyChecks.CreateAsync(run, cancellationToken).ConfigureAwait(false);
            await ContactChecks.TwoPhonesAsync(run, cancellationToken).ConfigureAwait(false);
            await ContactChecks.TwoDefaultPhonesAsync(run, cancellationToken).ConfigureAwait(false);
            await BillingChecks.CatalogItemAsync(run, cancellationToken).ConfigureAwait(false);
            await BillingChecks.AgreementWithAdditionAsync(run, cancellationToken).ConfigureAwait(false);
            await BillingChecks.BundleReadAsync(run, cancellationToken).ConfigureAwait(false);
            await BillingChecks.InvoiceWithLineAsync(run, cancellationToken).ConfigureAwait(false);
            await BillingChecks.PaymentsAsync(run, ConfiguredPaymentTypes.From(_transport.Settings), _time, cancellationToken).ConfigureAwait(false);
            await CompanyChecks.ForwardOnlyPagesAsync(run, cancellationToken).ConfigureAwait(false);
            await CompanyChecks.QuoteConditionAsync(run, cancellationToken).ConfigureAwait(false);
            await CompanyChecks.PatchToNullAsync(run, cancellationToken).ConfigureAwait(false);
            SiteChecks.SalesOrdersFunction(run);
        }
        finally
        {
            // Cleanup is not cancellable by the caller: test records must not stay behind because the run was stopped.
            leftovers = await run.CleanUpAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return new ConformanceReport(runId, run.Rows, run.Suggestions, leftovers);
    }
}
