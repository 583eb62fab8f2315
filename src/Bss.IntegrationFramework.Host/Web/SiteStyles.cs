namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The pages' style sheet, served as a file so the content security policy can forbid inline styles.</summary>
internal static class SiteStyles
{
    /// <summary>The CSS.</summary>
    public const string Css = """
        :root { --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #fff; --accent: #0b5cad; --err: #b42318; --ok: #1a7f37; --warn: #9a6700; --focus: #ffbf47; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
        a { color: var(--accent); }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--fg); }
        .skip { position: absolute; left: -999px; top: 0; background: var(--fg); color: #fff; padding: .5rem 1rem; z-index: 10; }
        .skip:focus { left: 0; }
        .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .top { display: flex; gap: .5rem; align-items: baseline; padding: .75rem 1.5rem; background: #0d2a4a; color: #fff; }
        .top a { color: #fff; font-weight: 600; text-decoration: none; }
        .instance-name { font-weight: 600; }
        .tabs ul { display: flex; flex-wrap: wrap; gap: .25rem; margin: 0; padding: .5rem 1.5rem 0; list-style: none; border-bottom: 1px solid var(--line); }
        .tabs a { display: block; padding: .5rem .75rem; text-decoration: none; border: 1px solid transparent; border-bottom: none; border-radius: 6px 6px 0 0; }
        .tabs a[aria-current="page"] { border-color: var(--line); background: var(--bg); color: var(--fg); font-weight: 600; margin-bottom: -1px; }
        main { padding: 1rem 1.5rem 3rem; max-width: 72rem; }
        main:focus { outline: none; }
        h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
        .lead { color: var(--muted); max-width: 48rem; }
        .hint { color: var(--muted); font-size: .9rem; margin: .1rem 0 .35rem; }
        .field { margin: 0 0 1.1rem; max-width: 40rem; }
        .field > label { display: block; font-weight: 600; }
        .field.invalid { border-left: 4px solid var(--err); padding-left: .75rem; }
        input[type=text], input[type=password], select { width: 100%; max-width: 40rem; padding: .45rem .55rem; font: inherit; border: 1px solid #8c959f; border-radius: 6px; background: #fff; }
        input[aria-invalid="true"], select[aria-invalid="true"] { border: 2px solid var(--err); }
        .req { color: var(--err); }
        .error { color: var(--err); font-weight: 600; margin: .3rem 0 0; }
        .secret-state { margin: 0 0 .3rem; font-size: .9rem; }
        .inline { display: inline-flex; gap: .4rem; align-items: center; margin: .3rem 1rem .3rem 0; font-weight: normal; }
        button { font: inherit; padding: .5rem 1rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
        button.secondary { background: #fff; color: var(--accent); }
        button.small { padding: .15rem .5rem; font-size: .85rem; }
        .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
        .alert { padding: .75rem 1rem; border-radius: 6px; border: 1px solid; max-width: 48rem; }
        .alert h2 { margin: 0 0 .4rem; font-size: 1.05rem; }
        .alert.error { border-color: var(--err); background: #fff1f0; }
        .alert.ok { border-color: var(--ok); background: #effaf1; }
        .scroll { overflow-x: auto; max-width: 100%; position: relative; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border-bottom: 1px solid var(--line); padding: .4rem .6rem; text-align: left; vertical-align: top; }
        thead th { background: #f6f8fa; }
        table.switches td { text-align: center; }
        table.switches th[scope=row] span { display: block; }
        table.switches th[scope=row] .hint { font-weight: normal; }
        .switch input { width: 1.3rem; height: 1.3rem; }
        .na { color: var(--muted); }
        .badge { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .8rem; border: 1px solid var(--line); background: #f6f8fa; }
        .sev-ERROR .sev, .out-FAILED, .out-QUARANTINED { background: #ffebe9; border-color: var(--err); color: var(--err); }
        .sev-WARNING .sev { background: #fff8c5; border-color: var(--warn); color: var(--warn); }
        .sev-OK .sev, .out-CREATED, .out-UPDATED { background: #dafbe1; border-color: var(--ok); color: var(--ok); }
        tr.suggested td.state { color: var(--warn); font-weight: 600; }
        .row-actions form { display: inline; margin-right: .25rem; }
        .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; }
        .filters .field { margin: 0; min-width: 10rem; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; max-width: 40rem; margin: 0 0 1rem; }
        .checks { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        .module-progress { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; margin: .3rem 0; }
        .module-progress span { min-width: 12rem; }
        progress { width: 16rem; max-width: 100%; height: 1rem; }
        @media (max-width: 40rem) {
          .top, .tabs ul, main { padding-left: .75rem; padding-right: .75rem; }
          .tabs ul { flex-direction: column; }
          .tabs a[aria-current="page"] { border-bottom: 1px solid var(--line); border-radius: 6px; margin: 0; }
          h1 { font-size: 1.3rem; }
          .filters { flex-direction: column; align-items: stretch; }
          .actions button { width: 100%; }
          table#records thead, table#findings thead { position: absolute; left: -9999px; }
          table#records tr, table#findings tr { display: block; border-bottom: 2px solid var(--line); padding: .4rem 0; }
          table#records td, table#findings td { display: block; border: none; padding: .1rem .25rem; }
        }
        """;
}
