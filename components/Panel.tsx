import { useEffect, useRef } from 'react';
import { LOCALE_NAMES, LOCALES, type Locale } from '../lib/brief/labels';
import { briefTime, dateTime } from '../lib/brief/time';
import type { Escalation } from '../lib/escalation/model';
import { severityOf } from '../lib/followup/status';
import { nameAfterWords } from '../lib/i18n/spacing';
import { popOutPanel } from '../lib/platform/panel';
import type { Settings } from '../lib/settings/model';
import type { Boot } from './boot';
import { EscalationEditor } from './EscalationEditor';
import { EscalationsTab } from './escalations/EscalationsTab';
import { usePanelView } from './escalations/usePanelView';
import { useRecordSummaries } from './escalations/useRecordSummaries';
import { I18nProvider, useI18n } from './i18n';
import { AFTER_PAINT_MS, loadAfterPaint } from './later-parts';
import { PartBoundary } from './PartBoundary';
import { ReadStatus } from './ReadStatus';
import { TicketView } from './TicketView';
import { Unbroken } from './Unbroken';
import { cx } from './ui';
import { useOpenForTicket } from './useOpenForTicket';
import { usePanelSession } from './usePanelSession';
import { usePanelSettings } from './usePanelSettings';
import { usePatternLibrary } from './usePatternLibrary';
import { useSetAsideDrafts } from './useSetAsideDrafts';

export function App({ boundTabId, boot }: { boundTabId: number | undefined; boot: Boot }) {
  const { settings, update, loaded, saveError } = usePanelSettings(boot.settings);
  const session = usePanelSession(boundTabId, boot, loaded ? settings : undefined);
  if (!loaded) return null;
  return (
    <I18nProvider locale={settings.uiLocale}>
      <Panel
        api={session}
        settings={settings}
        onSettings={update}
        settingsSaveError={saveError}
        boundTabId={boundTabId}
      />
    </I18nProvider>
  );
}

interface PanelProps {
  boundTabId: number | undefined;
  api: ReturnType<typeof usePanelSession>;
  settings: Settings;
  onSettings: (changed: Partial<Settings>) => void;
  /** Why the last change to the settings was not saved, until one is. */
  settingsSaveError?: string;
}

// The Escalations tab's rows are read ahead, so that it opens at once, only where they are few enough to
// read back in a moment: 10,000 escalations' index is 6 MB, a read that holds up every storage read after it
// (the similar-issue matching's) and the panel itself for a second or more, better spent when the tab is
// opened. How many are stored is known from the similar-issue matching's first read.
const READ_AHEAD_MAX = 3_000;

