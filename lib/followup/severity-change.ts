import { type LogEntry, SEVERITIES, type Severity } from '../escalation/model';

// A severity change as the timeline keeps it: "high → critical: the reason the agent gave". Written in
// English by every release, and read back by the timeline and the update brief; a file of its own so that
// neither pulls the other's messages into the panel's first load.
const SEVERITY = SEVERITIES.join('|');
const SEVERITY_CHANGE = new RegExp(`^(${SEVERITY}) → (${SEVERITY}): ([\\s\\S]*)$`);

export const severityChangeText = (from: Severity, to: Severity, reason: string): string =>
  `${from} → ${to}: ${reason.trim()}`;

export function severityChange(e: LogEntry): { from: Severity; to: Severity; reason: string } | undefined {
  const m = e.kind === 'severity' ? SEVERITY_CHANGE.exec(e.text) : null;
  return m ? { from: m[1] as Severity, to: m[2] as Severity, reason: m[3] ?? '' } : undefined;
}
