import type { Escalation } from '../escalation/model';
import type { Redaction } from '../redact';
import { type BriefOptions, buildBrief } from './document';
import type { BriefFormat } from './formats';
import { toHtml } from './html';
import { jiraEscape, toJira } from './jira';
import type { Locale } from './labels';
import { mdEscape, toMarkdown } from './markdown';
import type { Measure } from './shorten';
import { slackEscape, toSlack } from './slack';
import { TEXT_MEASURE, toText } from './text';

// Ticket text escaped alike wherever it stands; the logs, in a code block, not escaped.
const escaped = (write: (s: string) => string): Measure => {
  const cost = (s: string) => write(s).length;
  return { line: cost, paragraph: cost, logs: (s) => s.length };
};

export function renderBrief(
  e: Escalation,
  format: BriefFormat,
  locale: Locale,
  opts: BriefOptions = { now: new Date() },
): string {
  switch (format) {
    case 'markdown':
      return toMarkdown(buildBrief(e, locale, 'command', opts, escaped(mdEscape)));
    case 'text':
      return toText(buildBrief(e, locale, 'skill', opts, TEXT_MEASURE));
    case 'slack':
      return toSlack(buildBrief(e, locale, 'command', opts, escaped(slackEscape)));
    case 'jira':
      return toJira(buildBrief(e, locale, 'command', opts, escaped(jiraEscape)));
    case 'html':
      return toHtml(buildBrief(e, locale, 'command', opts));
  }
}

// What the brief masked, so the panel can show each item and let the agent keep one visible.
export function briefRedactions(e: Escalation, locale: Locale, opts: BriefOptions): Redaction[] {
  return buildBrief(e, locale, 'command', opts).redactions;
}

export interface ClipboardPayload {
  text: string;
  html?: string;
}

// Rich editors take the HTML flavour, plain ones the text flavour of the same paste. Slack and Jira
// markup is only markup as text: an HTML flavour would win in their editors and bypass it.
export function clipboardPayload(
  e: Escalation,
  format: BriefFormat,
  locale: Locale,
  opts?: BriefOptions,
): ClipboardPayload {
  if (format === 'slack' || format === 'jira') return { text: renderBrief(e, format, locale, opts) };
  const html = renderBrief(e, 'html', locale, opts);
  // The plain flavour of a rich paste is the same brief (sections, order, date) without its markup.
  if (format === 'html') return { text: toText(buildBrief(e, locale, 'command', opts ?? { now: new Date() })), html };
  if (format === 'markdown') return { text: renderBrief(e, 'markdown', locale, opts), html };
  return { text: renderBrief(e, 'text', locale, opts) };
}
