import { type ComponentProps, useMemo, useState } from 'react';
import { briefTime } from '../../lib/brief/time';
import type { IndexRow } from '../../lib/escalation/migrate';
import { HELPDESKS, type Helpdesk, SEVERITIES, type Severity } from '../../lib/escalation/model';
import { customerName, filterRecords, isOverdue, type RecordFilter } from '../../lib/followup/list';
import { byNextDue, nextDueAt } from '../../lib/followup/schedule';
import { severityOf } from '../../lib/followup/status';
import type { Settings } from '../../lib/settings/model';
import { HELPDESK_NAMES } from '../helpdesk-names';
import { useI18n } from '../i18n';
import { Unbroken } from '../Unbroken';
import { cx } from '../ui';
import type { PatternState } from '../usePatternLibrary';
import { EscalationDetail } from './EscalationDetail';
import { PatternsView } from './PatternsView';
import { ShownCount } from './ShownCount';
import { useBackToList } from './useBackToList';
import { useClock } from './useClock';
import { useSetAsideRecords } from './useRecords';

/**
 * The Escalations tab on the live clock (useClock). It keeps time only while shown: the panel's first paint
 * loads none of the scheduling it takes.
 */
export function LiveEscalationsView(props: Omit<ComponentProps<typeof EscalationsView>, 'now'>) {
  const now = useClock(props.records, props.settings);
  return <EscalationsView {...props} now={now} />;
}

// Enough rows to see what is due; the rest on request, so 2,000 open escalations still open at once.
const PAGE = 100;

export function EscalationsView({
  records,
  focus,
  now,
  settings,
  patterns,
}: {
  records: IndexRow[] | undefined;
  focus?: { id: string; action: 'view' | 'log' };
  now: Date;
  settings: Settings;
  patterns: PatternState;
}) {
  const { t, L, locale } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const [filter, setFilter] = useState<RecordFilter>({ status: 'open', query: '' });
  const [openId, setOpenId] = useState<string | undefined>(focus?.id);
  const [tab, setTab] = useState<'list' | 'patterns'>('list');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [shownFocus, setShownFocus] = useState(focus);
  const setAside = useSetAsideRecords();
  if (focus !== shownFocus) {
    setShownFocus(focus);
    setOpenId(focus?.id);
  }
  const list = useMemo(() => byNextDue(filterRecords(records ?? [], filter)), [records, filter]);
  const { view, open, back, land, note } = useBackToList({ openId, setOpenId, tab, records, filter });
  if (openId) {
    return (
      <EscalationDetail
        id={openId}
        settings={settings}
        now={now}
        startWith={focus?.id === openId ? focus.action : 'view'}
        onBack={() => back(openId)}
      />
    );
  }
  const tabs = (
    <div className={cx('row', 'views')}>
      {(['list', 'patterns'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={tab === v} onClick={() => setTab(v)}>
          {v === 'list' ? t('patterns_tabList') : t('patterns_tabPatterns')}
        </button>
      ))}
    </div>
  );
  if (tab === 'patterns') {
    return (
      <section aria-label={t('esc_region')} ref={view}>
        {tabs}
        <p className={cx('live')} role="status">
          {note}
        </p>
        <PatternsView
          patterns={patterns}
          onOpen={open}
          onShown={land}
          expanded={expanded}
          onExpand={(cluster, whole) =>
            setExpanded((s) => new Set(whole ? [...s, cluster] : [...s].filter((c) => c !== cluster)))
          }
        />
      </section>
    );
  }
  if (!records) return <p role="status">{t('esc_loading')}</p>;
  return (
    <section aria-label={t('esc_region')} ref={view}>
      {tabs}
      <p className={cx('live')} role="status">
        {note}
      </p>
      {setAside ? (
        <p className={cx('notice', 'error')} role="alert">
          {t('esc_setAside', String(setAside))}
        </p>
      ) : null}
      <div className={cx('row', 'filters')}>
        <div className={cx('field')}>
          <label htmlFor="esc-status">{t('esc_status')}</label>
          <select
            id="esc-status"
            value={filter.status}
            onChange={(e) => setFilter({ ...filter, status: e.target.value as RecordFilter['status'] })}
          >
            <option value="open">{t('esc_statusOpen')}</option>
            <option value="closed">{t('esc_statusClosed')}</option>
            <option value="all">{t('esc_statusAll')}</option>
          </select>
        </div>
        <div className={cx('field')}>
          <label htmlFor="esc-severity">{L.severity}</label>
          <select
            id="esc-severity"
            value={filter.severity ?? ''}
            onChange={(e) => setFilter({ ...filter, severity: (e.target.value || undefined) as Severity | undefined })}
          >
            <option value="">{t('esc_any')}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {L.severities[s]}
              </option>
            ))}
          </select>
        </div>
        <div className={cx('field')}>
          <label htmlFor="esc-helpdesk">{t('esc_helpdesk')}</label>
          <select
            id="esc-helpdesk"
            value={filter.helpdesk ?? ''}
            onChange={(e) => setFilter({ ...filter, helpdesk: (e.target.value || undefined) as Helpdesk | undefined })}
          >
            <option value="">{t('esc_any')}</option>
            {HELPDESKS.map((h) => (
              <option key={h} value={h}>
                {h === 'generic' ? t('ticket_viaGeneric') : HELPDESK_NAMES[h]}
              </option>
            ))}
          </select>
        </div>
        <div className={cx('field')}>
          <label htmlFor="esc-search">{t('esc_search')}</label>
          <input
            id="esc-search"
            type="search"
            value={filter.query}
            onChange={(e) => setFilter({ ...filter, query: e.target.value })}
          />
        </div>
      </div>
      <ShownCount filter={filter} shown={list.length} total={records.length} />
      {list.length ? (
        <ul className={cx('records')} aria-label={t('esc_list')}>
          {list.slice(0, shown).map((r) => {
            const overdue = isOverdue(r, now);
            const next = nextDueAt(r);
            return (
              <li key={r.id} className={cx('record', overdue ? 'overdue' : '')}>
                <button type="button" data-record={r.id} onClick={() => open(r.id)}>
                  <span className={cx('pill')}>{L.severities[severityOf(r)]}</span>{' '}
                  <strong>{customerName(r) ? <Unbroken text={customerName(r)} /> : t('followup_noCustomer')}</strong> —{' '}
                  {r.summary ? <Unbroken text={r.summary} /> : t('followup_noSummary')}
                  <span className={cx('muted', 'record-due')}>
                    {overdue ? `${t('esc_overdue')} · ` : ''}
                    {next
                      ? t('esc_nextDue', briefTime(next, locale, settings.timeZone))
                      : t(`esc_state_${r.status.replace('-', '')}`)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {list.length > shown ? (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('esc_showMore', String(Math.min(PAGE, list.length - shown)), String(list.length - shown))}
        </button>
      ) : null}
      {list.length ? null : <p className={cx('muted')}>{t('esc_none')}</p>}
    </section>
  );
}
