import type { TicketContext, TicketField } from '../escalation/model';

export type TicketFields = Omit<TicketContext, 'helpdesk' | 'url' | 'source' | 'missing'>;

export function missingOf(t: TicketFields): TicketField[] {
  const missing: TicketField[] = [];
  if (!t.ticketId) missing.push('ticketId');
  if (!t.subject) missing.push('subject');
  if (!t.status) missing.push('status');
  if (!t.priority) missing.push('priority');
  if (!t.tags?.length) missing.push('tags');
  if (!t.requester?.name && !t.requester?.email) missing.push('requester');
  if (!t.organization) missing.push('organization');
  if (!t.createdAt) missing.push('createdAt');
  if (!t.updatedAt) missing.push('updatedAt');
  if (!t.dueAt) missing.push('dueAt');
  if (!t.messages?.length) missing.push('messages');
  return missing;
}
