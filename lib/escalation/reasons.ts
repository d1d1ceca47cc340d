import { type Bilingual, CRITERIA, criterion, type SignalCategory, type SignalId } from './criteria';
import type { Escalation, SignalAnswer } from './model';
import { detectTimeSignals } from './signals';

// A criterion answered live, never stored: by the ticket's clock, or by what the agent entered in Impact.
export type Signal = Omit<SignalAnswer, 'source'> & { source: SignalAnswer['source'] | 'impact' };

export interface Reason {
  // The seed criterion or rule the reason comes from: a signal id, or "severity.high" style rule keys.
  criterion: string;
  category: SignalCategory | 'severity' | 'routing-rule' | 'readiness';
  text: Bilingual;
  evidence?: string;
  source?: Signal['source'] | 'draft';
}

export type Signals = Partial<Record<SignalId, Signal>>;

const KNOWN = new Set<string>(CRITERIA.map((c) => c.id));
const isSignalId = (id: string): id is SignalId => KNOWN.has(id);

// What the agent entered in Impact states some criteria outright: an SLA breached or at risk, a public
// risk, two or more customers affected. The recommendation reads them as severity and routing do, so it
// cannot say "no criterion applies" beside a severity suggested for an SLA breach.
function impactSignals({ impact }: Escalation): Signals {
  const out: Signals = {};
  const on: Signal = { value: true, source: 'impact' };
  const sla = impact.contractual.slaStatus;
  if (sla === 'at_risk' || sla === 'breached') out['sla-breach'] = on;
  if (sla === 'breached') out['open-beyond-sla'] = on;
  if (impact.reputation.publicRisk) out['pr-legal-risk'] = on;
  const count = impact.breadth.count ?? 0;
  if (count >= 2) out['multiple-customers'] = on;
  if (count >= 3) out['three-plus-customers'] = on;
  return out;
}

// Stored answers (prefilled from the ticket or set by the agent) win over live detection, so an agent's
// "no" stays "no" even when the SLA clock says otherwise. An SLA status chosen in Impact is the agent's
// reading of the clock, and replaces the ticket's.
export function effectiveSignals(draft: Escalation, now: Date, timeZone?: string): Signals {
  const clock =
    draft.impact.contractual.slaStatus || draft.triage.answers['sla-breach']?.value === false
      ? {}
      : detectTimeSignals(draft.ticket, now, timeZone);
  const out: Signals = { ...clock, ...impactSignals(draft) };
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
