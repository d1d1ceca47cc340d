import type { Escalation } from '../escalation/model';
import { z } from '../zod';
import { type BriefOptions, buildBrief } from './document';
import { toHtml } from './html';
import type { Locale } from './labels';
import { toMarkdown } from './markdown';
import { toText } from './text';

export const BRIEF_FORMATS = ['markdown', 'text', 'html'] as const;
export const BriefFormat = z.enum(BRIEF_FORMATS);
export type BriefFormat = z.infer<typeof BriefFormat>;

export function renderBrief(
  e: Escalation,
  format: BriefFormat,
  locale: Locale,
  opts: BriefOptions = { now: new Date() },
): string {
  switch (format) {
    case 'markdown':
      return toMarkdown(buildBrief(e, locale, 'command', opts));
    case 'text':
      return toText(buildBrief(e, locale, 'skill', opts));
    case 'html':
      return toHtml(buildBrief(e, locale, 'command', opts));
  }
}

export interface ClipboardPayload {
  text: string;
  html?: string;
}

// Rich editors take the HTML flavour, plain ones the text flavour of the same paste.
export function clipboardPayload(
  e: Escalation,
  format: BriefFormat,
  locale: Locale,
  opts?: BriefOptions,
): ClipboardPayload {
  const html = renderBrief(e, 'html', locale, opts);
  if (format === 'html') return { text: renderBrief(e, 'text', locale, opts), html };
  if (format === 'markdown') return { text: renderBrief(e, 'markdown', locale, opts), html };
  return { text: renderBrief(e, 'text', locale, opts) };
}
