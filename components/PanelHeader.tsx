import type { Assessment } from '../lib/escalation/assess';
import type { Escalation } from '../lib/escalation/model';
import { useI18n } from './i18n';

// Always visible: which ticket, what the engine recommends, and how ready the brief is.
export function PanelHeader({ draft, assessment }: { draft: Escalation; assessment: Assessment }) {
  const { t, L } = useI18n();
  const severity = draft.severity ?? assessment.severity;
  const target = draft.target ?? assessment.target;
  const ticket = draft.ticket?.ticketId ? `#${draft.ticket.ticketId}` : t('header_noTicket');
  return (
    <section className="panel-header" aria-label={t('header_region')}>
      <p className="ph-ticket" title={draft.summary}>
        {ticket} {draft.summary ? `— ${draft.summary}` : ''}
      </p>
      <p className="ph-facts">
        <span className={`pill pill-${assessment.decision}`}>
          {assessment.decision === 'escalate' ? t('header_escalate') : t('header_handle')}
        </span>
        <span className="pill">
          {L.severity}: {L.severities[severity]}
          {draft.severity ? '' : ` ${t('header_suggested')}`}
        </span>
        <span className="pill">
          {L.target}: {L.targets[target]}
          {draft.target ? '' : ` ${t('header_suggested')}`}
        </span>
        <span className="pill">{t('header_readiness', assessment.readiness.score)}</span>
      </p>
    </section>
  );
}
