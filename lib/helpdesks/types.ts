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

export interface HelpdeskReader {
  id: Helpdesk;
  match(url: URL): TicketMatch | null;
  read(doc: Document, url: URL, fetchFn?: FetchLike): Promise<TicketContext>;
}

export const API_TIMEOUT_MS = 3000;
