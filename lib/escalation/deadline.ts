import type { Severity } from './model';

// The seed's attention windows: Critical immediately, High same day, Medium this week.
const HOURS: Record<Severity, number> = { critical: 4, high: 8, medium: 5 * 24 };

export function suggestedDeadline(severity: Severity, now: Date): Date {
  return new Date(now.getTime() + HOURS[severity] * 3_600_000);
}

// <input type="datetime-local"> wants local wall-clock time without a zone: "2026-11-23T17:00".
export function toLocalInput(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
