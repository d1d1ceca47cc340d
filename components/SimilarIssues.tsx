import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatMoney } from '../lib/brief/money';
import { situationOf } from '../lib/patterns/draft-links';
import type { PatternEntry, PatternLibrary, SimilarIssues as Similar, SimilarMatch } from '../lib/patterns/library';
import type { IndexProgress } from '../lib/patterns/live-library';
import { HELPDESK_NAMES } from './helpdesk-names';
import { useI18n } from './i18n';
import { Unbroken } from './Unbroken';
import { cx } from './ui';

const MAX_WORDS = 5;
// Past ten, the list is what an agent scrolls by; the counts above it are made of all of them.
const MATCHES_SHOWN = 10;

/** What the matcher found for the draft, and how to say what matched: both come with the matcher's chunk. */
export interface Found {
  similar: Similar;
  explain: PatternLibrary['explain'];
  /** Set while the stored escalations are still being indexed: what is shown is what the newest ones hold. */
  progress?: IndexProgress;
}

interface Props {
  found: Found | undefined;
  error: string | undefined;
  windowDays: number;
  onLink: (entry: PatternEntry) => void;
  onUnlink: (id: string) => void;
  onDismiss: (id: string) => void;
}

function Why({ m, possible, explain }: { m: SimilarMatch; possible: boolean; explain: Found['explain'] }) {
  const { t, locale } = useI18n();
  if (m.via) {
    const to = m.via.customerName || t('followup_noCustomer');
    return (
      <span className={cx('evidence')}>{t('patterns_linkedVia', to, m.via.summary || t('followup_noSummary'))}</span>
    );
  }
  if (!m.match) return <span className={cx('muted')}>{t('patterns_linkedOnly')}</span>;
  const parts = explain(m.match.matched, locale, MAX_WORDS);
  // Rounded down: a score just under the match threshold must not read as the threshold.
  const score = String(Math.floor(m.match.score * 100));
  return (
    <span className={cx('evidence')}>
      {t(possible ? 'patterns_whyPossible' : 'patterns_why', parts.join(t('listSeparator')), score)}
    </span>
  );
}

interface SimilarItemProps extends Pick<Props, 'onUnlink'> {
  m: SimilarMatch;
  possible: boolean;
  explain: Found['explain'];
  date: Intl.DateTimeFormat;
  onLink: (m: SimilarMatch) => void;
  onDismiss: (m: SimilarMatch) => void;
  /** Focus its Link or Unlink button once shown: it was just moved to another list, from where focus was. */
  focusAction: boolean;
  onFocused: () => void;
}

