import type { TicketContext } from './model';

/** The key of a draft for no ticket: every such draft shares it. */
export const BLANK_DRAFT_KEY = 'blank';

// One draft per ticket, and one per page read by the generic reader (its address without the
// fragment); pages that are neither share the blank draft.
export function draftKey(
  ticket: (Pick<TicketContext, 'helpdesk' | 'ticketId'> & { url?: string }) | undefined,
): string {
  if (ticket?.ticketId) return `${ticket.helpdesk}:${ticket.ticketId}`;
  if (ticket?.helpdesk === 'generic' && ticket.url) return `generic:${ticket.url.split('#')[0]}`;
  return BLANK_DRAFT_KEY;
}
