import { deadlineFindings } from './deadline';
import type { AgentTier, Escalation, Severity, Target } from './model';
import { type Readiness, readiness } from './readiness';
import { effectiveSignals, isOn, type Reason, type Signals } from './reasons';
import { lintRepro } from './repro-lint';
import { type RoutingResult, route } from './routing';
import { type SeverityResult, suggestSeverity } from './severity';
import { type SlaStatus, ticketSlaStatus } from './signals';
import { type Decision, triage } from './triage';

export interface AssessInput {
  draft: Escalation;
  now: Date;
  agentTier: AgentTier;
  /** The options' time zone: a deadline typed, or an SLA time shown, without one is a wall time there. */
  timeZone: string;
}

export interface Assessment {
  decision: Decision;
  tipped: Reason['text'];
  reasons: Reason[];
  handleReasons: Reason[];
  severity: Severity;
  severityReasons: SeverityResult['reasons'];
  target: Target;
  alsoTargets: Target[];
  routing: RoutingResult;
  signals: Signals;
  // The team readiness was checked for: the agent's chosen target, else the suggested one.
  readinessTarget: Target;
  readiness: Readiness;
  /** Where the ticket's own SLA due time stands now, if it has a readable one the agent has not answered "no" to. */
  ticketSla?: SlaStatus;
}

// The escalation method in one call: what to do, how severe, to whom, and what the brief still lacks
// for the team it goes to (the agent's chosen target when set, else the suggested one).
export function assess({ draft, now, agentTier, timeZone }: AssessInput): Assessment {
  const signals = effectiveSignals(draft, now, timeZone);
  const t = triage(signals);
  const sev = suggestSeverity(draft, signals, now, timeZone);
  const routing = route(signals, agentTier);
  const target = draft.target ?? routing.primary;
  const isBug = isOn(signals, 'confirmed-bug');
  return {
    decision: t.decision,
    tipped: t.tipped,
    reasons: t.escalateReasons,
    handleReasons: t.handleReasons,
    severity: sev.suggested,
    severityReasons: sev.reasons,
    target: routing.primary,
    alsoTargets: routing.also,
    routing,
    signals,
    readinessTarget: target,
    readiness: readiness(draft, target, isBug, lintRepro(draft.repro), deadlineFindings(draft, now, timeZone)),
    ticketSla: ticketSlaStatus(draft, now, timeZone),
  };
}

/** The draft as the panel shows and sends it: the agent's severity and target, else the suggested ones. */
export function withSuggestions(
  draft: Escalation,
  suggested: Pick<Assessment, 'severity' | 'target'>,
): Escalation & { severity: Severity; target: Target } {
  return { ...draft, severity: draft.severity ?? suggested.severity, target: draft.target ?? suggested.target };
}

// Handled in support, nothing is escalated: no team or readiness to show, unless the agent has chosen a
// severity or a target and is escalating anyway.
export const isEscalating = (draft: Escalation, assessment: Pick<Assessment, 'decision'>): boolean =>
  assessment.decision === 'escalate' || draft.severity !== undefined || draft.target !== undefined;
