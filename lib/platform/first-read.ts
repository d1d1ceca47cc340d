import type { browser as Api } from 'wxt/browser';
import type { PanelRequest } from '../messages/panel';

/** The tab a panel reads, and the worker's answer as it came (the panel validates it). */
export interface RawTabRead {
  tabId?: number;
  answer: Promise<unknown>;
}

// The browser's own API object, not the polyfill: this module is most of the script that loads before
// the panel's bundle, and both browsers' Manifest V3 APIs return promises for the two calls it makes.
function nativeApi(): typeof Api {
  const scope = globalThis as { browser?: typeof Api; chrome?: typeof Api };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as typeof Api;
}

/** The tab a panel was opened for (`?tab=` of its address), if any. */
export function boundTab(search: string): number | undefined {
  const tab = new URLSearchParams(search).get('tab');
  return tab && /^\d+$/.test(tab) ? Number(tab) : undefined;
}

// The panel's tab: the one it was opened for, else the active tab of its window.
export async function requestTicketRead(boundTabId: number | undefined, opening = false): Promise<RawTabRead> {
  const api = nativeApi();
  const tabId = boundTabId ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { answer: Promise.resolve({ ok: false, reason: 'unreachable' }) };
  const answer = api.runtime
    .sendMessage({ type: 'read-ticket', tabId, opening } satisfies PanelRequest)
    .catch((error: unknown) => ({
      ok: false,
      reason: 'failed',
      detail: error instanceof Error ? error.message : String(error),
    }));
  return { tabId, answer };
}

// Reading the ticket is the slowest step of opening the panel, and about as slow as the browser's
// evaluation of the panel's bundle. A small classic script (entrypoints/panel-first-read.ts) sends the
// request before that evaluation starts; the panel takes it when it starts. The two scripts share no
// module, so the request waits on the page's global object.
const FIRST_READ = '__escalationBriefFirstRead';
type FirstReadHolder = { [FIRST_READ]?: Promise<RawTabRead> };

export function startFirstRead(): void {
  (globalThis as FirstReadHolder)[FIRST_READ] = requestTicketRead(boundTab(location.search), true);
}

export function takeFirstRead(): Promise<RawTabRead> | undefined {
  const holder = globalThis as FirstReadHolder;
  const taken = holder[FIRST_READ];
  delete holder[FIRST_READ];
  return taken;
}
