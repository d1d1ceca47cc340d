import type { TicketContext } from '../escalation/model';

// The number agents say and search for, where the helpdesk's id in the address is another one: a Salesforce
// case's number (00001031, not 500Hu00001Lx9QpIAJ), a Help Scout conversation's (#19839, not its id).
const SHOWN_NUMBER: Partial<Record<TicketContext['helpdesk'], string>> = {
  salesforce: 'caseNumber',
  helpscout: 'number',
};

/** Whether the id in a ticket's address is the number agents know it by. */
export const addressShowsNumber = (helpdesk: TicketContext['helpdesk']): boolean => !SHOWN_NUMBER[helpdesk];

export function ticketNumber(
  ticket: Pick<TicketContext, 'helpdesk' | 'ticketId' | 'customFields'>,
): string | undefined {
  const field = SHOWN_NUMBER[ticket.helpdesk];
  return (field && ticket.customFields?.[field]) || ticket.ticketId;
}
