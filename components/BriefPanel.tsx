import { useMemo, useState } from 'react';
import type { Locale } from '../lib/brief/labels';
import { BRIEF_FORMATS, type BriefFormat, clipboardPayload, renderBrief } from '../lib/brief/render';
import type { Escalation } from '../lib/escalation/model';
import { copyToClipboard } from '../lib/platform/worker-client';

const FORMAT_NAMES: Record<string, string> = {
  markdown: 'Markdown',
  text: 'Plain text',
  slack: 'Slack',
  jira: 'Jira',
  html: 'Rich text (HTML)',
};
const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

interface Props {
  draft: Escalation;
  locale: Locale;
  onLocale: (locale: Locale) => void;
  initialFormat?: BriefFormat;
}

export function BriefPanel({ draft, locale, onLocale, initialFormat = 'markdown' }: Props) {
  const [format, setFormat] = useState<BriefFormat>(initialFormat);
  const [status, setStatus] = useState('');
  // The HTML flavour is previewed as its Markdown twin: same sections, readable as text.
  const preview = useMemo(
    () => renderBrief(draft, format === 'html' ? 'markdown' : format, locale),
    [draft, format, locale],
  );

  async function copy() {
    setStatus('Copying…');
    const result = await copyToClipboard(clipboardPayload(draft, format, locale));
    setStatus(
      result.ok
        ? `Copied as ${FORMAT_NAMES[format]}.`
        : `Copy failed: ${result.detail ?? 'unknown error'}. Select the preview and copy it by hand.`,
    );
  }

  return (
    <section className="brief" aria-labelledby="brief-heading">
      <h2 id="brief-heading">Brief</h2>
      <div className="row copybar">
        <div className="field">
          <label htmlFor="brief-format">Format</label>
          <select id="brief-format" value={format} onChange={(e) => setFormat(e.target.value as BriefFormat)}>
            {BRIEF_FORMATS.map((value) => (
              <option key={value} value={value}>
                {FORMAT_NAMES[value] ?? value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="brief-locale">Brief language</label>
          <select id="brief-locale" value={locale} onChange={(e) => onLocale(e.target.value as Locale)}>
            {(Object.keys(LOCALE_NAMES) as Locale[]).map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy brief
        </button>
      </div>
      <p className="status" role="status" aria-live="polite">
        {status}
      </p>
      <section className="preview" aria-label="Brief preview">
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
        <pre tabIndex={0}>{preview}</pre>
      </section>
    </section>
  );
}
