// Which name is the customer's, wherever an escalation names its customer: the brief's impact, the similar
// issues and which customer each counts as. A field cleared to spaces names no one.

interface CustomerFields {
  customer?: { name?: string; account?: string };
  ticket?: { organization?: string };
}

/** The customer's company: the account as the agent corrected it in Impact, else the helpdesk's organization. */
export function accountOf(e: CustomerFields): string {
  return e.customer?.account?.trim() || e.ticket?.organization?.trim() || '';
}

/** Who the customer is: their company (accountOf), else the requester's name; '' when neither is known. */
export function customerOf(e: CustomerFields): string {
  return accountOf(e) || e.customer?.name?.trim() || '';
}
