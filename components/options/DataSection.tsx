import { useEffect, useId, useRef, useState } from 'react';
import { buildExport, type ImportResult, planImport, shownKey } from '../../lib/data/backup';
import { deleteAllStored, importInTurn, readAllStored, storedCounts } from '../../lib/platform/data-store';
import { useI18n } from '../i18n';
import { type Said, said, useSaidText } from '../said';
import { cx } from '../ui';
import { useStatusMessage } from '../useStatusMessage';
import { DOMAIN_REASONS } from './domain-reasons';

const FAILURES = {
  empty: 'options_importEmpty',
  'not-json': 'options_notJson',
  'not-an-export': 'options_notExport',
  'newer-export': 'options_newerExport',
} as const;

const SKIP_KEYS = {
  'unknown-key': 'options_skipUnknown',
  invalid: 'options_skipUnreadable',
  'older-than-stored': 'options_skipOlder',
  'same-as-stored': 'options_skipSame',
  'older-in-file': 'options_skipOlderInFile',
  'newer-entry': 'options_skipNewerEntry',
  'bad-id': 'options_skipBadId',
  'escalated-since': 'options_skipEscalatedSince',
  'quarantined-entry': 'options_skipQuarantined',
  'settings-kept': 'options_skipSettingsKept',
  'own-choice': 'options_skipOwnChoice',
  'bad-domain': 'options_skipBadDomain',
  'not-web-address': 'options_skipNotWebAddress',
} as const;

// "record:22b87bd0-… (Acme Corp — Export stops at 10,000 rows)": the key alone names nothing the agent knows.
const named = (key: string, name: string | undefined) =>
  name ? [said('options_named', shownKey(key), name)] : shownKey(key);

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection({ onChanged }: { onChanged: () => void }) {
  const { t, locale } = useI18n();
  const text = useSaidText();
  const id = useId();
  const [status, setStatus] = useStatusMessage<Said>();
  const [report, setReport] = useState<Said[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [counts, setCounts] = useState<Awaited<ReturnType<typeof storedCounts>>>();
  const [importing, setImporting] = useState(false);
  // Keyboard focus goes into the question on its safe answer, and back to Delete all data when it closes.
  const deleteButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The question says how much it would delete; a count that cannot be read leaves the question as it was.
  useEffect(() => {
    setCounts(undefined);
    if (!confirming) return;
    let current = true;
    storedCounts()
      .then((c) => current && setCounts(c))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [confirming]);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  // Escape keeps the data wherever it is pressed while the question is open, as Keep my data does.
  useEffect(() => {
    if (!confirming) return;
    const keep = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setConfirming(false);
    };
    document.addEventListener('keydown', keep);
    return () => document.removeEventListener('keydown', keep);
  }, [confirming]);

  // A refused read or write (storage full, the extension updated underneath the page) is said, not lost in
  // the console; each action writes all or nothing, so nothing else changed.
  const attempt = (work: () => Promise<void>) =>
    work().catch((e: unknown) => {
      setStatus(said('options_storageRefused', String(e)));
      setReport([]);
    });

  async function exportAll() {
    const file = buildExport(await readAllStored(), new Date());
    download(`escalation-brief-${file.exportedAt.slice(0, 10)}.json`, JSON.stringify(file, null, 2));
    setStatus(said('options_exported', Object.keys(file.items).length));
    setReport([]);
  }

  async function importFile(file: File) {
    const content = await file.text();
    // Planned in one go, which takes a 20 MB file tens of seconds: "Importing…" is drawn first. A tab in the
    // background draws no frame, and imports all the same.
    await new Promise((painted) => {
      requestAnimationFrame(() => setTimeout(painted));
      setTimeout(painted, 100);
    });
    const result: ImportResult = await importInTurn((stored) => planImport(content, stored, new Date()));
    if (!result.ok) {
      setStatus(said(FAILURES[result.reason]));
      setReport([]);
      return;
    }
    setStatus(said('options_imported', result.plan.imported.length, result.plan.skipped.length));
    setReport(
      result.plan.skipped.map((s) =>
        said('options_skipped', named(s.key, result.plan.names[s.key]), [
          s.reason === 'invalid' && s.detail
            ? said('options_skipInvalid', s.detail)
            : s.reason === 'bad-domain' && s.detail && s.detail in DOMAIN_REASONS
              ? said(DOMAIN_REASONS[s.detail as keyof typeof DOMAIN_REASONS])
              : said(SKIP_KEYS[s.reason]),
        ]),
      ),
    );
    onChanged();
  }

  return (
    <section className={cx('options-section')} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options_data')}</h2>
      <p className={cx('hint')}>{t('options_dataHint')}</p>
      <div className={cx('row')}>
        <button type="button" onClick={() => void attempt(exportAll)}>
          {t('options_export')}
        </button>
        <label htmlFor={`${id}-file`}>{t('options_import')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          disabled={importing}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setImporting(true);
            setStatus(said('options_importing', file.name));
            setReport([]);
            void attempt(() => importFile(file)).finally(() => setImporting(false));
          }}
        />
      </div>
      <p role="status">{status ? text(status) : ''}</p>
      {report.length ? (
        <ul className={cx('import-report')}>
          {report.map((line) => (
            <li key={JSON.stringify(line)}>{text(line)}</li>
          ))}
        </ul>
      ) : null}
      {confirming ? (
        <div
          className={cx('danger')}
          role="alertdialog"
          aria-labelledby={`${id}-ask`}
          aria-describedby={counts ? `${id}-counts` : undefined}
          onKeyDown={(e) => {
            // An alert dialog holds keyboard focus until it is answered: Tab goes round its two answers.
            if (e.key !== 'Tab') return;
            const answers = [...e.currentTarget.querySelectorAll('button')];
            const [first, last] = [answers[0], answers.at(-1)];
            if (document.activeElement !== (e.shiftKey ? first : last)) return;
            e.preventDefault();
            (e.shiftKey ? last : first)?.focus();
          }}
        >
          <p id={`${id}-ask`}>{t('options_deleteAsk')}</p>
          {counts ? (
            <p id={`${id}-counts`} aria-live="polite">
              {t(
                counts.setAside ? 'options_deleteCountsSetAside' : 'options_deleteCounts',
                ...[counts.escalations, counts.open, counts.drafts, counts.setAside].map(
                  new Intl.NumberFormat(locale).format,
                ),
              )}
            </p>
          ) : null}
          <div className={cx('row')}>
            <button
              type="button"
              className={cx('danger-button')}
              onClick={() =>
                void attempt(async () => {
                  await deleteAllStored();
                  setStatus(said('options_deleted'));
                  setReport([]);
                  onChanged();
                }).finally(() => setConfirming(false))
              }
            >
              {t('options_deleteConfirm')}
            </button>
            <button type="button" ref={keepButton} onClick={() => setConfirming(false)}>
              {t('options_deleteCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={cx('danger-button')} ref={deleteButton} onClick={() => setConfirming(true)}>
          {t('options_deleteAll')}
        </button>
      )}
    </section>
  );
}
