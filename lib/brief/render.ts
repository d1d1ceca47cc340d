import type { Escalation } from '../escalation/model';
import type { Redaction } from '../redact';
import { type BriefOptions, buildBrief } from './document';
import type { BriefFormat } from './formats';
import { HTML_MEASURE, toHtml } from './html';
import { JIRA_MEASURE, toJira } from './jira';
import type { Locale } from './labels';
import { MARKDOWN_MEASURE, toMarkdown } from './markdown';
import { SLACK_MEASURE, toSlack } from './slack';
import { TEXT_MEASURE, toText } from './text';

export function renderBrief(
  e: Escalation,
  format: BriefFormat,
  locale: Locale,
  opts: BriefOptions = { now: new Date() },
): string {
  switch (format) {
    case 'markdown':
      return toMarkdown(buildBrief(e, locale, 'command', opts, MARKDOWN_MEASURE));
    case 'text':
      return toText(buildBrief(e, locale, 'skill', opts, TEXT_MEASURE));
    case 'slack':
      return toSlack(buildBrief(e, locale, 'command', opts, SLACK_MEASURE));
    case 'jira':
      return toJira(buildBrief(e, locale, 'command', opts, JIRA_MEASURE));
    case 'html':
      return toHtml(buildBrief(e, locale, 'command', opts, HTML_MEASURE));
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
