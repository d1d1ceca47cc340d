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
// On a site the extension may not read the browser hides the tab's URL: then it is the newest such tab.
export async function tabIdFor(h, url) {
  const probe = await h.context.newPage();
  await probe.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=0`);
  const ids = await probe.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
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
