import { useEffect, useId, useRef, useState } from 'react';
import { BRIEF_FORMATS } from '../../lib/brief/formats';
import { LOCALE_NAMES } from '../../lib/brief/labels';
import { AGENT_TIERS, SEVERITIES } from '../../lib/escalation/model';
import { changedSettings, rebaseEdits } from '../../lib/settings/changes';
import { formIssues, holidaysFromText, issueMessage } from '../../lib/settings/issues';
import { DEFAULT_CADENCE, Settings } from '../../lib/settings/model';
import { useI18n } from '../i18n';
import { type Said, useSaidText } from '../said';
import { cx } from '../ui';
import { useLeaveWarning } from '../useLeaveWarning';
import { useStatusMessage } from '../useStatusMessage';

const TIER_KEYS = { l1: 'fields_tierL1', l2: 'fields_tierL2', manager: 'fields_tierManager' } as const;

interface Props {
  initial: Settings;
  /** Only what the form changed (see changedSettings); resolves to the settings as stored then. */
  onSave: (changed: Partial<Settings>) => Promise<Settings>;
}

// Edited as a whole and saved explicitly: half-typed values (a time zone, a cadence) never reach the
// panel, and what cannot be saved is explained at the field.
export function SettingsForm({ initial, onSave }: Props) {
  const { t, L } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<Settings>(initial);
  // What the form last opened or saved: `initial` follows the stored settings, which the panel may change
  // meanwhile.
  const [opened, setOpened] = useState<Settings>(initial);
  // As typed: splitting into dates on every keystroke would swallow the newline before the next date.
  const [holidayText, setHolidayText] = useState(initial.holidays.join('\n'));
  // What is being saved: the stored settings coming back with it were not changed elsewhere.
  const [saving, setSaving] = useState<Partial<Settings>>();
  // Changed elsewhere (the panel's tier or language, an import, Delete all data): every field shows it but
  // those typed here and not saved, which stay; where a typed field changed too, the page says so.
  const [seen, setSeen] = useState(initial);
  const [overwrites, setOverwrites] = useState(0);
  if (initial !== seen) {
    setSeen(initial);
    const rebased = rebaseEdits(opened, draft, initial, saving);
    if (!('holidays' in changedSettings(opened, draft))) setHolidayText(initial.holidays.join('\n'));
    setOpened(initial);
    setDraft(rebased.draft);
    if (rebased.overwritten) setOverwrites((n) => n + 1);
  }
  const [errors, setErrors] = useState<Record<string, Said[]>>({});
  const [status, setStatus] = useStatusMessage<Said>();
  // On a status line of its own: sharing the save's, a refused save replaced it, and it replaced "Saved.".
  const [elsewhere, sayElsewhere] = useStatusMessage<Said | ''>();
  useEffect(() => {
    if (overwrites) sayElsewhere({ key: 'options_changedElsewhere', args: [] });
  }, [overwrites, sayElsewhere]);
  const set = (patch: Partial<Settings>) => setDraft((d) => ({ ...d, ...patch }));
  // A holiday line not yet a date is typed too, though the settings it makes are unchanged.
  useLeaveWarning(
    Object.keys(changedSettings(opened, draft)).length > 0 || holidayText.trim() !== opened.holidays.join('\n'),
  );
  const text = useSaidText();
  // A failed save is announced once, by the status line; each reason is at its field, read with it.
  const error = (path: string) =>
    errors[path] ? (
      <p className={cx('error')} id={`${id}-${path}-err`}>
        {errors[path].map(text).join(L.punct.gap)}
      </p>
    ) : null;
  // What a field says about itself: invalid, and why (then its hint), after a refused save.
  const ariaFor = (path: string, hint?: string) => ({
    'aria-invalid': errors[path] ? true : undefined,
    'aria-describedby': [errors[path] ? `${id}-${path}-err` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
  });
  // Keyboard focus goes to the first field a failed save explains.
  const form = useRef<HTMLFormElement>(null);
  const [failedSaves, setFailedSaves] = useState(0);
  useEffect(() => {
    if (failedSaves) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedSaves]);

  async function save() {
    const parsed = Settings.safeParse(draft);
    const issues = [...(parsed.success ? [] : parsed.error.issues), ...formIssues(draft)];
    if (!parsed.success || issues.length) {
      const next: Record<string, Said[]> = {};
      for (const issue of issues) {
        // Every bad holiday line is named, together at the one box they are typed in.
        const path = issue.path[0] === 'holidays' ? 'holidays' : issue.path.join('.');
        next[path] = [...(next[path] ?? []), issueMessage(issue, holidaysFromText(holidayText).lines)];
      }
      const reasons = Object.values(next);
      setErrors(next);
      setStatus(
        reasons.length > 1
          ? { key: 'options_invalidMany', args: [reasons.length, reasons[0] ?? []] }
          : { key: 'options_invalid', args: [reasons[0] ?? []] },
      );
      setFailedSaves((n) => n + 1);
      return;
    }
    setErrors({});
    const submitted = draft;
    const changed = changedSettings(opened, parsed.data);
    setSaving(changed);
    let stored: Settings;
    try {
      stored = await onSave(changed);
    } catch (e) {
      setStatus({ key: 'options_storageRefused', args: [String(e)] });
      return;
    } finally {
      setSaving(undefined);
    }
    // The values as saved ("europe/berlin" is Europe/Berlin): nothing is left being edited, so the form
    // follows the panel again. Only what was typed while saving stays.
    setOpened(stored);
    setDraft((d) => ({ ...stored, ...changedSettings(submitted, d) }));
    setStatus({ key: 'options_saved', args: [] });
    // What it said of the typed values is done with: they are saved.
    sayElsewhere('');
  }

  const num = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

  return (
    <form
      ref={form}
      // The page explains a refused value at its field, in the page's language; the browser's own bubbles
      // (its min and step) would speak its language and refuse values the settings accept (0.75 h).
      noValidate
      className={cx('options-form')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset>
        <legend>{t('options_you')}</legend>
        <label htmlFor={`${id}-name`}>{t('options_reporterName')}</label>
        <input
          id={`${id}-name`}
          value={draft.reporter.name}
          onChange={(e) => set({ reporter: { ...draft.reporter, name: e.target.value } })}
          {...ariaFor('reporter.name')}
        />
        {error('reporter.name')}
        <label htmlFor={`${id}-team`}>{t('options_reporterTeam')}</label>
        <input
          id={`${id}-team`}
          value={draft.reporter.team}
          onChange={(e) => set({ reporter: { ...draft.reporter, team: e.target.value } })}
          {...ariaFor('reporter.team')}
        />
        {error('reporter.team')}
        <label htmlFor={`${id}-tier`}>{t('fields_tier')}</label>
        <select
          id={`${id}-tier`}
          value={draft.agentTier}
          onChange={(e) => set({ agentTier: e.target.value as Settings['agentTier'] })}
        >
          {AGENT_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(TIER_KEYS[tier])}
            </option>
          ))}
        </select>
      </fieldset>

      <fieldset>
        <legend>{t('options_briefs')}</legend>
        <label htmlFor={`${id}-format`}>{t('options_defaultFormat')}</label>
        <select
          id={`${id}-format`}
          value={draft.defaultFormat}
          onChange={(e) => set({ defaultFormat: e.target.value as Settings['defaultFormat'] })}
        >
          {BRIEF_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`options_format_${f}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-ui`}>{t('options_uiLanguage')}</label>
        <select
          id={`${id}-ui`}
          value={draft.uiLocale}
          onChange={(e) => set({ uiLocale: e.target.value as Settings['uiLocale'] })}
        >
          {Object.entries(LOCALE_NAMES).map(([value, name]) => (
            <option key={value} value={value} lang={value}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-brief`}>{t('options_briefLanguage')}</label>
        <select
          id={`${id}-brief`}
          value={draft.briefLocale}
          onChange={(e) => set({ briefLocale: e.target.value as Settings['briefLocale'] })}
        >
          {Object.entries(LOCALE_NAMES).map(([value, name]) => (
            <option key={value} value={value} lang={value}>
              {name}
            </option>
          ))}
        </select>
      </fieldset>

      <fieldset>
        <legend>{t('options_privacy')}</legend>
        <p className={cx('hint')}>{t('options_privacyHint')}</p>
        <label className={cx('check')}>
          <input
            type="checkbox"
            checked={draft.redactEmails}
            onChange={(e) => set({ redactEmails: e.target.checked })}
          />
          <span>{t('options_redactEmails')}</span>
        </label>
        <label className={cx('check')}>
          <input
            type="checkbox"
            checked={draft.redactPhones}
            onChange={(e) => set({ redactPhones: e.target.checked })}
          />
          <span>{t('options_redactPhones')}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('options_patterns')}</legend>
        <label htmlFor={`${id}-pattern-days`}>{t('options_patternWindowDays')}</label>
        <input
          id={`${id}-pattern-days`}
          type="number"
          min="1"
          max="365"
          step="1"
          value={Number.isNaN(draft.patternWindowDays) ? '' : draft.patternWindowDays}
          onChange={(e) => set({ patternWindowDays: num(e.target.value) })}
          {...ariaFor('patternWindowDays')}
        />
        {error('patternWindowDays')}
      </fieldset>

      <fieldset>
        <legend>{t('options_hours')}</legend>
        <fieldset className={cx('days')}>
          <legend>{t('options_days')}</legend>
          {[1, 2, 3, 4, 5, 6, 0].map((day) => (
            <label key={day} className={cx('check')}>
              <input
                type="checkbox"
                checked={draft.businessHours.days.includes(day)}
                {...ariaFor('businessHours.days')}
                onChange={(e) =>
                  set({
                    businessHours: {
                      ...draft.businessHours,
                      days: e.target.checked
                        ? [...draft.businessHours.days, day].sort()
                        : draft.businessHours.days.filter((d) => d !== day),
                    },
                  })
                }
              />
              <span>{t(`options_day${day}`)}</span>
            </label>
          ))}
          {error('businessHours.days')}
        </fieldset>
        <div className={cx('row')}>
          <div className={cx('field')}>
            <label htmlFor={`${id}-start`}>{t('options_start')}</label>
            <input
              id={`${id}-start`}
              type="time"
              value={draft.businessHours.start}
              onChange={(e) => set({ businessHours: { ...draft.businessHours, start: e.target.value } })}
              {...ariaFor('businessHours.start')}
            />
            {error('businessHours.start')}
          </div>
          <div className={cx('field')}>
            <label htmlFor={`${id}-end`}>{t('options_end')}</label>
            <input
              id={`${id}-end`}
              type="time"
              value={draft.businessHours.end}
              onChange={(e) => set({ businessHours: { ...draft.businessHours, end: e.target.value } })}
              {...ariaFor('businessHours.end')}
            />
            {error('businessHours.end')}
          </div>
        </div>
        <label htmlFor={`${id}-tz`}>{t('options_timeZone')}</label>
        <input
          id={`${id}-tz`}
          value={draft.timeZone}
          {...ariaFor('timeZone', `${id}-tz-hint`)}
          onChange={(e) => set({ timeZone: e.target.value })}
        />
        <p className={cx('hint')} id={`${id}-tz-hint`}>
          {t('options_timeZoneHint')}
        </p>
        {error('timeZone')}
        <label htmlFor={`${id}-holidays`}>{t('options_holidays')}</label>
        <textarea
          id={`${id}-holidays`}
          rows={3}
          value={holidayText}
          {...ariaFor('holidays')}
          onChange={(e) => {
            setHolidayText(e.target.value);
            set({ holidays: holidaysFromText(e.target.value).dates });
          }}
        />
        {error('holidays')}
      </fieldset>

      <fieldset>
        <legend>{t('options_cadence')}</legend>
        <p className={cx('hint')}>{t('options_cadenceHint')}</p>
        {SEVERITIES.map((sev) => {
          const c = draft.cadence[sev];
          const update = (patch: Partial<typeof c>) =>
            set({ cadence: { ...draft.cadence, [sev]: { ...c, ...patch } } });
          const name = L.severities[sev];
          return (
            <div key={sev} className={cx('row', 'cadence')}>
              <div className={cx('field')}>
                <label htmlFor={`${id}-${sev}-int`}>{t('options_internal', name)}</label>
                <input
                  id={`${id}-${sev}-int`}
                  type="number"
                  min="0.5"
                  step="0.5"
                  value={Number.isNaN(c.internalHours) ? '' : c.internalHours}
                  onChange={(e) => update({ internalHours: num(e.target.value) })}
                  {...ariaFor(`cadence.${sev}.internalHours`)}
                />
                {error(`cadence.${sev}.internalHours`)}
              </div>
              <div className={cx('field')}>
                <label htmlFor={`${id}-${sev}-min`}>{t('options_customerMin', name)}</label>
                <input
                  id={`${id}-${sev}-min`}
                  type="number"
                  min="0.5"
                  step="0.5"
                  value={Number.isNaN(c.customerMinHours) ? '' : c.customerMinHours}
                  onChange={(e) => update({ customerMinHours: num(e.target.value) })}
                  {...ariaFor(`cadence.${sev}.customerMinHours`)}
                />
                {error(`cadence.${sev}.customerMinHours`)}
              </div>
              <div className={cx('field')}>
                <label htmlFor={`${id}-${sev}-max`}>{t('options_customerMax', name)}</label>
                <input
                  id={`${id}-${sev}-max`}
                  type="number"
                  min="0.5"
                  step="0.5"
                  value={Number.isNaN(c.customerMaxHours) ? '' : c.customerMaxHours}
                  onChange={(e) => update({ customerMaxHours: num(e.target.value) })}
                  {...ariaFor(`cadence.${sev}.customerMaxHours`)}
                />
                {error(`cadence.${sev}.customerMaxHours`)}
              </div>
              <label className={cx('check')}>
                <input
                  type="checkbox"
                  checked={c.businessHoursOnly}
                  onChange={(e) => update({ businessHoursOnly: e.target.checked })}
                />
                <span>{t('options_businessOnly', name)}</span>
              </label>
            </div>
          );
        })}
        <button type="button" onClick={() => set({ cadence: structuredClone(DEFAULT_CADENCE) })}>
          {t('options_resetCadence')}
        </button>
      </fieldset>

      <div className={cx('row')}>
        <button type="submit" className={cx('primary')}>
          {t('options_save')}
        </button>
        <p role="status">{status ? text(status) : ''}</p>
      </div>
      <p role="status">{elsewhere ? text(elsewhere) : ''}</p>
    </form>
  );
}
