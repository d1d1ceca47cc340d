import type { Assessment } from '../lib/escalation/assess';
import { handleNote } from '../lib/escalation/handle-note';
import type { Escalation } from '../lib/escalation/model';
import { copyToClipboard } from '../lib/platform/worker-client';
import type { RedactOptions } from '../lib/redaction-options';
import { useI18n } from './i18n';
import { hasLongRun } from './Unbroken';
import { cx } from './ui';
import { useStatusMessage } from './useStatusMessage';

/** The internal note left on a ticket handled in support; it quotes the ticket, so it is masked as a brief is. */
export function HandleNote({
  draft,
  assessment,
  redaction,
}: {
  draft: Escalation;
  assessment: Assessment;
  redaction: RedactOptions;
}) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useStatusMessage();
  const note = handleNote(draft, assessment, locale, redaction);
  return (
    <div className={cx('handle-note')}>
      <p>
        <strong>{t('rec_note')}</strong>
      </p>
      <section aria-label={t('rec_note')}>
        <pre className={cx(hasLongRun(note) && 'unbroken-lines')}>{note}</pre>
      </section>
      <button
        type="button"
        onClick={async () => {
          const r = await copyToClipboard({ text: note });
          setStatus(r.ok ? t('rec_noteCopied') : t('copyFailedShort', r.detail ?? t('unknownError')));
        }}
      >
        {t('rec_copyNote')}
      </button>
      <span role="status">{status}</span>
    </div>
  );
}
