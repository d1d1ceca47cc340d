import type { Step } from '../lib/escalation/steps';
import { STEPS } from '../lib/escalation/steps';

export const STEP_NAMES: Record<Step, string> = {
  triage: 'Triage',
  impact: 'Impact',
  repro: 'Reproduction',
  target: 'Target & severity',
  comms: 'Communication & ask',
  brief: 'Brief',
};

export function StepNav({
  step,
  onStep,
  open,
}: {
  step: Step;
  onStep: (s: Step) => void;
  open: Partial<Record<Step, number>>;
}) {
  return (
    <nav className="steps" aria-label="Steps">
      <ol>
        {STEPS.map((s, i) => (
          <li key={s}>
            <button type="button" aria-current={s === step ? 'step' : undefined} onClick={() => onStep(s)}>
              <span className="step-no">{i + 1}</span> {STEP_NAMES[s]}
              {open[s] ? (
                <span className="step-open" title={`${open[s]} item(s) missing`}>
                  {' '}
                  · {open[s]}
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
