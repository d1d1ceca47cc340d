import type { TicketContext } from './model';

/** The key of a draft for no ticket: every such draft shares it. */
export const BLANK_DRAFT_KEY = 'blank';
/** Drafts from pages the generic reader read are keyed by the page's address after this. */
export const GENERIC_DRAFT_PREFIX = 'generic:';

// One draft per ticket, and one per page read by the generic reader (its address without the
// fragment); pages that are neither share the blank draft.
export function draftKey(
  ticket: (Pick<TicketContext, 'helpdesk' | 'ticketId'> & { url?: string }) | undefined,
): string {
  if (ticket?.ticketId) return `${ticket.helpdesk}:${ticket.ticketId}`;
  if (ticket?.helpdesk === 'generic' && ticket.url) return `${GENERIC_DRAFT_PREFIX}${ticket.url.split('#')[0]}`;
  return BLANK_DRAFT_KEY;
}
