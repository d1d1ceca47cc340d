import type { IndexRow } from '../escalation/migrate';
import { z } from '../zod';
import { isOpen } from './status';

/**
 * The open escalations of each ticket, by id: what the panel reads to say a ticket is already escalated.
 * The record index says it too, but at 10,000 records it is megabytes, and reading it as the panel opens
 * held up the similar-issue reading queued behind it by about two seconds.
 */
export const OpenTickets = z.object({ version: z.literal(1), byTicket: z.record(z.string(), z.array(z.string())) });
export type OpenTickets = z.infer<typeof OpenTickets>;

// Every open escalation is listed, also one whose draft named no ticket (the panel asks for none of those):
// the worker checks the list against the schedule's count of open escalations.
export function openTicketsOf(rows: Iterable<readonly [string, Pick<IndexRow, 'key' | 'status'>]>): OpenTickets {
  const byTicket = new Map<string, string[]>();
  for (const [id, row] of rows) {
    if (!isOpen(row)) continue;
    const ids = byTicket.get(row.key);
    if (ids) ids.push(id);
    else byTicket.set(row.key, [id]);
  }
  return { version: 1, byTicket: Object.fromEntries(byTicket) };
}

/** The ids listed open for a ticket; a key is looked up as the ticket's own ("constructor" lists none). */
export const openIdsOf = (open: OpenTickets, key: string): string[] =>
  Object.hasOwn(open.byTicket, key) ? (open.byTicket[key] ?? []) : [];
