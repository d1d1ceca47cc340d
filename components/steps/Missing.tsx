import { BRIEF_LABELS } from '../../lib/brief/labels';
import type { Assessment } from '../../lib/escalation/assess';
import { type Step, stepOf } from '../../lib/escalation/steps';
import { focusField } from '../focus-field';

// What the chosen target still needs, limited to the fields edited on this step.
export function Missing({ assessment, step }: { assessment: Assessment; step: Step }) {
  const here = assessment.readiness.findings.filter(
    (f) => stepOf(f.field) === step && !/^repro\.steps\.\d+$/.test(f.field),
  );
  if (assessment.decision !== 'escalate' || !here.length) return null;
  return (
    <section className="missing" aria-label="Still missing on this step">
      <p>
        <strong>Still missing for {BRIEF_LABELS.en.targets[assessment.readinessTarget]}</strong>
      </p>
      <ul>
        {here.map((f) => (
          <li key={f.id}>
            {f.text.en} <span className="muted">{f.fix.en}</span>{' '}
            <button type="button" className="link" onClick={() => focusField(f.field)}>
              Go to field
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
