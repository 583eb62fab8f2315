// The pages' little script: focuses the error summary, fills the lookup dropdowns from discovery, polls the sync
// progress, asks before an unlink and makes the Link customer page's search a type-ahead. It writes text with textContent only, never markup.
'use strict';
(function () {
  const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };

  const summary = document.getElementById('error-summary');
  if (summary) { summary.focus(); }

  document.querySelectorAll('form[data-confirm]').forEach((form) => {
    form.addEventListener('submit', (e) => { if (!window.confirm(form.dataset.confirm)) { e.preventDefault(); } });
  });

  // Without the ConnectWise lists, an id can still be typed (as with 'lookups set').
  const typeIds = (scope) => scope.querySelectorAll('select[data-bss]').forEach((select) => {
    const input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'numeric';
    input.id = select.id;
    input.name = select.name;
    input.value = select.dataset.current || '';
    input.placeholder = 'ConnectWise id';
    input.setAttribute('aria-describedby', select.getAttribute('aria-describedby'));
    select.replaceWith(input);
  });

  const lookupForm = document.querySelector('form[data-discover-url]');
  if (lookupForm) {
    const status = document.getElementById('discovery-status');
    fetch(lookupForm.dataset.discoverUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
      .then(({ ok, body }) => {
        if (!ok) { throw new Error(body.error || 'Discovery failed.'); }
        let failed = 0;
        body.forEach((outcome) => {
          const table = document.querySelector('table[data-lookup="' + CSS.escape(outcome.lookup) + '"]');
          const section = table ? table.closest('section') : null;
          if (outcome.error) {
            failed++;
            if (section) { const p = section.querySelector('.lookup-error'); p.textContent = outcome.error + ' Type the ids instead.'; p.hidden = false; typeIds(section); }
            return;
          }
          if (!table) { return; }
          table.querySelectorAll('select[data-bss]').forEach((select) => {
            const current = select.dataset.current;
            const bss = select.dataset.bss;
            const suggestion = (outcome.suggestions || []).find((s) => s.bssValue === bss);
            select.replaceChildren(el('option', '(not mapped)'));
            select.options[0].value = '';
            let currentFound = false;
            (outcome.values || []).forEach((v) => {
              const o = el('option', v.name + ' (id ' + v.id + ')' + (v.active ? '' : ' – inactive'));
              o.value = v.id;
              if (suggestion && suggestion.id === v.id) { o.textContent += ' – suggested'; }
              select.appendChild(o);
              if (v.id === current) { currentFound = true; }
            });
            if (current && !currentFound) { const o = el('option', 'id ' + current + ' (not found in ConnectWise)'); o.value = current; select.appendChild(o); }
            const row = select.closest('tr');
            const state = row.querySelector('td.state');
            if (current) {
              select.value = current;
              state.textContent = 'mapped';
            } else if (suggestion) {
              select.value = suggestion.id;
              row.classList.add('suggested');
              state.textContent = 'suggested match (' + Math.round(suggestion.score * 100) + '%), not saved yet';
            } else {
              state.textContent = 'not mapped';
            }
          });
        });
        lookupForm.querySelectorAll('select[data-bss]').forEach((select) => select.addEventListener('change', () => {
          const row = select.closest('tr');
          row.classList.remove('suggested');
          row.querySelector('td.state').textContent = select.value === (select.dataset.current || '') ? (select.value ? 'mapped' : 'not mapped') : 'chosen, not saved yet';
        }));
        status.textContent = failed ? 'ConnectWise values loaded; ' + failed + ' lookups could not be discovered.' : 'ConnectWise values loaded.';
        lookupForm.dataset.loaded = 'true';
      })
      .catch((err) => {
        status.textContent = 'Could not load ConnectWise values: ' + err.message + ' Type the ids instead.';
        status.className = 'alert error';
        typeIds(lookupForm);
        lookupForm.dataset.loaded = 'error';
      });
  }

  const progress = document.getElementById('progress');
  if (progress && progress.dataset.running === 'true') {
    const body = document.getElementById('progress-body');
    const render = (job) => {
      const parts = [el('p', job.running ? 'Running…' : job.status, 'status')];
      parts[0].id = 'job-status';
      (job.modules || []).forEach((m) => {
        const row = el('div', undefined, 'module-progress');
        row.appendChild(el('span', m.module + ': ' + m.done + (m.total != null ? ' of ' + m.total : '')));
        if (m.total != null) { const bar = el('progress', String(m.done)); bar.max = Math.max(1, m.total); bar.value = m.done; row.appendChild(bar); }
        parts.push(row);
      });
      if (job.error) { const e = el('p', job.error, 'alert error'); e.setAttribute('role', 'alert'); parts.push(e); }
      if (job.runId != null) {
        const sum = (f) => job.totals.reduce((a, t) => a + f(t), 0);
        const p = el('p', 'Run ' + job.runId + ': ' + sum((t) => t.created) + ' created, ' + sum((t) => t.updated) + ' updated, ' + sum((t) => t.unchanged) + ' unchanged, '
          + sum((t) => t.failed + t.quarantined) + ' failed, ' + sum((t) => t.pulled) + ' pulled; ' + job.requests + ' requests. ');
        const a = el('a', 'Open the report of this run');
        a.id = 'run-report';
        a.href = progress.dataset.reportUrl + '?run=' + encodeURIComponent(job.runId);
        p.appendChild(a);
        parts.push(p);
      }
      body.replaceChildren(...parts);
      progress.dataset.running = job.running ? 'true' : 'false';
    };
    const poll = () => fetch(progress.dataset.progressUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then((r) => r.json())
      .then((job) => { render(job); if (job.running) { setTimeout(poll, 400); } })
      .catch(() => setTimeout(poll, 1500));
    poll();
  }
  // The Link customer page's type-ahead: each pause in typing asks for one page of 25 companies (a conditions query);
  // "More" asks for the next page. Without the script the search form does the same with a submit.
  const search = document.getElementById('company-search');
  if (search && search.dataset.typeaheadUrl) {
    const list = document.getElementById('company-results');
    const box = document.getElementById('company-results-box');
    const account = document.getElementById('account');
    let timer = null;
    let asked = 0;
    const chooseUrl = (c) => search.dataset.chooseUrl + '?account=' + encodeURIComponent(account.value.trim()) + '&q=' + encodeURIComponent(search.value.trim())
      + '&company=' + encodeURIComponent(c.id) + '&cname=' + encodeURIComponent(c.name);
    const render = (page, append) => {
      if (!append) { list.replaceChildren(); }
      box.querySelectorAll('#company-more, #company-none, #company-error').forEach((e) => (e.closest('p') || e).remove());
      page.companies.forEach((c) => {
        const li = el('li');
        const a = el('a', c.name + ' (' + (c.identifier || '') + ', #' + c.id + ')');
        a.href = chooseUrl(c);
        a.dataset.company = c.id;
        li.appendChild(a);
        if (c.linkedAccountId) { li.appendChild(el('span', ' linked to BSS account ' + c.linkedAccountId, 'hint')); }
        list.appendChild(li);
      });
      if (!append && page.companies.length === 0) { const p = el('p', 'No ConnectWise company\u2019s name or identifier contains "' + search.value.trim() + '".'); p.id = 'company-none'; box.appendChild(p); }
      if (page.next) {
        const p = el('p');
        const more = el('button', 'Next 25 companies', 'secondary small');
        more.type = 'button';
        more.id = 'company-more';
        more.addEventListener('click', () => ask(page.next));
        p.appendChild(more);
        box.appendChild(p);
      }
      box.dataset.loaded = String(++asked);
    };
    const ask = (after) => {
      const text = search.value.trim();
      if (!text) { list.replaceChildren(); return; }
      const url = search.dataset.typeaheadUrl + '?q=' + encodeURIComponent(text) + (after ? '&after=' + encodeURIComponent(after) : '');
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then((r) => r.json().then((body) => ({ ok: r.ok, body })))
        .then(({ ok, body }) => {
          if (!ok) { throw new Error(body.error || 'The search failed.'); }
          if (text === search.value.trim()) { render(body, !!after); }
        })
        .catch((err) => { const p = el('p', 'Could not search ConnectWise: ' + err.message, 'alert error'); p.id = 'company-error'; box.appendChild(p); });
    };
    search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => ask(null), 250); });
  }
})();
