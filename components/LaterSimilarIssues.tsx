import { type ComponentProps, memo } from 'react';
import { useI18n } from './i18n';
import { similarIssues } from './later-parts';
import { PartLoadFailed } from './PartLoadFailed';
import type { SimilarIssues } from './SimilarIssues';
import { cx } from './ui';

/** The similar escalations, loaded just after the panel's first paint: until then they are being looked for. */
export const LaterSimilarIssues = memo(function LaterSimilarIssues(props: ComponentProps<typeof SimilarIssues>) {
  const { t } = useI18n();
  const part = similarIssues.use();
  if (part.state === 'ready') return <part.module.SimilarIssues {...props} />;
  return (
    <section className={cx('similar')} aria-labelledby="similar-heading">
      <h3 id="similar-heading" tabIndex={-1}>
        {t('patterns_title')}
      </h3>
      {part.state === 'failed' ? <PartLoadFailed error={part.error} /> : <p role="status">{t('patterns_loading')}</p>}
    </section>
  );
});
