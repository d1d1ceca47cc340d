import type { Helpdesk, TicketContext } from '../escalation/model';

export type FetchLike = (
  input: string,
  init?: { signal?: AbortSignal; credentials?: 'include' | 'same-origin'; headers?: Record<string, string> },
) => Promise<{
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}>;

export interface TicketMatch {
  ticketId: string;
}

export type HelpdeskId = Exclude<Helpdesk, 'generic'>;

// What the worker needs to pick a reader without loading it: the helpdesk's own hosts and its ticket
// URL shape. Kept apart from the reading code so the worker and the manifest stay small.
export interface HelpdeskSite {
  id: HelpdeskId;
  // Host globs of the helpdesk's own domains: "*.freshdesk.com" or "app.intercom.com".
  hosts: readonly string[];
  // The ticket a URL shows, from its path (or hash), whatever the host: custom domains rely on this.
  ticketIn(url: URL): TicketMatch | null;
}

export interface HelpdeskReader {
  site: HelpdeskSite;
  // Never rejects: whatever the page or API does, it resolves with what it could read. `now`, the time of
  // reading, dates what a page shows relative to it ("2h ago"); without it that stays unread.
  read(doc: Document, url: URL, fetchFn?: FetchLike, now?: Date): Promise<TicketContext>;
}

export const API_TIMEOUT_MS = 3000;
