import type { Assessment } from '../../lib/escalation/assess';
import { listedAt, type Step } from '../../lib/escalation/steps';
import { nameBeforeWords } from '../../lib/i18n/spacing';
import { GoToField } from '../GoToField';
import { useI18n } from '../i18n';
import { cx } from '../ui';

// What the chosen target still needs, limited to the fields edited on this step.
export function Missing({
  assessment,
  step,
  goToField,
}: {
  assessment: Assessment;
  step: Step;
  goToField: (path: string) => void;
}) {
  const { t, locale, L } = useI18n();
  const here = listedAt(assessment, step);
  if (!here.length) return null;
  // "Go to field" names the field: a missing item's own text would say "Missing: …" twice over.
  const field = (f: (typeof here)[number]) =>
    (assessment.readiness.checklist.find((c) => c.id === f.id)?.label ?? f.text)[locale];
  return (
    <section className={cx('missing')} aria-label={t('missing_region')}>
      <p>
        <strong>{t('missing_title', nameBeforeWords(L.targets[assessment.readinessTarget], locale))}</strong>
      </p>
      <ul>
        {here.map((f) => (
          <li key={f.id}>
            {f.text[locale]} <span className={cx('muted')}>{f.fix[locale]}</span>{' '}
            <GoToField name={field(f)} onClick={() => goToField(f.field)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
