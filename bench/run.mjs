// `npm run bench` (after a production build): bundle sizes and the ticket read time in real Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  browserArgs,
  CHROMIUM,
  clickToolbarButton,
  close,
  EXTENSION_DIR,
  launch,
  openPanel,
  openTicket,
} from '../scripts/extension-browser.mjs';
import { startFixtureServer, TICKETS } from '../scripts/fixture-server.mjs';

const BUDGETS = {
  contentScriptGzip: 12 * 1024,
  panelJsGzip: 180 * 1024,
  readMedianMs: 20,
  assessMs: 1,
  previewMs: 5,
  panelReadyMs: 150,
  pageLoadRatio: 1.03,
  reconcileMs: 50,
  listRenderMs: 100,
  storageBytes: 20 * 1024 * 1024,
};
const PANEL_LOADS = 20;
const PANEL_CLICKS = 10;
const API_DELAY_MS = 300;
const READS = 20;
const PAGE_LOADS = 40;
const PANEL_OPEN_LOADS = 20;
const LIST_RENDERS = 10;

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function panelScripts() {
  const html = readFileSync(join(EXTENSION_DIR, 'sidepanel.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => join(EXTENSION_DIR, m[1]));
  return [...new Set(refs)];
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const results = [];
const report = (name, value, unit, budget) => {
  const verdict =
    budget === undefined ? '' : value <= budget ? `ok (budget ${budget} ${unit})` : `OVER BUDGET (${budget} ${unit})`;
  results.push({ name, kind: 'budget', ok: budget === undefined || value <= budget });
  console.log(`${name.padEnd(58)} ${String(value).padStart(9)} ${unit.padEnd(6)} ${verdict}`);
};
// For figures that must reach a floor (precision, recall).
const reportAtLeast = (name, value, floor) => {
  const ok = value >= floor;
  results.push({ name, kind: 'target', ok });
  console.log(
    `${name.padEnd(58)} ${String(value).padStart(9)}        ${ok ? `ok (at least ${floor})` : `BELOW TARGET (${floor})`}`,
  );
};

const micro = JSON.parse(readFileSync('bench/results/micro.json', 'utf8'));
const followup = JSON.parse(readFileSync('bench/results/followup.json', 'utf8'));
const patterns = JSON.parse(readFileSync('bench/results/patterns.json', 'utf8'));
report('assess() over a full draft, median', Number(micro.assessFullDraftMs.toFixed(4)), 'ms', BUDGETS.assessMs);
report(
  'brief preview render, slowest format, median',
  Number(micro.previewRenderMs.toFixed(4)),
  'ms',
  BUDGETS.previewMs,
);

report(
  'follow-up reconcile, 2,000 open: schedule parse + schedule (Node), median',
  Number(followup.reconcile2000Ms.toFixed(2)),
  'ms',
);
report('  parsing the record index instead, for comparison', Number(followup.recordIndexParse2000Ms.toFixed(2)), 'ms');
report('storage for 2,000 escalations', followup.storageBytes2000, 'bytes', BUDGETS.storageBytes);

report(
  'similar issues: one draft against 10,000 escalations, median',
  Number(patterns.query10kMs.toFixed(2)),
  'ms',
  30,
);
report(
  `  the same with each escalation linked by an agent to another (${patterns.matchesFound} matches become ${patterns.matchesFoundLinked})`,
  Number(patterns.query10kLinkedMs.toFixed(2)),
  'ms',
  30,
);
report('  pattern index heap at 10,000', Number(patterns.indexHeapMB.toFixed(1)), 'MB', 30);
report(
  `  the same, 10,000 agent-written escalations (${patterns.writtenWordsPerEscalation.toFixed(0)} distinct words each)`,
  Number(patterns.writtenHeapMB.toFixed(1)),
  'MB',
  30,
);
report('  library of 10,000 built in the panel (once)', Number(patterns.libraryBuild10kMs.toFixed(0)), 'ms');
report(
  `patterns tab: clusters of 2,000 open escalations, median (${patterns.clusters} clusters)`,
  Number(patterns.cluster2000Ms.toFixed(0)),
  'ms',
);
reportAtLeast(
  `  tuning pairs (${patterns.pairs}): precision at ${patterns.threshold}`,
  Number(patterns.precision.toFixed(3)),
  0.9,
);
reportAtLeast(
  `  tuning pairs (${patterns.pairs}): recall at ${patterns.threshold}`,
  Number(patterns.recall.toFixed(3)),
  0.8,
);
report(
  `  tuning pairs: repeats shown, as a match or possibly related (from ${patterns.possibleThreshold})`,
  Number(patterns.tuningShownRecall.toFixed(3)),
  '',
);
// Written independently: how the matcher does on issues it was not built from. c: a customer's words against
// an engineer's root cause, across many products; d to h: two agents' escalations of one product, as the
// panel compares them (eight products each, none shared); i and j: two customers' reports of one issue across
// many products. c to h guided how shared words are counted and were used to judge vocabulary; i and j were
// only measured, before and after; k and l (developer tools, travel, insurance, smart home, …) were written
// after all of it and measured once.
for (const [name, set] of [
  ['c', patterns.holdoutC],
  ['d', patterns.holdoutD],
  ['e', patterns.holdoutE],
  ['f', patterns.holdoutF],
  ['g', patterns.holdoutG],
  ['h', patterns.holdoutH],
  ['i', patterns.holdoutI],
  ['j', patterns.holdoutJ],
  ['k', patterns.holdoutK],
  ['l', patterns.holdoutL],
]) {
  reportAtLeast(`  held-out pairs ${name} (${set.pairs}): precision`, Number(set.precision.toFixed(3)), 0.9);
  reportAtLeast(`  held-out pairs ${name} (${set.pairs}): recall`, Number(set.recall.toFixed(3)), 0.8);
  report(`  held-out pairs ${name}: repeats shown, with possibly related`, Number(set.shownRecall.toFixed(3)), '');
}

// Nothing sits on helpdesk pages: the reader for the page's helpdesk is injected when the panel asks.
// The budget applies to what one page receives; the sum of all readers is shown for comparison.
const readerFiles = readdirSync(EXTENSION_DIR)
  .filter((f) => /^read-[a-z]+\.js$/.test(f))
  .map((f) => ({ id: f.slice(5, -3), bytes: gz(join(EXTENSION_DIR, f)) }));
const largest = readerFiles.reduce((a, b) => (b.bytes > a.bytes ? b : a));
report(
  `injected reader, largest of ${readerFiles.length} (${largest.id}), min+gzip`,
  largest.bytes,
  'bytes',
  BUDGETS.contentScriptGzip,
);
report(
  `  all ${readerFiles.length} readers together, min+gzip`,
  readerFiles.reduce((n, r) => n + r.bytes, 0),
  'bytes',
);
const panel = panelScripts();
report(
  `side panel JS, min+gzip (${panel.length} files)`,
  panel.reduce((n, f) => n + gz(f), 0),
  'bytes',
  BUDGETS.panelJsGzip,
);
// Chunks the panel imports after its first paint (the steps after Triage, the similar escalations and their
// matcher, the Escalations tab): not part of the budget above.
const lazy = [
  ...new Set(
    panel.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/import\(`\.\/([^`]+\.js)`\)/g)].map((m) => m[1])),
  ),
].map((name) => join(EXTENSION_DIR, 'chunks', name));
// The matcher is loaded with import(): none found means the build changed shape, not that it vanished.
if (!lazy.length) throw new Error('No chunk imported after first paint found in the side panel scripts');
report(
  `  loaded after first paint (${lazy.length} files)`,
  lazy.reduce((n, f) => n + gz(f), 0),
  'bytes',
);
report('background worker, min+gzip', gz(join(EXTENSION_DIR, 'background.js')), 'bytes');

// One generated 300-message ticket per helpdesk, in the markup its reader reads (scripts/pages/<id>.mjs).
const longPages = {};
for (const file of readdirSync('scripts/pages').filter((f) => f.endsWith('.mjs'))) {
  const { longTicket } = await import(`../scripts/pages/${file}`);
  longPages[file.slice(0, -4)] = longTicket(300);
}
const server = await startFixtureServer({
  api: 'forbidden',
  pages: Object.fromEntries(Object.values(longPages).map((p) => [p.url, p.html])),
});
const h = await launch(server.hostResolverRule);
try {
  let page;
  let tabId;
  for (const [helpdesk, long] of Object.entries(longPages)) {
    ({ tabId } = await openTicket(h, long.url));
    page ??= await openPanel(h, tabId);
    const timings = await page.evaluate(
      async ({ tabId, reads }) => {
        const out = [];
        for (let i = 0; i <= reads; i++) {
          const answer = await chrome.runtime.sendMessage({ type: 'read-ticket', tabId });
          if (!answer?.ok) throw new Error(`read failed: ${JSON.stringify(answer)}`);
          const n = answer.ticket.messages?.length;
          if (n < 300 || answer.ticket.source !== 'dom')
            throw new Error(`read ${n} messages from ${answer.ticket.source}`);
          if (i > 0) out.push(answer.readMs);
        }
        return out;
      },
      { tabId, reads: READS },
    );
    report(
      `${helpdesk}: read 300-message ticket from the page, median of ${READS}`,
      Number(median(timings).toFixed(2)),
      'ms',
      BUDGETS.readMedianMs,
    );
  }
  // The Escalations list with 2,000 open escalations: from the click to the rows on screen (filtered,
  // sorted, the first 100 drawn; the rest are a click away).
  const seeded = JSON.parse(readFileSync('bench/results/records-2000.json', 'utf8'));
  await page.evaluate(
    (list) => chrome.storage.local.set(Object.fromEntries(list.map((r) => [`record:${r.id}`, r]))),
    seeded,
  );
  const renders = [];
  await page.bringToFront();
  for (let i = 0; i <= LIST_RENDERS; i++) {
    await page.reload();
    await page.getByRole('button', { name: 'Escalations' }).waitFor();
    // The panel reads the index once idle; an agent does not switch tabs within the first second.
    await page.waitForTimeout(1000);
    const ms = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent === 'Escalations');
      const start = performance.now();
      button.click();
      while (document.querySelectorAll('[aria-label="Escalation list"] li').length < 100) {
        await new Promise((r) => setTimeout(r, 1));
      }
      return performance.now() - start;
    });
    if (i > 0) renders.push(ms);
  }
  // Read from a page that reads nothing else meanwhile, as the worker does when it wakes: the panel, just
  // reloaded, reads its 2,000 escalations for similar-issue matching a batch at a time, and those reads
  // would queue ahead of these.
  await page.goto(page.url().replace(/sidepanel\.html.*$/, 'options.html'));
  await page.getByRole('heading').first().waitFor();
  const storageReads = (key) =>
    page.evaluate(async (k) => {
      const out = [];
      for (let i = 0; i < 10; i++) {
        const start = performance.now();
        const got = await chrome.storage.local.get(k);
        if (!got[k]) throw new Error(`${k} is not stored`);
        out.push(performance.now() - start);
      }
      return out;
    }, key);
  const indexReads = await storageReads('index:records');
  const scheduleReads = await storageReads('index:schedule');
  report(
    '  read the 2,000-row record index from storage (the list), median',
    Number(median(indexReads).toFixed(1)),
    'ms',
  );
  // A wake of the worker: the schedule index read back, then parsed and scheduled (measured in Node).
  report(
    'follow-up reconcile, 2,000 open, in Chromium: schedule read + parse + schedule',
    Number((median(scheduleReads) + followup.reconcile2000Ms).toFixed(1)),
    'ms',
    BUDGETS.reconcileMs,
  );
  report('  of which the schedule index read from storage, median', Number(median(scheduleReads).toFixed(1)), 'ms');
  report(
    `Escalations list of 2,000 open, click to rows, median of ${LIST_RENDERS}`,
    Number(median(renders).toFixed(1)),
    'ms',
    BUDGETS.listRenderMs,
  );
  await page.evaluate(() => chrome.storage.local.clear());

  ({ tabId } = await openTicket(h, server.ticketUrl(TICKETS.long)));
  await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);

  // Navigation start to a usable panel: the draft prefilled from the ticket is in the form.
  const ready = [];
  const panelUrl = `chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`;
  for (let i = 0; i <= PANEL_LOADS; i++) {
    await page.goto(panelUrl);
    const at = await page.waitForFunction(
      () => document.querySelector('input[name="summary"]')?.value && performance.now(),
      undefined,
      { polling: 'raf' },
    );
    if (i > 0) ready.push(await at.jsonValue());
  }
  report(
    `side panel navigation to prefilled draft, median of ${PANEL_LOADS}`,
    Number(median(ready).toFixed(1)),
    'ms',
    BUDGETS.panelReadyMs,
  );

  // What the agent waits for: the toolbar button clicked on the ticket to the prefilled draft in the side
  // panel that opens, with the helpdesk API answering in 300 ms as one across the internet does (the click
  // starts the ticket read while the browser loads the panel).
  server.state.api = 'ok';
  server.state.apiDelayMs = API_DELAY_MS;
  const apiTicket = await openTicket(h, server.ticketUrl(TICKETS.main));
  const clicks = [];
  for (let i = 0; i <= PANEL_CLICKS; i++) {
    const side = await clickToolbarButton(h, apiTicket.page);
    const readyAt = await side.waitFor(
      `document.querySelector('input[name="summary"]')?.value && performance.timeOrigin + performance.now()`,
    );
    if (i > 0) clicks.push(readyAt - side.clickedAt);
    await side.close();
  }
  server.state.api = 'forbidden';
  server.state.apiDelayMs = 0;
  report(
    `  toolbar click to prefilled draft in the side panel, API answering in ${API_DELAY_MS} ms, median of ${PANEL_CLICKS}`,
    Number(median(clicks).toFixed(1)),
    'ms',
  );

  // The helpdesk page's own load, with the extension installed and without: nothing of ours runs there
  // until the panel asks, so the ratio should stay at 1. Loads alternate between the two browsers.
  const plain = await chromium.launch({ executablePath: CHROMIUM, args: browserArgs(server.hostResolverRule) });
  try {
    const bare = await plain.newPage();
    const withExt = await h.context.newPage();
    // One page in each browser: the panel and ticket tabs left open by the measures above would compete
    // with the load on the machine's cores, a cost of an open tab, not of the extension on the page.
    for (const open of h.context.pages()) if (open !== withExt) await open.close();
    const loadMs = async (p) => {
      await p.goto(server.ticketUrl(TICKETS.long), { waitUntil: 'load' });
      return p.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    };
    // Each load with the extension is paired with the load without it that follows, and the median of the
    // pairs' ratios is reported: a moment of load on the machine then slows both sides of a pair alike.
    const paired = async (withPage, loads) => {
      const times = [];
      const ratios = [];
      for (let i = 0; i <= loads; i++) {
        const a = await loadMs(withPage);
        const b = await loadMs(bare);
        if (i > 0) {
          times.push(a);
          ratios.push(a / b);
        }
      }
      return { ratio: Number(median(ratios).toFixed(3)), ms: Number(median(times).toFixed(1)) };
    };
    const alone = await paired(withExt, PAGE_LOADS);
    report(
      `helpdesk page load with/without extension, median of ${PAGE_LOADS} paired loads`,
      alone.ratio,
      'ratio',
      BUDGETS.pageLoadRatio,
    );
    report('  (with the extension, median)', alone.ms, 'ms');
    // As an agent works: the side panel open on the tab that loads, and a second page in the browser without
    // the extension, so each has two. Informational: a tab the panel has read is one Chromium has run an
    // extension's script in, and it loads a few per cent slower after that, whatever the extension does.
    const { page: ticket, tabId: bound } = await openTicket(h, server.ticketUrl(TICKETS.long));
    await withExt.close();
    const side = await openPanel(h, bound);
    await plain.newPage();
    // Steady state: the panel has read the ticket and built its matcher (both right after it opens).
    await side.waitForTimeout(3000);
    const beside = await paired(ticket, PANEL_OPEN_LOADS);
    report(`  the same with the side panel open on that tab, median of ${PANEL_OPEN_LOADS}`, beside.ratio, 'ratio');
  } finally {
    await plain.close();
  }
} finally {
  await close(h);
  await server.close();
}

// Speed and size budgets and the matching-quality targets fail apart, so an unmet quality target (issue 7)
// cannot hide a budget a change broke: exit 1 for a budget, 2 for quality targets alone.
const over = results.filter((r) => !r.ok && r.kind === 'budget');
const below = results.filter((r) => !r.ok && r.kind === 'target');
console.log(over.length ? `\n${over.length} measurement(s) over budget.` : '\nAll measurements within budget.');
if (below.length) console.log(`${below.length} matching-quality figure(s) below target.`);
process.exitCode = over.length ? 1 : below.length ? 2 : 0;
