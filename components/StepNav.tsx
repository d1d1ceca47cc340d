import type { Step } from '../lib/escalation/steps';
import { STEPS } from '../lib/escalation/steps';
import { useI18n } from './i18n';
import { cx } from './ui';

export function StepNav({
  step,
  onStep,
  open,
}: {
  step: Step;
  onStep: (s: Step) => void;
  open: Partial<Record<Step, number>>;
}) {
  const { t, L } = useI18n();
  return (
    <nav className={cx('steps')} aria-label={t('steps_nav')}>
      <ol>
        {STEPS.map((s, i) => (
          <li key={s}>
            <button type="button" aria-current={s === step ? 'step' : undefined} onClick={() => onStep(s)}>
              <span className={cx('step-no')}>{i + 1}</span> {t(`steps_${s}`)}
              {open[s] ? (
                <span className={cx('step-open')} title={t('steps_missingCount', open[s] ?? 0)}>
                  <span aria-hidden="true"> · {open[s]}</span>
                  <span className={cx('visually-hidden')}>{L.aside(t('steps_missingCount', open[s] ?? 0))}</span>
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
