import type { TicketContext } from '../escalation/model';

// The number agents say and search for, where the helpdesk's id in the address is another one: a Salesforce
// case's number (00001031, not 500Hu00001Lx9QpIAJ), a Help Scout conversation's (#19839, not its id), a Zoho
// Desk ticket's (#4821, not 705423000012345017).
const SHOWN_NUMBER: Partial<Record<TicketContext['helpdesk'], string>> = {
  salesforce: 'caseNumber',
  helpscout: 'number',
  zoho: 'ticketNumber',
};

// Helpdesks whose address holds the number agents know a ticket by; the others' hold an internal id
// (Salesforce 500…, Help Scout's conversation id, Front's cnv_…, Zoho's record id).
const NUMBER_IN_ADDRESS = new Set<TicketContext['helpdesk']>([
  'zendesk',
  'freshdesk',
  'jira',
  'gorgias',
  'intercom',
  'hubspot',
]);

/** Whether the id in a ticket's address is the number agents know it by. */
export const addressShowsNumber = (helpdesk: TicketContext['helpdesk']): boolean => NUMBER_IN_ADDRESS.has(helpdesk);

export function ticketNumber(
  ticket: Pick<TicketContext, 'helpdesk' | 'ticketId' | 'customFields'>,
): string | undefined {
  const field = SHOWN_NUMBER[ticket.helpdesk];
  return (field && ticket.customFields?.[field]) || ticket.ticketId;
}