export function Panel({ api, settings, onSettings, settingsSaveError, boundTabId }: PanelProps) {
  const { t, L } = useI18n();
  const { session, reread, escalate, newDraft, movedTo } = api;
  const { view, setView, focus, showEscalation } = usePanelView();
  const patterns = usePatternLibrary(session.phase === 'ready' ? session.draft.id : undefined);
  const stored = patterns.progress?.total ?? patterns.library?.size;
  const records = useRecordSummaries(view === 'escalations' || (stored !== undefined && stored <= READ_AHEAD_MAX));
  const existing = useOpenForTicket(session.phase === 'ready' ? session.draft.key : undefined);
  const setAside = useSetAsideDrafts(session.phase === 'ready' ? session.draft.key : undefined);
  // The button pressed (Mark as escalated, Start a new draft) is gone with the view it was in: keyboard
  // focus goes to what replaced it, the escalation's notice or the new draft's step.
  const escalatedNotice = useRef<HTMLParagraphElement>(null);
  const shownPhase = useRef(session.phase);
  useEffect(() => {
    const was = shownPhase.current;
    shownPhase.current = session.phase;
    if (session.phase === 'escalated' && was !== 'escalated') escalatedNotice.current?.focus();
    if (session.phase === 'ready' && was === 'escalated') document.getElementById('step-heading')?.focus();
  }, [session.phase]);
  const drawn = session.phase !== 'loading';
  // What the panel left out of its first scripts loads once the draft is on screen and filled: parsing it
  // in the frames right after the draft was drawn delayed the draft's own values. A part opened sooner
  // loads at once.
  useEffect(() => {
    if (!drawn) return;
    const timer = setTimeout(loadAfterPaint, AFTER_PAINT_MS);
    return () => clearTimeout(timer);
  }, [drawn]);
  if (session.phase === 'loading') {
    return (
      <main>
        <p role="status">{t('app_reading')}</p>
      </main>
    );
  }
  const { read } = session;
  return (
    <main>
      <nav className={cx('row', 'views')} aria-label={t('esc_views')}>
        {(['ticket', 'escalations'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {v === 'ticket' ? t('esc_tabTicket') : t('esc_tab')}
          </button>
        ))}
      </nav>
      {view === 'escalations' ? (
        <PartBoundary from={records}>
          <EscalationsTab records={records} focus={focus} settings={settings} patterns={patterns} />
        </PartBoundary>
      ) : null}
      <div hidden={view !== 'ticket'}>
        <header className={cx('top')}>
          <div className={cx('row', 'title-row')}>
            <h1>{t('extName')}</h1>
            <div className={cx('field', 'lang')}>
              <label htmlFor="ui-locale">{t('app_language')}</label>
              <select
                id="ui-locale"
                value={settings.uiLocale}
                onChange={(e) => onSettings({ uiLocale: e.target.value as Locale })}
              >
                {LOCALES.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {LOCALE_NAMES[l]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className={cx('row')}>
            <ReadStatus read={read} onReread={() => void reread()} />
            <button type="button" onClick={() => void popOutPanel(boundTabId)}>
              {t('app_popOut')}
            </button>
          </div>
        </header>
        {settingsSaveError ? (
          <p className={cx('notice', 'error')} role="alert">
            {t('app_settingsNotSaved', settingsSaveError)}
          </p>
        ) : null}
        {movedTo ? (
          <p className={cx('notice')} role="status">
            {movedTo.number ? t('app_moved', movedTo.number) : t('app_movedOther')}
            {L.punct.gap}
            <button type="button" onClick={() => void reread()}>
              {t('read_reread')}
            </button>
          </p>
        ) : null}
        {read.ok ? <TicketView ticket={read.ticket} timeZone={settings.timeZone} /> : null}
        {/* Always in the page, empty until escalated: a live region added with its text is often not read. */}
        <section
          className={cx(session.phase === 'escalated' ? 'escalated' : '')}
          aria-label={session.phase === 'escalated' ? t('header_escalate') : undefined}
        >
          <p className={cx('live')} role="status" tabIndex={-1} ref={escalatedNotice}>
            {session.phase === 'escalated' ? <EscalatedNotice record={session.record} /> : null}
          </p>
          {session.phase === 'escalated' ? (
            <button type="button" onClick={() => void newDraft()}>
              {t('app_newDraft')}
            </button>
          ) : null}
        </section>
        {session.phase === 'unreadable' ? (
          <p className={cx('notice', 'error')} role="alert">
            {t('app_draftUnreadable', session.error)}
            {L.punct.gap}
            <button type="button" onClick={() => void reread()}>
              {t('app_readDraftAgain')}
            </button>
          </p>
        ) : null}
        {session.phase !== 'ready' ? null : (
          <>
            {existing.map((r) => (
              <p key={r.id} className={cx('notice')} role="status">
                {t(
                  'app_alreadyOpen',
                  L.severities[severityOf(r)],
                  dateTime(r.createdAt, settings.uiLocale, settings, false),
                  r.summary || t('followup_noSummary'),
                )}
                {L.punct.gap}
                <button type="button" onClick={() => showEscalation(r.id)}>
                  {t('app_openExisting')}
                </button>
              </p>
            ))}
            {setAside.items.map((item) => (
              <div key={item.storageKey} className={cx('notice')} role="status">
                <p>
                  {t(
                    'app_setAsideDraft',
                    briefTime(new Date(item.since).toISOString(), settings.uiLocale, settings.timeZone),
                    item.draft.summary || t('followup_noSummary'),
                  )}
                </p>
                <button type="button" onClick={() => void setAside.restore(item)}>
                  {t('app_useSetAside')}
                </button>{' '}
                <button type="button" onClick={() => void setAside.discard(item)}>
                  {t('app_discardSetAside')}
                </button>
                {setAside.failed?.storageKey === item.storageKey ? (
                  <p className={cx('error')} role="alert">
                    {t(setAside.failed.used ? 'app_setAsideLeft' : 'app_setAsideRefused', setAside.failed.error)}
                  </p>
                ) : null}
              </div>
            ))}
            {session.quarantined ? (
              <p className={cx('notice', 'error')} role="alert">
                {t('app_quarantined', session.quarantined)}
              </p>
            ) : null}
            <EscalationEditor
              key={session.draft.id}
              initial={session.draft}
              settings={settings}
              onSettings={onSettings}
              onEscalate={escalate}
              onDeleted={() => void newDraft()}
              alreadyOpen={existing.length > 0}
              thread={read.ok ? (read.ticket.messages ?? []) : []}
              patterns={patterns}
            />
          </>
        )}
      </div>
    </main>
  );
}

// One sentence, the summary quoted in it: "Escalated to Engineering as High severity: “Exports stop”."
function EscalatedNotice({ record }: { record: Escalation }) {
  const { t, L, locale } = useI18n();
  const summary = record.summary.trim();
  const target = nameAfterWords(record.target ? L.targets[record.target] : '', locale);
  const severity = record.severity ? L.severities[record.severity] : '';
  return (
    <Unbroken
      text={summary ? t('app_escalatedAbout', target, severity, summary) : t('app_escalated', target, severity)}
    />
  );
}
