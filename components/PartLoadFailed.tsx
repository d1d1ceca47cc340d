import { useI18n } from './i18n';
import { cx } from './ui';

/**
 * A part of the panel whose script could not be loaded. The browser's error names a script file the agent can do
 * nothing with, so it is kept folded away for support.
 */
export function PartLoadFailed({ error }: { error: string }) {
  const { t } = useI18n();
  return (
    <div className={cx('notice', 'error')} role="alert">
      <p>{t('app_partLoadFailed')}</p>
      <details>
        <summary>{t('app_errorForSupport')}</summary>
        <code>{error}</code>
      </details>
    </div>
  );
}
