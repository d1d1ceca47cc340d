import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { readPlan } from '../helpdesks/registry';
import { type ReadTicketResult, ReadTicketResult as ReadTicketResultSchema } from '../messages/panel';
import { loadSettings } from './settings-store';

const NO_ACCESS = /cannot access|permission|cannot be scripted|missing host/i;

// The reader is injected into the tab only when the panel asks, so nothing of ours runs on helpdesk
// pages in between. The browser lets us see the tab's address and inject into it only where we hold a
// host permission (the helpdesks, custom domains the agent added) or the agent just clicked our icon.
export async function readTicketInTab(tabId: number): Promise<ReadTicketResult> {
  let url: URL;
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.url) return { ok: false, reason: 'no-access' };
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
    return { ok: false, reason: NO_ACCESS.test(detail) ? 'no-access' : 'unreachable', detail };
  }
  const parsed = ReadTicketResultSchema.safeParse(answer);
  return parsed.success ? parsed.data : { ok: false, reason: 'invalid', detail: parsed.error.issues[0]?.message };
}
