// Headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser) with the built extension
// and the test-only clipboard reader loaded, resolving the fixture helpdesk to loopback.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const READER_DIR = resolve('test/e2e/clipboard-reader');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Lets the browser tests see the service worker's own requests too (Playwright reports them on the context).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS ??= '1';

async function idOf(context, script) {
  const matches = (w) => w.url().endsWith(`/${script}`);
  const worker =
    context.serviceWorkers().find(matches) ?? (await context.waitForEvent('serviceworker', { predicate: matches }));
  return new URL(worker.url()).host;
}

// The flags every run needs here: no sandbox as root, and no background connections to Google's hosts.
export function browserArgs(hostResolverRule) {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-gpu',
    '--disable-sync',
    `--host-resolver-rules=${hostResolverRule}`,
    '--ignore-certificate-errors',
    // Lets a test click the toolbar button (CDP's Extensions.triggerAction, over Playwright's pipe).
    '--enable-unsafe-extension-debugging',
  ];
}

export async function launch(hostResolverRule, userDataDir = mkdtempSync(join(tmpdir(), 'eb-profile-'))) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      ...browserArgs(hostResolverRule),
      `--disable-extensions-except=${EXTENSION_DIR},${READER_DIR}`,
      `--load-extension=${EXTENSION_DIR},${READER_DIR}`,
    ],
    viewport: { width: 420, height: 900 },
  });
  const [extensionId, readerId] = await Promise.all([idOf(context, 'background.js'), idOf(context, 'reader-sw.js')]);
  return { context, extensionId, readerId, userDataDir };
}

export async function close(h, keepProfile = false) {
  await h.context.close();
  if (!keepProfile) rmSync(h.userDataDir, { recursive: true, force: true });
}

// Several tests open the same ticket URL; the page just opened is the newest tab (tab ids only grow).
// On a site the extension may not read the browser hides the tab's URL: then it is the newest such tab
// but the probe's own (Chromium 150 hides the URL of the extension's own tab too, without "tabs").
export async function tabIdFor(h, url) {
  const probe = await h.context.newPage();
  await probe.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=0`);
  const ids = await probe.evaluate(async (u) => {
    const own = (await chrome.tabs.getCurrent())?.id;
    const tabs = (await chrome.tabs.query({})).filter((t) => t.id !== own);
    const same = tabs.filter((t) => t.url === u);
    return (same.length ? same : tabs.filter((t) => t.url === undefined)).map((t) => t.id);
  }, url);
  await probe.close();
  if (!ids.length) throw new Error(`no tab with ${url}`);
  return Math.max(...ids);
}

// Through an extension page: the service worker may be asleep and absent from the worker list.
export async function clearExtensionStorage(h) {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/offscreen.html`);
  await page.evaluate(() => chrome.storage.local.clear());
  await page.close();
}

export async function openTicket(h, url) {
  const page = await h.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdFor(h, url) };
}

export async function openPanel(h, tabId) {
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

export async function readClipboard(h) {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.readerId}/paste.html`);
  const result = await page.evaluate(() => window.readClipboard());
  await page.close();
  return result;
}

// The toolbar button clicked on a tab, as the agent does: Chromium opens the real side panel beside it, with
// the click's user gesture (activeTab). Playwright does not list side panels as pages, so the panel is
// driven over CDP: evaluate() runs an expression in it and returns its value.
export async function clickToolbarButton(h, page) {
  // The agent clicks on the tab in front, which the panel then reads; a test's page may be behind another.
  await page.bringToFront();
  const cdp = await h.context.browser().newBrowserCDPSession();
  const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.findLast((t) => t.url === page.url());
  if (!tab) throw new Error(`no tab target for ${page.url()}`);
  const clickedAt = Date.now();
  await cdp.send('Extensions.triggerAction', { id: h.extensionId, targetId: tab.targetId });
  const panelUrl = `chrome-extension://${h.extensionId}/sidepanel.html`;
  let target;
  for (let waited = 0; !target; waited += 10) {
    if (waited > 10_000) throw new Error('the side panel did not open');
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.type === 'page' && t.url.startsWith(panelUrl));
    if (!target) await new Promise((r) => setTimeout(r, 10));
  }
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const replies = new Map();
  let next = 0;
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const reply = JSON.parse(e.message);
    replies.get(reply.id)?.(reply);
    replies.delete(reply.id);
  });
  const evaluate = (expression) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      replies.set(id, (reply) => {
        const details = reply.result?.exceptionDetails ?? reply.error;
        if (details) reject(new Error(`in the side panel: ${JSON.stringify(details).slice(0, 500)}`));
        else resolve(reply.result.result.value);
      });
      const params = { expression, returnByValue: true, awaitPromise: true };
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
        })
        .catch(reject);
    });
  const waitFor = async (expression, timeoutMs = 10_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await evaluate(expression);
      if (value) return value;
      if (Date.now() > until) throw new Error(`timed out in the side panel waiting for ${expression}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  // A side panel closes itself with window.close(); once it is gone, the next click opens a new one.
  const close = async () => {
    await evaluate('window.close(), true').catch(() => {});
    for (let waited = 0; waited < 5_000; waited += 10) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      if (!targetInfos.some((t) => t.targetId === target.targetId)) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await cdp.detach();
  };
  return { clickedAt, evaluate, waitFor, close };
}
