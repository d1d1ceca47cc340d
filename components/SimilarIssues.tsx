import { useMemo } from 'react';
import { formatMoney } from '../lib/brief/document';
import { PATTERN_CUSTOMERS } from '../lib/patterns/draft-links';
import type { PatternEntry, PatternLibrary, SimilarIssues as Similar, SimilarMatch } from '../lib/patterns/library';
import { HELPDESK_NAMES } from './helpdesk-names';
import { useI18n } from './i18n';
import { cx } from './ui';

const MAX_WORDS = 5;

interface Props {
  similar: Similar | undefined;
  /** Names a shared area or symptom; comes with the matcher, which loads after the panel. */
  label: PatternLibrary['label'];
  error: string | undefined;
  windowDays: number;
  onLink: (entry: PatternEntry) => void;
  onUnlink: (id: string) => void;
  onDismiss: (id: string) => void;
}

function Why({ m, label }: { m: SimilarMatch; label: PatternLibrary['label'] }) {
  const { t, locale } = useI18n();
  if (!m.match) return <span className={cx('muted')}>{t('patterns_linkedOnly')}</span>;
  const { concepts, codes, words } = m.match.matched;
  const parts = [
    ...new Set([
      ...concepts.map((c) => label(c, locale)),
      ...codes.map((c) => c.replace(/^[a-z]+:/, '')),
      ...words.slice(0, MAX_WORDS),
    ]),
  ];
  return (
    <span className={cx('evidence')}>
      {t('patterns_why', parts.join(', '), String(Math.round(m.match.score * 100)))}
    </span>
  );
}

interface ItemProps extends Pick<Props, 'label' | 'onLink' | 'onUnlink' | 'onDismiss'> {
  m: SimilarMatch;
  date: Intl.DateTimeFormat;
}

function Item({ m, label, date, onLink, onUnlink, onDismiss }: ItemProps) {
  const { t } = useI18n();
  return (
    <li>
      <div>
        <strong>{m.entry.customerName || t('followup_noCustomer')}</strong> —{' '}
        {m.entry.summary || t('followup_noSummary')}
      </div>
      <div className={cx('muted')}>
        {[
          date.format(new Date(m.entry.createdAt)),
          t(`esc_state_${m.entry.status.replace('-', '')}`),
          m.entry.helpdesk ? HELPDESK_NAMES[m.entry.helpdesk] : '',
        ]
          .filter(Boolean)
          .join(' · ')}
        {m.entry.ticketUrl ? (
          <>
            {' · '}
            <a href={m.entry.ticketUrl} target="_blank" rel="noreferrer">
              {t('patterns_openTicket')}
            </a>
          </>
        ) : null}
      </div>
      <Why m={m} label={label} />
      <div className={cx('row')}>
        {m.linked ? (
          <button type="button" onClick={() => onUnlink(m.entry.id)}>
            {t('patterns_unlink')}
          </button>
        ) : (
          <button type="button" onClick={() => onLink(m.entry)}>
            {t('patterns_link')}
          </button>
        )}
        <button type="button" onClick={() => onDismiss(m.entry.id)}>
          {t('patterns_dismiss')}
        </button>
      </div>
    </li>
  );
}

export function SimilarIssues({ similar, label, error, windowDays, onLink, onUnlink, onDismiss }: Props) {
  const { t, L, locale } = useI18n();
  const date = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  let body: React.ReactNode;
  if (error) {
    body = (
      <p className={cx('notice', 'error')} role="alert">
        {t('patterns_failed', error)}
      </p>
    );
  } else if (!similar) {
    body = <p role="status">{t('patterns_loading')}</p>;
  } else {
    const { matches, possible, customers, days, revenue, recurring, rising, dismissed, unattributed } = similar;
    const actions = { label, date, onLink, onUnlink, onDismiss };
    const headline =
      days === 0
        ? t('patterns_headlineToday', String(customers))
        : t('patterns_headline', String(customers), String(days));
    body = (
      <>
        {matches.length ? (
          <p className={cx(customers >= PATTERN_CUSTOMERS ? 'notice' : '')} role="status">
            <strong>{customers > 1 ? headline : t('patterns_sameCustomer')}</strong>
            {unattributed ? ` ${t('patterns_unattributed', String(unattributed))}` : ''}
            {revenue.length
              ? ` ${t('patterns_revenue', revenue.map((r) => formatMoney(r.amount, r.currency, locale)).join(' + '))}`
              : ''}
          </p>
        ) : (
          <p className={cx('muted')}>{t('patterns_none', String(windowDays))}</p>
        )}
        {recurring.map(({ entry }) => (
          <p key={`r-${entry.id}`} className={cx('notice')} role="note">
            <strong>{t('patterns_recurring')}</strong> {entry.summary}
            {entry.rootCause ? ` — ${t('patterns_rootCause', entry.rootCause)}` : ''}
            {entry.learning ? ` ${t('patterns_learning', entry.learning)}` : ''}
          </p>
        ))}
        {rising.length ? (
          <p className={cx('notice')} role="note">
            <strong>{t('patterns_rising')}</strong> {rising.map((s) => L.severities[s]).join(' → ')}
          </p>
        ) : null}
        {matches.length ? (
          <ul className={cx('similar-list')} aria-label={t('patterns_matches')}>
            {matches.map((m) => (
              <Item key={m.entry.id} m={m} {...actions} />
            ))}
          </ul>
        ) : null}
        {possible.length ? (
          <details className={cx('possible')}>
            <summary>{t('patterns_possible', String(possible.length))}</summary>
            <p className={cx('muted')}>{t('patterns_possibleHint')}</p>
            <ul className={cx('similar-list')} aria-label={t('patterns_possibleList')}>
              {possible.map((m) => (
                <Item key={m.entry.id} m={m} {...actions} />
              ))}
            </ul>
          </details>
        ) : null}
        {dismissed ? <p className={cx('muted')}>{t('patterns_dismissedCount', String(dismissed))}</p> : null}
      </>
    );
  }
  return (
    <section className={cx('similar')} aria-labelledby="similar-heading">
      <h3 id="similar-heading">{t('patterns_title')}</h3>
      {body}
    </section>
  );
}
