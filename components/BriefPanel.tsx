import { useMemo, useState } from 'react';
import { type BriefFormat, clipboardPayload, renderBrief } from '../lib/brief/render';
import type { Escalation } from '../lib/escalation/model';
import { copyToClipboard } from '../lib/platform/worker-client';

const FORMAT_NAMES: Record<BriefFormat, string> = {
  markdown: 'Markdown',
  text: 'Plain text',
  html: 'Rich text (HTML)',
};

export function BriefPanel({ draft }: { draft: Escalation }) {
  const [format, setFormat] = useState<BriefFormat>('markdown');
  const [status, setStatus] = useState('');
  const preview = useMemo(() => renderBrief(draft, format === 'html' ? 'markdown' : format, 'en'), [draft, format]);

  async function copy() {
    setStatus('Copying…');
    const result = await copyToClipboard(clipboardPayload(draft, format, 'en'));
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
            {Object.entries(FORMAT_NAMES).map(([value, name]) => (
              <option key={value} value={value}>
                {name}
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
