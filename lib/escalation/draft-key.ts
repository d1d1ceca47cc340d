import type { TicketContext } from './model';

// One draft per ticket; pages that are not a ticket share the blank draft.
export function draftKey(ticket: Pick<TicketContext, 'helpdesk' | 'ticketId'> | undefined): string {
  return ticket?.ticketId ? `${ticket.helpdesk}:${ticket.ticketId}` : 'blank';
}
