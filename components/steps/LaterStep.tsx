import type { ReactNode } from 'react';
import type { AfterPaint } from '../after-paint';
import { useI18n } from '../i18n';
import { PartLoadFailed } from '../PartLoadFailed';

/** A step after Triage: loaded just after the panel's first paint; until then (or if it fails) it says so. */
export function LaterStep<T>({ part, render }: { part: AfterPaint<T>; render: (step: T) => ReactNode }) {
  const { t } = useI18n();
  const loaded = part.use();
  if (loaded.state === 'ready') return render(loaded.module);
  if (loaded.state === 'failed') return <PartLoadFailed error={loaded.error} />;
  return <p role="status">{t('steps_loading')}</p>;
}
