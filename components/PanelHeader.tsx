import { BRIEF_LABELS } from '../lib/brief/labels';
import type { Assessment } from '../lib/escalation/assess';
import type { Escalation } from '../lib/escalation/model';

const L = BRIEF_LABELS.en;

// Always visible: which ticket, what the engine recommends, and how ready the brief is.
export function PanelHeader({ draft, assessment }: { draft: Escalation; assessment: Assessment }) {
  const severity = draft.severity ?? assessment.severity;
  const target = draft.target ?? assessment.target;
  const ticket = draft.ticket?.ticketId ? `#${draft.ticket.ticketId}` : 'No ticket';
  return (
    <section className="panel-header" aria-label="Escalation status">
      <p className="ph-ticket" title={draft.summary}>
        {ticket} {draft.summary ? `— ${draft.summary}` : ''}
      </p>
      <p className="ph-facts">
        <span className={`pill pill-${assessment.decision}`}>
          {assessment.decision === 'escalate' ? 'Escalate' : 'Handle in support'}
        </span>
        <span className="pill">
          {L.severity}: {L.severities[severity]}
          {draft.severity ? '' : ' (suggested)'}
        </span>
        <span className="pill">
          {L.target}: {L.targets[target]}
          {draft.target ? '' : ' (suggested)'}
        </span>
        <span className="pill">Readiness {assessment.readiness.score}/100</span>
      </p>
    </section>
  );
}
