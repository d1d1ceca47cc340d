import { type Bilingual, CRITERIA, criterion, type SignalCategory, type SignalId } from './criteria';
import type { Escalation, SignalAnswer } from './model';
import { detectTimeSignals } from './signals';

export interface Reason {
  // The seed criterion or rule the reason comes from: a signal id, or "severity.high" style rule keys.
  criterion: string;
  category: SignalCategory | 'severity' | 'routing-rule' | 'readiness';
  text: Bilingual;
  evidence?: string;
  source?: SignalAnswer['source'] | 'draft';
}

export type Signals = Partial<Record<SignalId, SignalAnswer>>;

const KNOWN = new Set<string>(CRITERIA.map((c) => c.id));
const isSignalId = (id: string): id is SignalId => KNOWN.has(id);

// Stored answers (prefilled from the ticket or set by the agent) win over live time-based detection,
// so an agent's "no" stays "no" even when the SLA clock says otherwise.
export function effectiveSignals(draft: Escalation, now: Date, timeZone?: string): Signals {
  const out: Signals = detectTimeSignals(draft.ticket, now, timeZone);
  for (const [id, answer] of Object.entries(draft.triage.answers)) {
    if (isSignalId(id)) out[id] = answer;
  }
  return out;
}

export const isOn = (signals: Signals, id: SignalId) => signals[id]?.value === true;

export function signalReason(id: SignalId, signals: Signals): Reason {
  const c = criterion(id);
  return {
    criterion: id,
    category: c.category,
    text: c.text,
    evidence: signals[id]?.evidence,
    source: signals[id]?.source,
  };
}
