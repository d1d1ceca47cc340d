import { useState } from 'react';
import type { Assessment } from '../lib/escalation/assess';
import { CATEGORY_NAMES } from '../lib/escalation/criteria';
import { handleNote } from '../lib/escalation/handle-note';
import type { Escalation } from '../lib/escalation/model';
import type { Reason } from '../lib/escalation/reasons';
import { copyToClipboard } from '../lib/platform/worker-client';

function categoryName(r: Reason): string {
  if (r.category === 'severity') return 'Severity';
  if (r.category === 'routing-rule') return 'Routing';
  if (r.category === 'readiness') return 'Readiness';
  return CATEGORY_NAMES[r.category].en;
}

export function ReasonList({ reasons, label }: { reasons: Reason[]; label: string }) {
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

function HandleNote({ draft, assessment }: { draft: Escalation; assessment: Assessment }) {
  const [status, setStatus] = useState('');
  const note = handleNote(draft, assessment, 'en');
  return (
    <div className="handle-note">
      <p>
        <strong>Note for the ticket</strong>
      </p>
      <section aria-label="Note for the ticket">
        <pre>{note}</pre>
      </section>
      <button
        type="button"
        onClick={async () => {
          const r = await copyToClipboard({ text: note });
          setStatus(r.ok ? 'Note copied.' : `Copy failed: ${r.detail ?? 'unknown error'}`);
        }}
      >
        Copy note
      </button>
      <span role="status">{status}</span>
    </div>
  );
}

export function Recommendation({ assessment, draft }: { assessment: Assessment; draft: Escalation }) {
  const { decision } = assessment;
  return (
    <section className={`recommendation rec-${decision}`} aria-label="Recommendation">
      <p className="verdict">
        <strong>{decision === 'escalate' ? 'Recommendation: escalate' : 'Recommendation: handle in support'}</strong>
      </p>
      <p className="tipped">{assessment.tipped.en}</p>
      <ReasonList reasons={assessment.reasons} label="Reasons to escalate" />
      <ReasonList reasons={assessment.handleReasons} label="Reasons to handle in support" />
      {decision === 'handle' ? <HandleNote draft={draft} assessment={assessment} /> : null}
    </section>
  );
}
