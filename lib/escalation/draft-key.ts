import { recordId18 } from '../helpdesks/salesforce-id';
import type { TicketContext } from './model';

/** The key of a draft for no ticket: every such draft shares it. */
export const BLANK_DRAFT_KEY = 'blank';
/** Drafts from pages the generic reader read are keyed by the page's address after this. */
export const GENERIC_DRAFT_PREFIX = 'generic:';

/**
 * Whether a draft's key names one ticket: a draft for no ticket does not, nor one from a page the generic
 * reader read (a status page or a list is no ticket: several issues may start there).
 */
export const isTicketKey = (key: string): boolean => key !== BLANK_DRAFT_KEY && !key.startsWith(GENERIC_DRAFT_PREFIX);

// These helpdesks number tickets per account: acme.zendesk.com and globex.zendesk.com both have a ticket
// 4821, two Atlassian sites both an SUP-12. Their keys name the account's host. The others' ids are unique
// across accounts (Salesforce, Help Scout, Front, HubSpot, Intercom, Zoho).
const PER_ACCOUNT = new Set(['zendesk', 'freshdesk', 'jira', 'gorgias']);

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

// One draft per ticket, and one per page read by the generic reader (its address without the
// fragment); pages that are neither share the blank draft.
export function draftKey(
  ticket: (Pick<TicketContext, 'helpdesk' | 'ticketId'> & { url?: string }) | undefined,
): string {
  if (ticket?.ticketId) {
    const host = PER_ACCOUNT.has(ticket.helpdesk) ? hostOf(ticket.url) : undefined;
    return host ? `${ticket.helpdesk}:${host}:${ticket.ticketId}` : `${ticket.helpdesk}:${ticket.ticketId}`;
  }
  if (ticket?.helpdesk === 'generic' && ticket.url) return `${GENERIC_DRAFT_PREFIX}${ticket.url.split('#')[0]}`;
  return BLANK_DRAFT_KEY;
}

const SALESFORCE_15 = /^salesforce:([A-Za-z0-9]{15})$/;
const SALESFORCE_18 = /^salesforce:([A-Za-z0-9]{18})$/;
const LEGACY_PER_ACCOUNT = /^([a-z]+):([^:]+)$/;
const PER_ACCOUNT_KEY = /^([a-z]+):([^:]+):([^:]+)$/;

/**
 * A key as an earlier release wrote it, as this one writes it: a Salesforce id in its 18-character form,
 * the account's host (from the ticket's address) in a per-account helpdesk's key.
 */
export function canonicalTicketKey(key: string, ticketUrl?: string): string {
  const sf = SALESFORCE_15.exec(key)?.[1];
  if (sf) return `salesforce:${recordId18(sf)}`;
  const [, helpdesk = '', ticketId = ''] = LEGACY_PER_ACCOUNT.exec(key) ?? [];
  const host = PER_ACCOUNT.has(helpdesk) ? hostOf(ticketUrl) : undefined;
  return host ? `${helpdesk}:${host}:${ticketId}` : key;
}

/** The key a draft of this ticket was kept under before, if it was another. */
export function legacyTicketKey(key: string): string | undefined {
  const sf = SALESFORCE_18.exec(key)?.[1];
  if (sf) return recordId18(sf.slice(0, 15)) === sf ? `salesforce:${sf.slice(0, 15)}` : undefined;
  const [, helpdesk = '', , ticketId] = PER_ACCOUNT_KEY.exec(key) ?? [];
  return PER_ACCOUNT.has(helpdesk) && ticketId ? `${helpdesk}:${ticketId}` : undefined;
}
