import { onOneLine } from '../i18n/spacing';
import type { Block, BriefDocument, Punct } from './document';
import { noBroadcasts } from './mentions';
import type { Measure } from './shorten';

const inline = (s: string) => noBroadcasts(onOneLine(s));

// Ticket text that runs over lines (the description, the logs) sits indented under its heading or label,
// and every heading and field of the brief starts at the margin: a line of the ticket reading "IMPACT" or
// "WHAT'S NEEDED" cannot pass for one of the brief's headings, nor "- Deadline: …" for one of its fields.
// Four spaces, as plain-text mail indents a quoted block: two are easy to miss in a proportional font.
const INDENT = '    ';
const indented = (s: string) => noBroadcasts(s).replace(/^(?=.)/gm, INDENT);

/**
 * As written: the description and the logs with their indentation, a title, field or list item with none;
 * each with the space that breaks an @here.
 */
export const TEXT_MEASURE: Measure = {
  line: (s) => inline(s).length,
  paragraph: (s) => indented(s).length,
  logs: (s) => indented(s).length,
};

// "Reproduction Steps (for bugs)" -> "REPRODUCTION STEPS (for bugs)", as the skill writes it; in
// "Update — Nov 22, 2026, 12:00 PM UTC" only the label.
const heading = (h: string) => h.replace(/^[^(—]*/, (head) => head.toUpperCase());

function block(b: Block, { colon, gap }: Punct): string {
  switch (b.kind) {
    case 'fields':
      return b.items.map((f) => `- ${f.label}${colon}${gap}${inline(f.value)}`).join('\n');
    case 'lines':
      return b.items.map((f) => `${f.label}${colon}${gap}${inline(f.value)}`).join('\n');
    case 'paragraph':
      return indented(b.text);
    case 'ordered':
      return b.items.map((item, i) => `${i + 1}. ${inline(item)}`).join('\n');
    case 'bullets':
      return b.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'code':
      return `- ${b.label}${colon}\n${indented(b.text)}${b.note ? `\n${b.note}` : ''}`;
  }
}

export function toText(doc: BriefDocument): string {
  const { colon, gap } = doc.punct;
  const head = [
    `${doc.title.label}${colon}${gap}${inline(doc.title.value)}`,
    ...doc.meta.map((f) => `${f.label}${colon}${gap}${inline(f.value)}`),
  ];
  const out = [head.join('\n')];
  for (const s of doc.sections)
    out.push(`${heading(s.heading)}\n${s.blocks.map((b) => block(b, doc.punct)).join('\n')}`);
  return `${out.join('\n\n')}\n`;
}
