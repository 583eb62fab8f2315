using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>
/// The settings pages in headless Chromium, driven through the DevTools protocol: an administrator activates an
/// instance, makes a mistake in the settings and fixes it, maps a lookup, runs the check, syncs against the
/// simulator and reads the report. Each page is photographed (docs/screens/).
/// </summary>
[TestClass]
public sealed class SettingsPagesBrowserTests
{
    private const string Instance = "acme";

    // The elements that stick out of the window on the right, for the failure message.
    private const string Overflowing =
        "[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.scroll')).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Administrator_SetsUpAnInstance_SyncsAndReadsTheReport()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        await using var browser = await ChromiumBrowser.LaunchAsync(Token);
        var page = await browser.NewPageAsync(Token);
        await page.SetViewportAsync(1280, 900, Token);
        var shots = new Screenshots(TestContext);
        var simulator = web.App.Simulator!;
        var services = web.Host.Services;

        // Instances: activate.
        await page.NavigateAsync(web.Page("/"), Token);
        await page.FillAsync("#name", Instance, Token);
        await shots.SaveAsync(page, "instances", Token);
        await page.ClickAndWaitAsync("form[action='/instances'] button[type=submit]", Token);
        Assert.AreEqual($"/instances/{Instance}/settings", await page.TextAsync("location.pathname", Token));
        var instance = await services.Instances.GetAsync(Instance, Token);

        // Settings with a mistake: the error stands beside its field and nothing is saved.
        Assert.AreEqual(simulator.SiteUrl.ToString(), await page.TextAsync("document.querySelector('#sv-ConnectWiseUrl').value", Token), "the simulator is offered as the site");
        await page.FillAsync("#sv-CompanyId", simulator.Options.CompanyId, Token);
        await page.FillAsync("#sv-PublicKey", simulator.Options.PublicKey, Token);
        await page.FillAsync("#sv-PrivateKey", simulator.Options.PrivateKey, Token);
        await page.FillAsync("#sv-ClientId", "not-a-guid", Token);
        await page.FillAsync("#sv-ImportAccountStatusId", "1", Token);
        await page.ClickAndWaitAsync("form.settings button[type=submit]", Token);
        var clientIdError = await page.TextAsync("(document.querySelector('.field[data-variable=ClientId] .error') || {}).textContent || ''", Token);
        StringAssert.Contains(clientIdError, "is not a GUID");
        Assert.IsTrue(await page.TrueAsync("document.querySelector('#sv-ClientId').getAttribute('aria-invalid') === 'true' && document.querySelector('#sv-ClientId').getAttribute('aria-describedby').includes('sv-ClientId-error')", Token), "the error is tied to its field");
        Assert.AreEqual(1, (await page.EvaluateAsync("document.querySelectorAll('.field.invalid').length", Token)).GetInt32(), "only the Client Id is wrong");
        Assert.AreEqual("error-summary", await page.TextAsync("document.activeElement.id", Token), "the error summary takes the focus");
        Assert.AreEqual(simulator.Options.CompanyId, await page.TextAsync("document.querySelector('#sv-CompanyId').value", Token), "what was typed is kept");
        Assert.AreEqual(string.Empty, await page.TextAsync("document.querySelector('#sv-PrivateKey').value", Token), "a secret is never sent back");
        var html = await page.HtmlAsync(Token);
        Assert.DoesNotContain(simulator.Options.PrivateKey, html);
        Assert.DoesNotContain("not-a-guid", html);
        Assert.IsEmpty(await services.Instances.GetVariablesAsync(instance.Id, Token), "nothing is saved half");
        await shots.SaveAsync(page, "settings-error", Token);

        // Fixed: saved; secrets shown as set, never as values.
        await page.FillAsync("#sv-PrivateKey", simulator.Options.PrivateKey, Token);
        await page.FillAsync("#sv-ClientId", simulator.Options.ClientId, Token);
        await page.ClickAndWaitAsync("form.settings button[type=submit]", Token);
        StringAssert.Contains(await page.TextAsync("document.querySelector('main').innerText", Token), "Settings saved.");
        var stored = await services.Instances.GetVariablesAsync(instance.Id, Token);
        Assert.AreEqual(simulator.Options.ClientId, stored["ClientId"]);
        Assert.AreEqual(simulator.SiteUrl.ToString(), stored["ConnectWiseUrl"]);
        html = await page.HtmlAsync(Token);
        Assert.DoesNotContain(simulator.Options.PrivateKey, html);
        Assert.DoesNotContain(simulator.Options.ClientId, html);
        StringAssert.Contains(await page.TextAsync("document.querySelector('#sv-PrivateKey-state').textContent", Token), "•••• set");

