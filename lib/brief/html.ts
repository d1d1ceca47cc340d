import { onOneLine } from '../i18n/spacing';
import type { Block, BriefDocument, Field, Punct } from './document';
import { linkTarget, splitLinks } from './links';
import { noBroadcasts, noBroadcastsBetweenLinks } from './mentions';
import type { Measure } from './shorten';

function htmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const broken = (s: string) => noBroadcasts(s).length;

/** Ticket text with the space that breaks an @here; escapes are markup, not text. */
export const HTML_MEASURE: Measure = { line: broken, paragraph: broken, logs: broken };

// Ticket text with its addresses linked where the Markdown brief links them: only http(s) and www. ones
// (./links), so a ticket cannot smuggle a javascript: href into a rich paste. A Markdown or rich-text copy
// puts this HTML on the clipboard, and Slack pastes it: a mention of a whole channel is broken as in plain
// text.
function linkify(s: string): string {
  return splitLinks(s, { www: true })
    .map((part, i) =>
      i % 2
        ? `<a href="${htmlEscape(linkTarget(part))}">${htmlEscape(part)}</a>`
        : htmlEscape(noBroadcastsBetweenLinks(part)),
    )
    .join('');
}

// A title, field, list item or Expected / Actual line typed over several lines is one line, as in every
// other format; the description keeps its lines.
const inline = (s: string) => linkify(onOneLine(s));
const multiline = (s: string) => linkify(s).replace(/\n/g, '<br>');

const field = (f: Field, { colon, gap }: Punct) =>
  `<strong>${htmlEscape(f.label)}${colon}</strong>${gap}${inline(f.value)}`;

function block(b: Block, p: Punct): string {
  switch (b.kind) {
    case 'fields':
      return `<ul>${b.items.map((f) => `<li>${field(f, p)}</li>`).join('')}</ul>`;
    case 'lines':
      return `<p>${b.items.map((f) => `${htmlEscape(f.label)}${p.colon}${p.gap}${inline(f.value)}`).join('<br>')}</p>`;
    case 'paragraph':
      return `<p>${multiline(b.text)}</p>`;
    case 'ordered':
      return `<ol>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ol>`;
    case 'bullets':
      return `<ul>${b.items.map((i) => `<li>${inline(i)}</li>`).join('')}</ul>`;
    case 'code':
      return `<p><strong>${htmlEscape(b.label)}${p.colon}</strong></p><pre><code>${htmlEscape(noBroadcasts(b.text))}</code></pre>${
        b.note ? `<p><em>${htmlEscape(b.note)}</em></p>` : ''
      }`;
  }
}

export function toHtml(doc: BriefDocument): string {
  const parts = [
    `<h2>${htmlEscape(doc.title.label)}${doc.punct.colon}${doc.punct.gap}${inline(doc.title.value)}</h2>`,
    `<p>${doc.meta.map((f) => field(f, doc.punct)).join('<br>')}</p>`,
    ...doc.sections.map((s) => `<h3>${htmlEscape(s.heading)}</h3>${s.blocks.map((b) => block(b, doc.punct)).join('')}`),
  ];
  return parts.join('\n');
}
