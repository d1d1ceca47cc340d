import { useMemo, useState } from 'react';
import { BRIEF_FORMATS, type BriefFormat } from '../lib/brief/formats';
import { LOCALE_NAMES, type Locale } from '../lib/brief/labels';
import { briefRedactions, clipboardPayload, renderBrief } from '../lib/brief/render';
import type { Escalation } from '../lib/escalation/model';
import { nameAfterWords } from '../lib/i18n/spacing';
import { copyToClipboard } from '../lib/platform/worker-client';
import type { RedactOptions } from '../lib/redaction-options';
import { useI18n } from './i18n';
import { hasLongRun } from './Unbroken';
import { cx } from './ui';

interface Props {
  draft: Escalation;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  initialFormat?: BriefFormat;
  redaction: RedactOptions;
  /** The agent's time zone (options): times in the brief are given in it, as in update briefs. */
  timeZone: string;
  onKeep: (key: string, keep: boolean) => void;
}

export function BriefPanel({
  draft,
  locale,
  onLocale,
  initialFormat = 'markdown',
  redaction,
  timeZone,
  onKeep,
}: Props) {
  const { t, L, locale: panelLocale } = useI18n();
  const [format, setFormat] = useState<BriefFormat>(initialFormat);
  const [status, setStatus] = useState('');
  const opts = useMemo(() => ({ now: new Date(), redaction, timeZone }), [redaction, timeZone]);
  const preview = useMemo(() => renderBrief(draft, format, locale, opts), [draft, format, locale, opts]);
  const redactions = useMemo(() => briefRedactions(draft, locale, opts), [draft, locale, opts]);

  async function copy() {
    setStatus(t('brief_copying'));
    try {
      const result = await copyToClipboard(clipboardPayload(draft, format, locale, { ...opts, now: new Date() }));
      setStatus(
        result.ok
          ? t('brief_copied', nameAfterWords(t(`brief_${format}`), panelLocale))
          : t('brief_copyFailed', result.detail ?? t('unknownError')),
      );
    } catch (error) {
      setStatus(t('brief_copyFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <section className={cx('brief')} aria-labelledby="brief-heading">
      <h2 id="brief-heading">{t('brief_heading')}</h2>
      <div className={cx('row', 'copybar')}>
        <div className={cx('field')}>
          <label htmlFor="brief-format">{t('brief_format')}</label>
          <select id="brief-format" value={format} onChange={(e) => setFormat(e.target.value as BriefFormat)}>
            {BRIEF_FORMATS.map((value) => (
              <option key={value} value={value}>
                {t(`brief_${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={cx('field')}>
          <label htmlFor="brief-locale">{t('brief_language')}</label>
          <select id="brief-locale" value={locale} onChange={(e) => onLocale(e.target.value as Locale)}>
            {(Object.keys(LOCALE_NAMES) as Locale[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className={cx('primary')} onClick={() => void copy()}>
          {t('brief_copy')}
        </button>
      </div>
      <p className={cx('status')} role="status" aria-live="polite">
        {status}
      </p>
      {redactions.length ? (
        <section className={cx('masked')} aria-label={t('brief_masked')}>
          <p>
            <strong>{t('brief_masked')}</strong> <span className={cx('muted')}>{t('brief_maskedHint')}</span>
          </p>
          <ul>
            {redactions.map((r, i) => {
              // Two of a kind read alike ("token: [token removed]"): each is numbered in the brief's order, so
              // the agent knows which one Show reveals.
              const name = t(`redact_${r.kind.replaceAll('-', '_')}`);
              const sameKind = redactions.filter((o) => o.kind === r.kind);
              const nth = redactions.slice(0, i + 1).filter((o) => o.kind === r.kind).length;
              const kind = sameKind.length > 1 ? t('brief_maskedNumbered', name, String(nth)) : name;
              return (
                <li key={r.key}>
                  {kind}
                  {L.punct.colon}
                  {L.punct.gap}
                  <code>{r.kept ? t('brief_shown') : r.masked}</code>{' '}
                  <button type="button" className={cx('link')} onClick={() => onKeep(r.key, !r.kept)}>
                    {r.kept ? t('brief_maskAgain', kind) : t('brief_show', kind)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <section className={cx('preview')} aria-label={t('brief_preview')}>
        {format === 'html' ? (
          // Rich text is previewed as it pastes, in a frame with no scripts, no same origin and nothing to fetch.
          <iframe title={t('brief_preview')} sandbox="" srcDoc={previewPage(preview, locale)} />
        ) : (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
          <pre tabIndex={0} lang={locale} className={cx(hasLongRun(preview) && 'unbroken-lines')}>
            {preview}
          </pre>
        )}
      </section>
    </section>
  );
}

const previewPage = (html: string, locale: Locale) =>
  `<!doctype html><html lang="${locale}"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><style>body{font:13px/1.45 system-ui,sans-serif;margin:8px;overflow-wrap:${hasLongRun(html) ? 'normal;overflow-x:auto' : 'anywhere'}}pre{white-space:pre-wrap}</style></head><body>${html}</body></html>`;