        // Saving again with the secrets left empty keeps them.
        await page.FillAsync("#sv-CompanyId", simulator.Options.CompanyId, Token);
        await page.ClickAndWaitAsync("form.settings button[type=submit]", Token);
        stored = await services.Instances.GetVariablesAsync(instance.Id, Token);
        Assert.AreEqual(simulator.Options.PrivateKey, stored["PrivateKey"]);
        Assert.AreEqual(simulator.Options.ClientId, stored["ClientId"]);
        await shots.SaveAsync(page, "settings", Token);

        // Synchronization options: a switch off is stored.
        await page.NavigateAsync(web.Page($"/instances/{Instance}/options"), Token);
        var productSwitch = await page.TextAsync("document.querySelector('input[name^=\"op.Products.\"]').name", Token);
        await page.SetCheckedAsync($"input[name=\"{productSwitch}\"]", false, Token);
        await page.ClickAndWaitAsync("main form button[type=submit]", Token);
        var disabled = await services.Options.GetDisabledAsync(instance.Id, Token);
        Assert.Contains(("Products", Enum.Parse<SyncOperation>(productSwitch["op.Products.".Length..])), disabled);
        Assert.IsFalse(await page.TrueAsync($"document.querySelector('input[name=\"{productSwitch}\"]').checked", Token));
        await shots.SaveAsync(page, "options", Token);

        // Lookups: the dropdowns fill from discovery, suggestions are pre-selected and marked; one is chosen by hand.
        await page.NavigateAsync(web.Page($"/instances/{Instance}/lookups"), Token);
        await page.WaitForAsync("document.querySelector('form[data-discover-url]').dataset.loaded === 'true'", "discovery", Token);
        const string Customer = "table[data-lookup=AccountType] select[data-bss=Customer]";
        const string Prospect = "table[data-lookup=AccountType] select[data-bss=Prospect]";
        Assert.IsGreaterThan(2, (await page.EvaluateAsync($"document.querySelector('{Customer}').options.length", Token)).GetInt32(), "ConnectWise values are listed");
        Assert.AreEqual("1", await page.TextAsync($"document.querySelector('{Customer}').value", Token), "the suggested match is pre-selected");
        Assert.IsTrue(await page.TrueAsync($"document.querySelector('{Customer}').closest('tr').classList.contains('suggested')", Token), "and marked");
        StringAssert.Contains(await page.TextAsync($"document.querySelector('{Customer}').closest('tr').querySelector('td.state').textContent", Token), "suggested match");
        var prospectId = await page.TextAsync($"[...document.querySelector('{Prospect}').options].find(o => o.textContent.startsWith('Prospect ')).value", Token);
        await page.FillAsync(Prospect, prospectId, Token);
        Assert.AreEqual("chosen, not saved yet", await page.TextAsync($"document.querySelector('{Prospect}').closest('tr').querySelector('td.state').textContent", Token));
        await shots.SaveAsync(page, "lookups", Token);
        await page.ClickAndWaitAsync("form[data-discover-url] button[type=submit]", Token);
        var lookups = await services.Lookups.GetAllAsync(instance.Id, Token);
        Assert.AreEqual("1", lookups["AccountType"]["Customer"]);
        Assert.AreEqual(prospectId, lookups["AccountType"]["Prospect"]);
        Assert.AreEqual("2", prospectId);
        await page.WaitForAsync("document.querySelector('form[data-discover-url]').dataset.loaded === 'true'", "discovery after saving", Token);
        Assert.AreEqual("mapped", await page.TextAsync($"document.querySelector('{Prospect}').closest('tr').querySelector('td.state').textContent", Token));

        // Check: every finding with its severity; the connection and keys are verified.
        await page.NavigateAsync(web.Page($"/instances/{Instance}/check"), Token);
        await page.ClickAndWaitAsync("#run-check", Token);
        var findings = (await page.EvaluateAsync("document.querySelectorAll('#findings tbody tr').length", Token)).GetInt32();
        Assert.IsGreaterThan(0, findings);
        Assert.IsTrue(await page.TrueAsync("[...document.querySelectorAll('#findings tbody tr')].every(r => ['Ok','Warning','Error'].includes(r.querySelector('.sev').textContent))", Token));
        Assert.IsTrue(await page.TrueAsync("[...document.querySelectorAll('#findings .sev')].some(s => s.textContent === 'Ok')", Token));
        Assert.IsFalse(
            await page.TrueAsync("[...document.querySelectorAll('#findings tbody tr')].some(r => r.textContent.includes('does not map'))", Token),
            "no lookup value is reported unmapped: " + await page.TextAsync("document.querySelector('#findings').innerText", Token));
        await shots.SaveAsync(page, "check", Token);

