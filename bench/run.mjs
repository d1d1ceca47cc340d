// `npm run bench` (after a production build): bundle sizes and the ticket read time in real Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { close, EXTENSION_DIR, launch, openPanel, openTicket } from '../scripts/extension-browser.mjs';
import { startFixtureServer, TICKETS } from '../scripts/fixture-server.mjs';

const BUDGETS = {
  contentScriptGzip: 12 * 1024,
  panelJsGzip: 180 * 1024,
  readMedianMs: 20,
  assessMs: 1,
  previewMs: 5,
  panelReadyMs: 150,
};
const PANEL_LOADS = 20;
const READS = 20;

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
  results.push({ name, value, unit, budget, ok: budget === undefined || value <= budget });
  console.log(`${name.padEnd(48)} ${String(value).padStart(9)} ${unit.padEnd(6)} ${verdict}`);
};

const micro = JSON.parse(readFileSync('bench/results/micro.json', 'utf8'));
report('assess() over a full draft, median', Number(micro.assessFullDraftMs.toFixed(4)), 'ms', BUDGETS.assessMs);
report(
  'brief preview render, slowest format, median',
  Number(micro.previewRenderMs.toFixed(4)),
  'ms',
  BUDGETS.previewMs,
);

const contentFile = join(EXTENSION_DIR, 'content-scripts', 'helpdesk.js');
report('content script, min+gzip', gz(contentFile), 'bytes', BUDGETS.contentScriptGzip);
const panel = panelScripts();
report(
  `side panel JS, min+gzip (${panel.length} files)`,
  panel.reduce((n, f) => n + gz(f), 0),
  'bytes',
  BUDGETS.panelJsGzip,
);
report('background worker, min+gzip', gz(join(EXTENSION_DIR, 'background.js')), 'bytes');

const server = await startFixtureServer({ api: 'forbidden' });
const h = await launch(server.hostResolverRule);
try {
  const { tabId } = await openTicket(h, server.ticketUrl(TICKETS.long));
  const page = await openPanel(h, tabId);
  const timings = await page.evaluate(
    async ({ tabId, reads }) => {
      const out = [];
      for (let i = 0; i <= reads; i++) {
        const answer = await chrome.runtime.sendMessage({ type: 'read-ticket', tabId });
        if (!answer?.ok) throw new Error(`read failed: ${JSON.stringify(answer)}`);
        if (answer.ticket.messages.length !== 300 || answer.ticket.source !== 'dom') throw new Error('unexpected read');
        if (i > 0) out.push(answer.readMs);
      }
      return out;
    },
    { tabId, reads: READS },
  );
  report(
    `read 300-message ticket via DOM, median of ${READS}`,
    Number(median(timings).toFixed(2)),
    'ms',
    BUDGETS.readMedianMs,
  );
  report('  (same, slowest)', Number(Math.max(...timings).toFixed(2)), 'ms');

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
} finally {
  await close(h);
  await server.close();
}

const over = results.filter((r) => !r.ok);
console.log(over.length ? `\n${over.length} measurement(s) over budget.` : '\nAll measurements within budget.');
process.exitCode = over.length ? 1 : 0;
