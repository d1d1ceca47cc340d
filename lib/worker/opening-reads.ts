import type { ReadTicketResult } from '../messages/panel';

// A click on the toolbar button opens the panel and starts reading the tab at once, so the read runs while
// the browser loads the panel instead of after it. The panel's first read as it opens takes that read;
// any later one (Re-read ticket, another tab) reads the page as it is then.
const FRESH_MS = 5_000;

export interface OpeningReads {
  start(tabId: number, read: () => Promise<ReadTicketResult>): void;
  /** The read the click started for this tab, if it is fresh; it answers one request only. */
  take(tabId: number): Promise<ReadTicketResult> | undefined;
}

export function openingReads(now: () => number): OpeningReads {
  const started = new Map<number, { at: number; read: Promise<ReadTicketResult> }>();
  const forgetStale = () => {
    for (const [tabId, { at }] of started) if (now() - at > FRESH_MS) started.delete(tabId);
  };
  return {
    start(tabId, read) {
      forgetStale();
      started.set(tabId, { at: now(), read: read() });
    },
    take(tabId) {
      forgetStale();
      const entry = started.get(tabId);
      started.delete(tabId);
      return entry?.read;
    },
  };
}
