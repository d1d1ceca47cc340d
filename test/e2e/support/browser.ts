import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const READER_DIR = resolve('test/e2e/clipboard-reader');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  readerId: string;
  userDataDir: string;
}

async function idOf(context: BrowserContext, script: string): Promise<string> {
  const find = () => context.serviceWorkers().find((w) => w.url().endsWith(`/${script}`));
  const worker = find() ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().endsWith(`/${script}`) }));
  return new URL(worker.url()).host;
}

export async function launch(hostResolverRule: string, userDataDir = mkdtempSync(join(tmpdir(), 'eb-profile-'))): Promise<Harness> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR},${READER_DIR}`,
      `--load-extension=${EXTENSION_DIR},${READER_DIR}`,
      `--host-resolver-rules=${hostResolverRule}`,
      '--ignore-certificate-errors',
    ],
    viewport: { width: 420, height: 900 },
  });
  const [extensionId, readerId] = await Promise.all([idOf(context, 'background.js'), idOf(context, 'reader-sw.js')]);
  return { context, extensionId, readerId, userDataDir };
}

export async function close(h: Harness, keepProfile = false): Promise<void> {
  await h.context.close();
  if (!keepProfile) rmSync(h.userDataDir, { recursive: true, force: true });
}

export async function tabIdFor(h: Harness, url: string): Promise<number> {
  const probe = await h.context.newPage();
  await probe.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=0`);
  const id = await probe.evaluate(async (u) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
    };
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  await probe.close();
  if (id === undefined) throw new Error(`no tab with ${url}`);
  return id;
}

export async function openTicket(h: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await h.context.newPage();
  await page.goto(url);
  return { page, tabId: await tabIdFor(h, url) };
}

export async function openPanel(h: Harness, tabId: number): Promise<Page> {
  const panel = await h.context.newPage();
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
  return panel;
}

export async function readClipboard(h: Harness): Promise<{ ok: boolean; text: string; html: string }> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.readerId}/paste.html`);
  const result = await page.evaluate(() => (window as unknown as { readClipboard(): { ok: boolean; text: string; html: string } }).readClipboard());
  await page.close();
  return result;
}
