import { BRIEF_LABELS } from '../lib/brief/labels';
import type { Assessment } from '../lib/escalation/assess';
import { CATEGORY_NAMES } from '../lib/escalation/criteria';
import type { Reason } from '../lib/escalation/reasons';

const L = BRIEF_LABELS.en;

function categoryName(r: Reason): string {
  if (r.category === 'severity') return 'Severity';
  if (r.category === 'routing-rule') return 'Routing';
  if (r.category === 'readiness') return 'Readiness';
  return CATEGORY_NAMES[r.category].en;
}

function ReasonList({ reasons, label }: { reasons: Reason[]; label: string }) {
  if (!reasons.length) return null;
  return (
    <ul className="reasons" aria-label={label}>
      {reasons.map((r) => (
        <li key={`${r.criterion}-${r.text.en}`}>
          <span className="cat">{categoryName(r)}</span> {r.text.en}
          {r.source === 'ticket' ? <span className="badge">from ticket</span> : null}
          {r.evidence ? <span className="evidence">{r.evidence}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function Recommendation({
  assessment,
  onFocusField,
}: {
  assessment: Assessment;
  onFocusField: (field: string) => void;
}) {
  const { decision, readiness } = assessment;
  return (
    <section className={`recommendation rec-${decision}`} aria-label="Recommendation">
      <p className="verdict">
        <strong>{decision === 'escalate' ? 'Recommendation: escalate' : 'Recommendation: handle in support'}</strong>
      </p>
      <p className="tipped">{assessment.tipped.en}</p>
      <ReasonList reasons={assessment.reasons} label="Reasons to escalate" />
      <ReasonList reasons={assessment.handleReasons} label="Reasons to handle in support" />
      {decision === 'escalate' ? (
        <>
          <p>
            <strong>Suggested severity: {L.severities[assessment.severity]}</strong>
          </p>
          <ReasonList reasons={assessment.severityReasons} label="Severity reasons" />
          <p>
            <strong>
              Suggested target: {L.targets[assessment.target]}
              {assessment.alsoTargets.length
                ? ` (also: ${assessment.alsoTargets.map((t) => L.targets[t]).join(', ')})`
                : ''}
            </strong>
          </p>
          <ReasonList reasons={assessment.routing.reasons[assessment.target] ?? []} label="Target reasons" />
          <p className="muted">{assessment.routing.when[assessment.target].en}</p>
          <p>
            <strong>Readiness: {readiness.score}/100</strong>
          </p>
          {readiness.findings.length ? (
            <ul className="findings" aria-label="What the brief still needs">
              {readiness.findings.map((f) => (
                <li key={f.id}>
                  {f.text.en} <span className="muted">{f.fix.en}</span>{' '}
                  <button type="button" className="link" onClick={() => onFocusField(f.field)}>
                    Go to field
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