function SimilarItem({
  m,
  possible,
  explain,
  date,
  onLink,
  onUnlink,
  onDismiss,
  focusAction,
  onFocused,
}: SimilarItemProps) {
  const { t } = useI18n();
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focusAction || !action.current) return;
    action.current.focus();
    onFocused();
  }, [focusAction, onFocused]);
  return (
    <li>
      <div>
        <strong>{m.entry.customerName || t('followup_noCustomer')}</strong> —{' '}
        {m.entry.summary || t('followup_noSummary')}
      </div>
      <div className={cx('muted')}>
        {[
          m.entry.reportedAt ? date.format(new Date(m.entry.reportedAt)) : '',
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
      <Why m={m} possible={possible} explain={explain} />
      <div className={cx('row')}>
        {m.linked ? (
          <button type="button" ref={action} onClick={() => onUnlink(m.entry.id)}>
            {t('patterns_unlink')}
          </button>
        ) : (
          <button type="button" ref={action} onClick={() => onLink(m)}>
            {t('patterns_link')}
          </button>
        )}
        <button type="button" onClick={() => onDismiss(m)}>
          {t('patterns_dismiss')}
        </button>
      </div>
    </li>
  );
}

// Where focus goes when the item that had it leaves its list: linked into the matches, its Unlink button;
// unlinked, once the matcher's answer without the link is shown, its Link button wherever it lands (the
// heading if it is gone); dismissed, once the matcher's answer without it is shown, the list's heading.
type Refocus =
  | { linked: string }
  | { unlinked: string; before: Found }
  | { dismissedFrom: 'matches' | 'possible'; before: Found }
  | undefined;

const shows = (found: Found | undefined, id: string) =>
  !!found && [...found.similar.matches, ...found.similar.possible].some((m) => m.entry.id === id);

/** A resolved escalation the draft may be again: its summary and root cause, then what follows. */
function FixedBefore({ label, entry, then }: { label: string; entry: PatternEntry; then: string }) {
  const { t, L } = useI18n();
  return (
    <p className={cx('notice')} role="note">
      <strong>{label}</strong>
      {L.punct.gap}
      <Unbroken text={entry.summary} />
      {entry.rootCause ? <Unbroken text={` — ${t('patterns_rootCause', entry.rootCause)}`} /> : ''}
      {then ? `${L.punct.gap}${then}` : ''}
    </p>
  );
}

export function SimilarIssues({ found, error, windowDays, onLink, onUnlink, onDismiss }: Props) {
  const { t, L, locale } = useI18n();
  const date = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const [refocus, setRefocus] = useState<Refocus>();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLElement>(null);
  // Whether the group was last open, kept while it is gone (all of it linked) so it comes back as it was.
  const [possibleOpen, setPossibleOpen] = useState<boolean>();
  const [allShown, setAllShown] = useState(false);
  const focused = useCallback(() => setRefocus(undefined), []);
  const focusedInPossible = useCallback(() => {
    setPossibleOpen(true);
    setRefocus(undefined);
  }, []);
  useEffect(() => {
    if (!refocus || !('before' in refocus) || refocus.before === found) return;
    if ('unlinked' in refocus) {
      if (shows(found, refocus.unlinked)) return;
      heading.current?.focus();
    } else ((refocus.dismissedFrom === 'possible' && summary.current) || heading.current)?.focus();
    setRefocus(undefined);
  }, [refocus, found]);

  let body: React.ReactNode;
  if (error) {
    body = (
      <p className={cx('notice', 'error')} role="alert">
        {t('patterns_failed', error)}
      </p>
    );
  } else if (!found) {
    body = <p role="status">{t('patterns_loading')}</p>;
  } else {
    const { similar, explain } = found;
    const {
      matches,
      possible,
      possibleTotal,
      customers,
      days,
      revenue,
      unattributedRevenue,
      recurring,
      possiblyRecurring,
      rising,
      dismissed,
    } = similar;
    const landing = refocus && 'unlinked' in refocus && refocus.before !== found ? refocus.unlinked : undefined;
    const itemProps = (m: SimilarMatch, inPossible: boolean) => ({
      m,
      possible: inPossible,
      explain,
      date,
      onLink: (match: SimilarMatch) => {
        if (inPossible) setRefocus({ linked: match.entry.id });
        onLink(match.entry);
      },
      onUnlink: (id: string) => {
        setRefocus({ unlinked: id, before: found });
        onUnlink(id);
      },
      onDismiss: (match: SimilarMatch) => {
        setRefocus({ dismissedFrom: inPossible ? 'possible' : 'matches', before: found });
        onDismiss(match.entry.id);
      },
      focusAction:
        (!!refocus && 'linked' in refocus && refocus.linked === m.entry.id && m.linked) ||
        (landing === m.entry.id && !m.linked),
      onFocused: inPossible ? focusedInPossible : focused,
    });
    const headline =
      days === 0
        ? t('patterns_headlineToday', String(customers))
        : t('patterns_headline', String(customers), String(days));
    const { says, pattern } = situationOf(similar);
    const money = (sums: Similar['revenue']) => sums.map((r) => formatMoney(r.amount, r.currency, locale)).join(' + ');
    const status = {
      several: headline,
      'no-known-customer': t('patterns_noKnownCustomer'),
      'other-customer': t('patterns_otherCustomer', similar.customerNames[0] ?? ''),
      'same-customer': t('patterns_sameCustomer'),
      possible: t('patterns_nonePossible', String(windowDays)),
      none: t('patterns_none', String(windowDays)),
    }[says];
    const count = new Intl.NumberFormat(locale);
    body = (
      <>
        {found.progress ? (
          <p className={cx('muted')}>
            {t('patterns_progress', count.format(found.progress.indexed), count.format(found.progress.total))}
          </p>
        ) : null}
        {/* One status line whatever it says, so a change is announced. */}
        <p className={cx(pattern ? 'notice' : 'muted')} role="status">
          {matches.length ? <strong>{status}</strong> : status}
          {matches.length && similar.unattributed
            ? `${L.punct.gap}${t('patterns_unattributed', String(similar.unattributed))}`
            : ''}
          {matches.length && similar.ownUnknown ? `${L.punct.gap}${t('patterns_ownUnknown')}` : ''}
          {matches.length && revenue.length ? `${L.punct.gap}${t('patterns_revenue', money(revenue))}` : ''}
          {matches.length && unattributedRevenue.length
            ? `${L.punct.gap}${t(revenue.length ? 'patterns_revenueUnattributed' : 'patterns_revenueOnlyUnattributed', money(unattributedRevenue))}`
            : ''}
        </p>
        {recurring[0] ? (
          // The closest resolved match; the others are in the list.
          <FixedBefore
            label={t('patterns_recurring')}
            entry={recurring[0].entry}
            then={[
              recurring[0].entry.learning ? t('patterns_learning', recurring[0].entry.learning) : '',
              recurring.length > 1 ? t('patterns_recurringMore', String(recurring.length - 1)) : '',
            ]
              .filter(Boolean)
              .join(L.punct.gap)}
          />
        ) : null}
        {possiblyRecurring ? (
          <FixedBefore
            label={t('patterns_possiblyRecurring')}
            entry={possiblyRecurring.entry}
            then={t('patterns_possiblyRecurringHint')}
          />
        ) : null}
        {rising.length ? (
          <p className={cx('notice')} role="note">
            <strong>{t('patterns_rising')}</strong>
            {L.punct.gap}
            {rising.map((s) => L.severities[s]).join(' → ')}
          </p>
        ) : null}
        {matches.length ? (
          <ul className={cx('similar-list')} aria-label={t('patterns_matches')}>
            {(allShown
              ? matches
              : matches.filter((m, i) => i < MATCHES_SHOWN || m.linked || m.entry.id === landing)
            ).map((m) => (
              <SimilarItem key={m.entry.id} {...itemProps(m, false)} />
            ))}
          </ul>
        ) : null}
        {matches.length > MATCHES_SHOWN ? (
          <button type="button" aria-expanded={allShown} onClick={() => setAllShown(!allShown)}>
            {allShown ? t('patterns_showFewer', String(MATCHES_SHOWN)) : t('patterns_showAll', String(matches.length))}
          </button>
        ) : null}
        {possible.length ? (
          // Open when nothing else was found: then it is all there is to look at. Then as the agent left it,
          // and open for focus to go to one just unlinked back into it.
          <details
            className={cx('possible')}
            open={possible.some((m) => m.entry.id === landing) || (possibleOpen ?? !matches.length)}
            onToggle={(e) => setPossibleOpen(e.currentTarget.open)}
          >
            <summary ref={summary}>
              {possibleTotal > possible.length
                ? t('patterns_possibleOf', String(possible.length), String(possibleTotal))
                : t('patterns_possible', String(possible.length))}
            </summary>
            <p className={cx('muted')}>{t('patterns_possibleHint')}</p>
            <ul className={cx('similar-list')} aria-label={t('patterns_possibleList')}>
              {possible.map((m) => (
                <SimilarItem key={m.entry.id} {...itemProps(m, true)} />
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
      <h3 id="similar-heading" ref={heading} tabIndex={-1}>
        {t('patterns_title')}
      </h3>
      {body}
    </section>
  );
}
