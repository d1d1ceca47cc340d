import { draftKey } from '../escalation/draft-key';
import type { HelpdeskReader } from './types';
import { zendesk } from './zendesk';

const READERS: readonly HelpdeskReader[] = [zendesk];

// The pages the extension reads (content script matches, host permissions, context menu).
export const HELPDESK_MATCHES = ['https://*.zendesk.com/*'];

export function readerFor(url: URL): HelpdeskReader | undefined {
  return READERS.find((r) => r.match(url));
}

// The draft key of the ticket a URL shows, or undefined when it is not a ticket we read.
export function ticketKeyAt(url: string): { key: string; ticketId: string } | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const reader = readerFor(parsed);
  const ticketId = reader?.match(parsed)?.ticketId;
  return reader && ticketId ? { key: draftKey({ helpdesk: reader.id, ticketId }), ticketId } : undefined;
}