        // Sync now against the simulator, with live progress, then the report.
        await page.NavigateAsync(web.Page($"/instances/{Instance}/sync"), Token);
        await page.EvaluateAsync("document.querySelectorAll('input[name=module]').forEach(c => c.checked = c.value === 'Accounts')", Token);
        var writesBefore = simulator.Requests.WriteCount;
        simulator.Options.Faults.Latency = TimeSpan.FromMilliseconds(1000);
        await page.ClickAndWaitAsync("#sync-now", Token);
        Assert.AreEqual("Running…", await page.TextAsync("document.querySelector('#job-status').textContent", Token), "the page opens on the running sync and follows it");
        await page.EvaluateAsync("window.__sameDocument = true", Token);
        await page.WaitForAsync("document.querySelector('#progress').dataset.running === 'false' && !!document.querySelector('#run-report')", "the sync to end", Token, TimeSpan.FromSeconds(120));
        simulator.Options.Faults.Latency = TimeSpan.Zero;
        Assert.IsTrue(await page.TrueAsync("window.__sameDocument === true", Token), "the progress was followed by polling, without reloading the page");
        StringAssert.Contains(await page.TextAsync("document.querySelector('#progress-body').innerText", Token), "3 created");
        Assert.AreEqual("Accounts: 3 of 3", await page.TextAsync("document.querySelector('.module-progress span').textContent", Token));
        Assert.AreEqual(3, simulator.Requests.WriteCount - writesBefore, "three companies written");
        await shots.SaveAsync(page, "sync", Token);

        await page.ClickAndWaitAsync("#run-report", Token);
        Assert.AreEqual(3, (await page.EvaluateAsync("document.querySelectorAll('#records tbody tr[data-outcome=Created]').length", Token)).GetInt32());
        StringAssert.Contains(await page.TextAsync("document.querySelector('#totals').innerText", Token), "Accounts");
        await shots.SaveAsync(page, "report", Token);

        // Filters.
        await page.FillAsync("#f-outcome", "Failed", Token);
        await page.ClickAndWaitAsync("form.filters button[type=submit]", Token);
        Assert.AreEqual("0 records.", await page.TextAsync("document.querySelector('#record-count').textContent", Token));
        await page.FillAsync("#f-outcome", "", Token);
        await page.FillAsync("#f-module", "Accounts", Token);
        await page.ClickAndWaitAsync("form.filters button[type=submit]", Token);
        Assert.AreEqual("3 records.", await page.TextAsync("document.querySelector('#record-count').textContent", Token));

        // Resync and unlink from the report.
        await page.ClickAndWaitAsync("#records tbody tr:first-child form[action$='/report/resync'] button", Token);
        StringAssert.Contains(await page.TextAsync("document.querySelector('#notice').textContent", Token), "will be pushed again");
        var firstId = await page.TextAsync("document.querySelector('#records tbody tr:first-child td:nth-child(2)').textContent", Token);
        await page.ClickAndWaitAsync("#records tbody tr:first-child form[action$='/report/unlink'] button", Token);
        StringAssert.Contains(await page.TextAsync("document.querySelector('#notice').textContent", Token), "unlinked");
        var links = await services.LinksOf(instance).ListAsync("Accounts", Token);
        Assert.HasCount(2, links);
        Assert.IsFalse(links.Any(l => l.BssId == firstId));

        // A dry run plans the unlinked record again without a write.
        await page.NavigateAsync(web.Page($"/instances/{Instance}/sync"), Token);
        await page.EvaluateAsync("document.querySelectorAll('input[name=module]').forEach(c => c.checked = c.value === 'Accounts')", Token);
        writesBefore = simulator.Requests.WriteCount;
        await page.ClickAndWaitAsync("#dry-run", Token);
        await page.WaitForAsync("document.querySelector('#progress').dataset.running === 'false' && !!document.querySelector('#run-report')", "the dry run to end", Token, TimeSpan.FromSeconds(120));
        Assert.AreEqual(0, simulator.Requests.WriteCount - writesBefore, "a dry run writes nothing");
        await page.ClickAndWaitAsync("#run-report", Token);
        StringAssert.Contains(await page.TextAsync("document.querySelector('#run-h').textContent", Token), "(dry run)");

