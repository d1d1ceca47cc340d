import type { Escalation, Severity } from '../escalation/model';

// Only an escalation in progress has reminders; de-escalated and resolved ones are done.
export const isOpen = (r: Pick<Escalation, 'status'>): boolean => r.status === 'escalated';

export const severityOf = (r: Pick<Escalation, 'severity' | 'suggested'>): Severity =>
  r.severity ?? r.suggested.severity ?? 'medium';
