import type { Assessment } from '../lib/escalation/assess';
import { CATEGORY_NAMES } from '../lib/escalation/criteria';
import { handleNote } from '../lib/escalation/handle-note';
import type { Escalation } from '../lib/escalation/model';
import type { Reason } from '../lib/escalation/reasons';
import { copyToClipboard } from '../lib/platform/worker-client';
import type { RedactOptions } from '../lib/redact';
import { useI18n } from './i18n';
import { hasLongRun } from './Unbroken';
import { cx } from './ui';
import { useStatusMessage } from './useStatusMessage';

export function ReasonList({ reasons, label }: { reasons: Reason[]; label: string }) {
  const { t, locale } = useI18n();
  if (!reasons.length) return null;
  const category = (r: Reason) => {
    if (r.category === 'severity') return t('rec_catSeverity');
    if (r.category === 'routing-rule' || r.category === 'readiness') return t('rec_catRouting');
    return CATEGORY_NAMES[r.category][locale];
  };
  return (
    <ul className={cx('reasons')} aria-label={label}>
      {reasons.map((r) => (
        <li key={`${r.criterion}-${r.text.en}`}>
          <span className={cx('cat')}>{category(r)}</span> {r.text[locale]}
          {r.source === 'ticket' ? <span className={cx('badge')}>{t('fromTicket')}</span> : null}
          {r.evidence ? <span className={cx('evidence')}>{r.evidence}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function HandleNote({
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

export function Recommendation({
  assessment,
  draft,
  redaction,
}: {
  assessment: Assessment;
  draft: Escalation;
  redaction: RedactOptions;
}) {
  const { t, locale } = useI18n();
  const { decision } = assessment;
  return (
    <section className={cx('recommendation', `rec-${decision}`)} aria-label={t('rec_region')}>
      <p className={cx('verdict')}>
        <strong>{decision === 'escalate' ? t('rec_escalate') : t('rec_handle')}</strong>
      </p>
      <p className={cx('tipped')}>{assessment.tipped[locale]}</p>
      <ReasonList reasons={assessment.reasons} label={t('rec_reasonsEscalate')} />
      <ReasonList reasons={assessment.handleReasons} label={t('rec_reasonsHandle')} />
      {decision === 'handle' ? <HandleNote draft={draft} assessment={assessment} redaction={redaction} /> : null}
    </section>
  );
}