        Assert.IsEmpty(page.Errors, string.Join(Environment.NewLine, page.Errors));
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Pages_AreKeyboardUsable_ReadableWhenNarrow_AndRefuseFormsWithoutToken()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        await using var browser = await ChromiumBrowser.LaunchAsync(Token);
        var page = await browser.NewPageAsync(Token);
        var shots = new Screenshots(TestContext);
        var instance = await new Bss.IntegrationFramework.Host.Instances.InstanceActivation(web.Host.Services).ActivateAsync(Instance, null, Token);

        // Keyboard: the first Tab reaches the skip link, which shows a focus ring; every field has a label.
        await page.SetViewportAsync(1280, 900, Token);
        await page.NavigateAsync(web.Page($"/instances/{Instance}/settings"), Token);
        await page.PressKeyAsync("Tab", 9, Token);
        Assert.AreEqual("skip", await page.TextAsync("document.activeElement.className", Token));
        Assert.AreNotEqual("none", await page.TextAsync("getComputedStyle(document.activeElement).outlineStyle", Token), "focus is visible");
        Assert.IsTrue(await page.TrueAsync("[...document.querySelectorAll('input:not([type=hidden]), select')].every(e => e.labels && e.labels.length > 0)", Token), "every field has a label");
        await page.PressKeyAsync("Tab", 9, Token);
        await page.PressKeyAsync("Tab", 9, Token);
        Assert.AreEqual("A", await page.TextAsync("document.activeElement.tagName", Token), "then the navigation, in order");

        // Narrow window: nothing wider than the screen, on the settings and the report.
        await page.SetViewportAsync(360, 780, Token);
        await page.NavigateAsync(web.Page($"/instances/{Instance}/settings"), Token);
        Assert.IsTrue(await page.TrueAsync("document.documentElement.scrollWidth <= window.innerWidth", Token), "the settings fit 360 px: " + await page.TextAsync(Overflowing, Token));
        await shots.SaveAsync(page, "settings-narrow", Token);
        await page.NavigateAsync(web.Page($"/instances/{Instance}/options"), Token);
        Assert.IsTrue(await page.TrueAsync("document.documentElement.scrollWidth <= window.innerWidth", Token), "the options fit 360 px (the table scrolls in its box): " + await page.TextAsync(Overflowing, Token));

        // Every form that changes something carries a token; a post without one is refused and changes nothing.
        Assert.IsTrue(await page.TrueAsync("[...document.forms].filter(f => f.method === 'post').every(f => !!f.querySelector('input[name=__RequestVerificationToken]'))", Token));
        var status = await page.EvaluateAsync(
            "fetch(location.pathname, { method: 'POST', body: new URLSearchParams({ 'op.Accounts.Create': '' }) }).then(r => r.status)", Token);
        Assert.AreEqual(400, status.GetInt32());
        Assert.IsEmpty(await web.Host.Services.Options.GetDisabledAsync(instance.Id, Token));

        // Output is encoded: a BSS value with markup shows as text.
        await web.Host.Services.Records.UpsertAsync([new Account { Id = "X1", Code = "X1", Name = "X", Type = "<img src=x onerror=alert(1)>", BillingAddress = new Address { City = "Springfield" } }], Token);
        await page.NavigateAsync(web.Page($"/instances/{Instance}/lookups"), Token);
        Assert.IsTrue(await page.TrueAsync("[...document.querySelectorAll('th[scope=row]')].some(t => t.textContent === '<img src=x onerror=alert(1)>') && !document.querySelector('main img')", Token));

        // Without working settings there is nothing to discover: the ids can be typed instead, and are saved.
        await page.WaitForAsync("document.querySelector('form[data-discover-url]').dataset.loaded === 'error'", "discovery to fail", Token);
        StringAssert.Contains(await page.TextAsync("document.querySelector('#discovery-status').textContent", Token), "Type the ids instead");
        Assert.AreEqual("INPUT", await page.TextAsync("document.querySelector('table[data-lookup=AccountType] [name^=\"c.\"]').tagName", Token));
        var typed = await page.TextAsync("document.querySelector('table[data-lookup=AccountType] input[name^=\"c.\"]').id", Token);
        await page.FillAsync("#" + typed, "2", Token);
        Assert.AreEqual(typed, await page.TextAsync("document.querySelector('label[for=' + CSS.escape('" + typed + "') + ']') ? '" + typed + "' : ''", Token), "the typed id keeps its label");
        await page.ClickAndWaitAsync("form[data-discover-url] button[type=submit]", Token);
        var mapped = await web.Host.Services.Lookups.GetAllAsync(instance.Id, Token);
        Assert.AreEqual("2", mapped["AccountType"].Values.Single());
        Assert.IsEmpty(page.Errors, string.Join(Environment.NewLine, page.Errors));
    }
}
