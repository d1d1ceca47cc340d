import type { Assessment } from '../lib/escalation/assess';
import { CATEGORY_NAMES } from '../lib/escalation/criteria';
import type { Escalation } from '../lib/escalation/model';
import type { Reason } from '../lib/escalation/reasons';
import type { RedactOptions } from '../lib/redaction-options';
import { useI18n } from './i18n';
import { LaterPart } from './LaterPart';
import { handleNotePart } from './later-parts';
import { cx } from './ui';

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
          {r.source === 'ticket' || r.source === 'impact' ? (
            <>
              {' '}
              <span className={cx('badge')}>{r.source === 'ticket' ? t('fromTicket') : t('fromImpact')}</span>
            </>
          ) : null}
          {r.evidence ? (
            <>
              {' '}
              <span className={cx('evidence')}>{r.evidence}</span>
            </>
          ) : null}
        </li>
      ))}
    </ul>
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
      {decision === 'handle' ? (
        <LaterPart
          part={handleNotePart}
          loading={null}
          render={({ HandleNote }) => <HandleNote draft={draft} assessment={assessment} redaction={redaction} />}
        />
      ) : null}
    </section>
  );
}
