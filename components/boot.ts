import type { ReadTicketResult } from '../lib/messages/panel';
import { type RawTabRead, requestTicketRead, takeFirstRead } from '../lib/platform/first-read';
import { loadSettings } from '../lib/platform/settings-store';
import { ticketReadFrom } from '../lib/platform/worker-client';
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

async function validated(request: Promise<RawTabRead>): Promise<TabRead> {
  const { tabId, answer } = await request;
  return { tabId, read: ticketReadFrom(await answer) };
}

export function readActiveTicket(boundTabId: number | undefined): Promise<TabRead> {
  return validated(requestTicketRead(boundTabId));
}

// Started before React renders, side by side: the ticket read (the slowest part, usually sent already by
// the page's first script), the settings and the messages of the agent's language. Awaiting them one after
// another costs the panel its start-up budget.
export function startBoot(boundTabId: number | undefined): Boot {
  const settings = loadSettings().catch(() => DEFAULT_SETTINGS);
  void settings.then((s) => preloadMessages(s.uiLocale));
  const sent = takeFirstRead();
  return { settings, firstRead: validated(sent ?? requestTicketRead(boundTabId, true)) };
}
