import type { ReactNode } from 'react';
import type { AfterPaint } from './after-paint';
import { useI18n } from './i18n';
import { PartLoadFailed } from './PartLoadFailed';

/** A part loaded just after the panel's first paint (a step after Triage); until then, or if it fails, it says so. */
export function LaterPart<T>({
  part,
  render,
  loading,
}: {
  part: AfterPaint<T>;
  render: (step: T) => ReactNode;
  // What shows while it loads; a step says so, a part that appears within a moment shows nothing.
  loading?: ReactNode;
}) {
  const { t } = useI18n();
  const loaded = part.use();
  if (loaded.state === 'ready') return render(loaded.module);
  if (loaded.state === 'failed') return <PartLoadFailed error={loaded.error} />;
  return loading === undefined ? <p role="status">{t('steps_loading')}</p> : loading;
}
