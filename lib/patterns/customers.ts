// Which tickets of a group (a draft and its matches, a cluster) are one customer's, and what to call each
// customer. Tickets are one customer's by the same account, else by the same requester domain (the same
// address at a mail service anyone signs up to; see input.ts). A ticket that names its organization and
// has a requester's address says who that address is: a ticket with only an address there is that
// organization's, as long as no ticket of the group ties the address to another organization (a
// reseller writing for several of its clients). Organizations are never joined to one another. Pure.
import { shown } from './shown';

export interface CustomerTicket {
  customerKey: string | undefined;
  requesterKey: string | undefined;
  /** How the ticket names its customer (its account, else the requester's name, else their address). */
  customerName: string;
}

export interface Customers {
  /** The customer a ticket of the group counts as; undefined when it is not known. */
  of(ticket: CustomerTicket): string | undefined;
  /** What to call a customer `of` returned: a name, an address or a domain, never the key. */
  name(customer: string): string;
}

// Its customer key is the organization's, not the requester's.
const namesOrganization = (t: CustomerTicket) => t.customerKey !== undefined && t.customerKey !== t.requesterKey;
// The part of a key a person reads: the domain of `domain:acme.example`.
const plain = (key: string) => shown(key.slice(key.indexOf(':') + 1));

export function customersIn(group: readonly CustomerTicket[]): Customers {
  const organizationsAt = new Map<string, Set<string>>();
  for (const t of group) {
    if (!namesOrganization(t) || !t.requesterKey) continue;
    const organizations = organizationsAt.get(t.requesterKey) ?? new Set<string>();
    organizationsAt.set(t.requesterKey, organizations.add(t.customerKey as string));
  }
  const of = (t: CustomerTicket) => {
    if (!t.customerKey || namesOrganization(t)) return t.customerKey;
    const organizations = organizationsAt.get(t.customerKey);
    return organizations?.size === 1 ? (organizations.values().next().value as string) : t.customerKey;
  };
  // Each customer's names as its own tickets give them (not those it has through a tie), first seen first.
  const names = new Map<string, Map<string, string>>();
  for (const t of group) {
    const customer = of(t);
    if (!customer || customer !== t.customerKey || !t.customerName) continue;
    const seen = names.get(customer) ?? new Map<string, string>();
    const folded = t.customerName.toLowerCase();
    if (!seen.has(folded)) seen.set(folded, t.customerName);
    names.set(customer, seen);
  }
  return {
    of,
    name(customer) {
      const seen = names.get(customer);
      // Several people from one company domain are that company, not the first of them.
      if (!seen?.size || (seen.size > 1 && customer.startsWith('domain:'))) return plain(customer);
      return seen.values().next().value as string;
    },
  };
}
