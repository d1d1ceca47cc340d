import type { Escalation } from './model';

/** What was tried, one line each ("action → result"); a row may hold only its result. Empty rows drop out. */
export function triedLines(tried: Escalation['tried'], arrow: string): string[] {
  return tried.map((t) => [t.action.trim(), t.result.trim()].filter(Boolean).join(arrow)).filter(Boolean);
}
