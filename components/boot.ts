import type { ReadTicketResult } from '../lib/messages/panel';
import { activeTabId } from '../lib/platform/panel';
import { loadSettings } from '../lib/platform/settings-store';
import { readTicket } from '../lib/platform/worker-client';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/model';
import { preloadMessages } from './i18n';

export interface TabRead {
  tabId?: number;
  read: ReadTicketResult;
}

export interface Boot {
  settings: Promise<Settings>;
  firstRead: Promise<TabRead>;
}

// The panel's tab: the one it was opened for (?tab=), else the active tab of its window.
export async function readActiveTicket(boundTabId: number | undefined): Promise<TabRead> {
  const tabId = boundTabId ?? (await activeTabId());
  return { tabId, read: tabId === undefined ? { ok: false, reason: 'unreachable' } : await readTicket(tabId) };
}

// Started before React renders, side by side: the ticket read (the slowest part), the settings and the
// messages of the agent's language. Awaiting them one after another costs the panel its start-up budget.
export function startBoot(boundTabId: number | undefined): Boot {
  const settings = loadSettings().catch(() => DEFAULT_SETTINGS);
  void settings.then((s) => preloadMessages(s.uiLocale));
  return { settings, firstRead: readActiveTicket(boundTabId) };
}
