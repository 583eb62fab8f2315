using System.Globalization;
using Bss.IntegrationFramework.Host.Plans;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The Plan page: the money plan that waits, computed on request, approved or rejected per customer or for all.</summary>
internal static class PlanEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="routes">The routes.</param>
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/instances/{name}/plan", ShowAsync);
        routes.MapPost("/instances/{name}/plan/compute", ComputeAsync);
        routes.MapPost("/instances/{name}/plan/approve", ApproveAsync);
        routes.MapPost("/instances/{name}/plan/reject", RejectAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var store = new PlanStore(services.Database);
        var plan = long.TryParse(http.Request.Query["id"], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await store.GetAsync(instance.Id, id, http.RequestAborted).ConfigureAwait(false)
            : await store.GetPendingAsync(instance.Id, http.RequestAborted).ConfigureAwait(false);
        return await PageAsync(services, instance, plan, null, null, StatusCodes.Status200OK, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task<IResult> ComputeAsync(HttpContext http, HostServices services, string name)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var (run, plan) = await new PlanWorkflow(services).ComputeAsync(new SyncRequest { InstanceName = instance.Name }, null, http.RequestAborted).ConfigureAwait(false);
        var notice = plan is null
            ? string.Create(CultureInfo.InvariantCulture, $"Run {run.RunId} (dry run): nothing would change what customers are billed, so no plan was saved.")
            : string.Create(CultureInfo.InvariantCulture, $"Plan {plan.Id} computed in run {run.RunId}; nothing was written.");
        return await PageAsync(services, instance, plan, notice, null, StatusCodes.Status200OK, http.RequestAborted).ConfigureAwait(false);
    }

    private static Task<IResult> ApproveAsync(HttpContext http, HostServices services, string name) =>
        DecideAsync(http, services, name, async (workflow, planId, customers) =>
        {
            var (plan, run) = await workflow.ApproveAsync(name, planId, customers, http.RequestAborted).ConfigureAwait(false);
            var applied = plan.Items.Count(i => i.Status == PlanStatus.Applied);
            var failed = plan.Items.Count(i => i.Status == PlanStatus.Failed);
            return (plan, string.Create(CultureInfo.InvariantCulture, $"{Wording.Count(applied, "change")} applied{(failed > 0 ? $", {failed} failed (see the report of run {run.RunId})" : string.Empty)} in run {run.RunId}."));
        });

    private static Task<IResult> RejectAsync(HttpContext http, HostServices services, string name) =>
        DecideAsync(http, services, name, async (workflow, planId, customers) =>
        {
            var before = (await workflow.PeekAsync(name, planId, http.RequestAborted).ConfigureAwait(false)).PendingItems.Count();
            var plan = await workflow.RejectAsync(name, planId, customers, http.RequestAborted).ConfigureAwait(false);
            return (plan, $"{Wording.Count(before - plan.PendingItems.Count(), "change")} rejected; nothing was written.");
        });

    private static async Task<IResult> DecideAsync(HttpContext http, HostServices services, string name, Func<PlanWorkflow, long, IReadOnlyCollection<string>, Task<(SavedPlan Plan, string Notice)>> decide)
    {
        var instance = await services.Instances.GetAsync(name, http.RequestAborted).ConfigureAwait(false);
        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        if (!long.TryParse(form["plan"], NumberStyles.None, CultureInfo.InvariantCulture, out var planId))
        {
            return PageResults.Error("The form names no plan; reload the Plan page.", StatusCodes.Status400BadRequest);
        }

        string[] customers = [.. form["customer"].OfType<string>().Where(c => c.Length > 0)];
        var workflow = new PlanWorkflow(services);
        try
        {
            var (plan, notice) = await decide(workflow, planId, customers).ConfigureAwait(false);
            return await PageAsync(services, instance, plan, notice, null, StatusCodes.Status200OK, http.RequestAborted).ConfigureAwait(false);
        }
        catch (HostException ex)
        {
            var plan = await new PlanStore(services.Database).GetAsync(instance.Id, planId, http.RequestAborted).ConfigureAwait(false);
            return await PageAsync(services, instance, plan, null, services.Redactor.Redact(ex.Message), StatusCodes.Status409Conflict, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task<IResult> PageAsync(HostServices services, InstanceInfo instance, SavedPlan? plan, string? notice, string? refusal, int statusCode, CancellationToken cancellationToken)
    {
        var policy = await new PlanStore(services.Database).GetPolicyAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        return PageResults.Page<PlanPage>(
            new Dictionary<string, object?>
            {
                [nameof(PlanPage.Instance)] = instance,
                [nameof(PlanPage.Plan)] = plan,
                [nameof(PlanPage.Policy)] = policy,
                [nameof(PlanPage.Notice)] = notice,
                [nameof(PlanPage.Refusal)] = refusal,
            },
            statusCode);
    }
}
