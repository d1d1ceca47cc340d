import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { refusedAsBrowserPage } from '../helpdesks/browser-pages';
import { readPlan } from '../helpdesks/registry';
import { type ReadTicketResult, ReadTicketResult as ReadTicketResultSchema } from '../messages/panel';
import { loadSettings } from './settings-store';

const NO_ACCESS = /cannot access|permission|cannot be scripted|missing host/i;

// The reader is injected into the tab only when the panel asks, so nothing of ours runs on helpdesk
// pages in between. The browser lets us see the tab's address and inject into it only where we hold a
// host permission (the helpdesks, custom domains the agent added) or the agent just clicked our icon.
export async function readTicketInTab(tabId: number, clicked = false): Promise<ReadTicketResult> {
  let url: URL;
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url) return await whyHidden(tabId, clicked);
    url = new URL(tab.url);
  } catch (error) {
    return { ok: false, reason: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  const plan = readPlan(url, (await loadSettings()).customDomains);
  if ('reason' in plan) return { ok: false, reason: plan.reason };
  let answer: unknown;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: [plan.script as ScriptPublicPath],
    });
    answer = injection?.result;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const reason = refusedAsBrowserPage(detail) ? 'browser-page' : NO_ACCESS.test(detail) ? 'no-access' : 'unreachable';
    return { ok: false, reason, detail };
  }
  const parsed = ReadTicketResultSchema.safeParse(answer);
  return parsed.success ? parsed.data : { ok: false, reason: 'invalid', detail: parsed.error.issues[0]?.message };
}

// A tab whose address the browser hides: a site not allowed yet, or a page no extension may read. Right
// after a click on the toolbar icon (`clicked`, which lets the extension see any page it may read: activeTab)
// it can only be the second, such as about:blank. Otherwise, asked to run nothing in the tab, the browser's
// refusal names a chrome:// page or another extension's; it reads nothing of the page.
async function whyHidden(tabId: number, clicked: boolean): Promise<ReadTicketResult> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, func: () => undefined });
    return { ok: false, reason: 'no-access' };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: clicked || refusedAsBrowserPage(detail) ? 'browser-page' : 'no-access', detail };
  }
}
