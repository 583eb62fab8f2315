using System.CommandLine;
using System.Globalization;
using Bss.IntegrationFramework.Host.Plans;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The money plan commands: <c>plans</c>, <c>plan</c>, <c>approve</c>, <c>reject</c> and <c>approval</c>.</summary>
internal static class PlanCommands
{
    /// <summary>Creates <c>plans NAME</c>: the instance's plans, newest first.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command List(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var json = CommonArguments.Json();
        var command = new Command("plans", "List an instance's money plans (sync --plan, or changes held by the approval mode), newest first.") { name, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var store = new PlanStore(services.Database);
            var plans = await store.ListAsync(instance.Id, cancellationToken).ConfigureAwait(false);
            var policy = await store.GetPolicyAsync(instance.Id, cancellationToken).ConfigureAwait(false);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, new { approvalMode = policy.Mode, threshold = policy.Threshold, plans = plans.Select(p => p with { Items = [] }) });
                return 0;
            }

            await context.Output.WriteLineAsync($"Approval mode: {policy.Describe()}").ConfigureAwait(false);
            TextTable.Write(context.Output, ["plan", "created", "origin", "status", "customers", "changes", "mrr change"], plans.Select(p => (IReadOnlyList<string?>)
            [
                p.Id.ToString(CultureInfo.InvariantCulture),
                p.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
                p.Origin,
                p.Status,
                p.Items.Select(i => i.Billing.CustomerId).Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture),
                p.Items.Count.ToString(CultureInfo.InvariantCulture),
                PlanText.Money(p.Items.Sum(i => i.Billing.MonthlyRevenueChange)),
            ]));
            return 0;
        });
        return command;
    }

    /// <summary>Creates <c>plan NAME PLAN</c>: one plan, by customer and agreement.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Show(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var planId = PlanArgument();
        var json = CommonArguments.Json();
        var csv = Csv();
        var command = new Command("plan", "Show a money plan: per customer and agreement, seats before and after, price and cost per seat, the monthly money change, the date and why.") { name, planId, json, csv };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var plan = await new PlanStore(services.Database).GetAsync(instance.Id, context.Get(planId), cancellationToken).ConfigureAwait(false);
            Write(context.Output, plan, context.Get(json), context.Get(csv));
            return 0;
        });
        return command;
    }

    /// <summary>Creates <c>approve NAME PLAN [--customer …]</c>.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Approve(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var planId = PlanArgument();
        var customer = CustomerOption("approve");
        var json = CommonArguments.Json();
        var command = new Command("approve", "Apply a money plan (all of it, or the chosen customers'); refused, writing nothing, when the BSS or ConnectWise changed since it was computed.") { name, planId, customer, json };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var (plan, run) = await new PlanWorkflow(services).ApproveAsync(context.Get(name), context.Get(planId), context.Get(customer) ?? [], cancellationToken).ConfigureAwait(false);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, new { plan, run = run.RunId, run.Status });
            }
            else
            {
                var applied = plan.Items.Count(i => i.Status == PlanStatus.Applied);
                var failed = plan.Items.Count(i => i.Status == PlanStatus.Failed);
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Plan {plan.Id}: {Wording.Count(applied, "change")} applied{(failed > 0 ? $", {failed} failed (see 'report {context.Get(name)} --run {run.RunId} --failed')" : string.Empty)} in run {run.RunId}; plan {plan.Status}.")).ConfigureAwait(false);
            }

            return plan.Items.Any(i => i.Status == PlanStatus.Failed) ? 1 : 0;
        });
        return command;
    }

    /// <summary>Creates <c>reject NAME PLAN [--customer …]</c>.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Reject(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var planId = PlanArgument();
        var customer = CustomerOption("reject");
        var command = new Command("reject", "Discard a money plan (all of it, or the chosen customers'); nothing is written.") { name, planId, customer };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var plan = await new PlanWorkflow(services).RejectAsync(context.Get(name), context.Get(planId), context.Get(customer) ?? [], cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Plan {plan.Id}: {Wording.Count(plan.Items.Count(i => i.Status == PlanStatus.Rejected), "change")} rejected; plan {plan.Status}.")).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Creates <c>approval NAME [MODE] [--amount N]</c>: shows or sets the approval mode.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Mode(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var mode = new Argument<string?>("MODE") { Description = "Auto (write every change), Threshold (a customer's changes of at least --amount a month wait), Approve (every change waits).", Arity = ArgumentArity.ZeroOrOne };
        var amount = new Option<string?>("--amount") { Description = "For Threshold: the monthly recurring revenue change per customer at or above which changes wait." };
        var command = new Command("approval", "Show or set whether changes to what customers are billed are written at once or wait for approval.") { name, mode, amount };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var store = new PlanStore(services.Database);
            if (context.Get(mode) is { } typed)
            {
                var (policy, errors) = ApprovalPolicy.Parse(typed, context.Get(amount));
                if (policy is null)
                {
                    throw new HostException(string.Join(" ", errors));
                }

                await store.SetPolicyAsync(instance.Id, policy, cancellationToken).ConfigureAwait(false);
            }
            else if (context.Get(amount) is not null)
            {
                throw new HostException("--amount goes with a mode: 'approval NAME Threshold --amount 250'.");
            }

            var now = await store.GetPolicyAsync(instance.Id, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Instance '{instance.Name}': approval mode {now.Describe()}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Writes a plan as text, JSON or CSV.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="json">JSON.</param>
    /// <param name="csv">CSV.</param>
    public static void Write(TextWriter output, SavedPlan plan, bool json, bool csv)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(plan);
        var customers = PlanCustomer.Of(plan.Items);
        if (json)
        {
            CliJson.Write(output, new
            {
                plan.Id,
                plan.RunId,
                plan.Origin,
                plan.Status,
                plan.CreatedAt,
                monthlyRevenueChange = customers.Sum(c => c.RevenueChange),
                monthlyCostChange = customers.Sum(c => c.CostChange),
                customers = customers.Select(c => new
                {
                    c.CustomerId,
                    c.Name,
                    monthlyRevenueChange = c.RevenueChange,
                    monthlyCostChange = c.CostChange,
                    agreements = c.Agreements.Select(a => new { agreement = a.Key, changes = a.Value }),
                }),
            });
            return;
        }

        if (csv)
        {
            CsvWriter.Write(output, PlanText.Headers, PlanText.Rows(customers));
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Plan {plan.Id} ({plan.Status}, computed {plan.CreatedAt:u}{(plan.RunId is { } run ? $" in run {run}" : string.Empty)}): {Wording.Count(customers.Count, "customer")}, monthly revenue {PlanText.Money(customers.Sum(c => c.RevenueChange))}, monthly cost {PlanText.Money(customers.Sum(c => c.CostChange))}"));
        foreach (var customer in customers)
        {
            output.WriteLine();
            output.WriteLine($"{customer.Name} ({customer.CustomerId}): monthly revenue {PlanText.Money(customer.RevenueChange)}, cost {PlanText.Money(customer.CostChange)}");
            TextTable.Write(output, ["agreement", "subscription", "seats", "price", "cost", "mrr", "mrc", "from", "status", "reason"], customer.Agreements.SelectMany(a => a.Value.Select(i => (IReadOnlyList<string?>)
            [
                a.Key,
                i.BssId,
                $"{PlanText.Seats(i.Billing.SeatsBefore)} → {PlanText.Seats(i.Billing.SeatsAfter)}",
                Pair(i.Billing.UnitPriceBefore, i.Billing.UnitPriceAfter),
                Pair(i.Billing.UnitCostBefore, i.Billing.UnitCostAfter),
                PlanText.Money(i.Billing.MonthlyRevenueChange),
                PlanText.Money(i.Billing.MonthlyCostChange),
                i.Billing.EffectiveDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                i.Status,
                i.Billing.Reason,
            ])));
        }
    }

    /// <summary>Creates the <c>--csv</c> option.</summary>
    /// <returns>The option.</returns>
    public static Option<bool> Csv() => new("--csv") { Description = "Print the plan's changes as CSV." };

    private static string Pair(decimal? before, decimal? after) =>
        before is null || before == after ? PlanText.Amount(after) : $"{PlanText.Amount(before)} → {PlanText.Amount(after)}";

    private static Argument<long> PlanArgument() => new("PLAN") { Description = "The plan id ('plans NAME' lists them)." };

    private static Option<string[]> CustomerOption(string verb) => new("--customer") { Description = $"Only {verb} this customer's changes (BSS account id or name; repeatable).", AllowMultipleArgumentsPerToken = false };
}
