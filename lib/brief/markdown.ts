import { onOneLine } from '../i18n/spacing';
import { type Block, type BriefDocument, boldLabel, type Punct } from './document';
import { linkTarget, splitLinks } from './links';
import { noBroadcasts, noBroadcastsBetweenLinks } from './mentions';
import type { Measure } from './shorten';

// Ticket text is hostile input: every character Markdown could read as syntax or raw HTML is escaped, but an
// underscore inside a word (my_reports, req_8f3a2c): CommonMark never reads one there as emphasis, and
// GitHub would keep the backslash in a "www." link or an e-mail address it links.
const SYNTAX = /[\\`*{}[\]<>#|~!&]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

function mdEscape(s: string): string {
  // A link is written as an autolink, <https://…>, as written inside: it ends at its ">", where a bare one
  // would run on into the backslash escaping the character after it ("…/7\!" linked "…/7%5C"). A "www."
  // address too, with "https://" before it: GitHub links it bare, escapes and all (…q=a\&b=c opened
  // …q=a%5C&b=c), and CommonMark would read its * or _ as emphasis.
  return splitLinks(s, { www: true })
    .map((part, i) => (i % 2 ? `<${linkTarget(part)}>` : noBroadcastsBetweenLinks(part).replace(SYNTAX, '\\$&')))
    .join('')
    .split('\n')
    .map((line) => line.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2'))
    .join('\n');
}

// A hard line break: the header fields, the Expected / Actual / … lines and the lines of a description are
// lines of their own in CommonMark (a single newline runs them into one), and two spaces show nothing where
// the Markdown is pasted as text, into Slack say, where a backslash would.
const BREAK = '  \n';
// A blank line between two lines of a description stays the paragraph break it is.
const hardBreaks = (s: string) => s.replace(/(?<=[^\n])\n(?=[^\n])/g, BREAK);

const inline = (s: string) => mdEscape(onOneLine(s));
const strong = (label: string, p: Punct) => boldLabel(mdEscape(label), p, (s) => `**${s}**`);

export function fence(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

const escaped = (s: string) => mdEscape(s).length;
const broken = (s: string) => hardBreaks(mdEscape(s)).length;

/** Ticket text escaped; the logs as written, and the fences that a run of backticks in them lengthens. */
export const MARKDOWN_MEASURE: Measure = {
  line: escaped,
  paragraph: broken,
  logs: (s) => noBroadcasts(s).length + 2 * (fence(s).length - 3),
};

function block(b: Block, p: Punct): string {
  const { colon, gap } = p;
  switch (b.kind) {
    case 'fields':
      return b.items.map((f) => `- ${strong(f.label, p)}${gap}${inline(f.value)}`).join('\n');
    case 'lines':
      return b.items.map((f) => `${mdEscape(f.label)}${colon}${gap}${inline(f.value)}`).join(BREAK);
    case 'paragraph':
      // Indentation would make an indented code block, where escapes show as written.
      return hardBreaks(mdEscape(b.text.replace(/^[ \t]+/gm, '')));
    case 'ordered':
      return b.items.map((item, i) => `${i + 1}. ${inline(item)}`).join('\n');
    case 'bullets':
      return b.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'code': {
      const f = fence(b.text);
      const note = b.note ? `\n${mdEscape(b.note)}` : '';
      return `${strong(b.label, p)}\n${f}\n${noBroadcasts(b.text)}\n${f}${note}`;
    }
  }
}

// CommonMark reads two "-" lists in a row (the asks, then the deadline) as one list whatever the blank line
// between them, which only makes it loose, each item a paragraph: they are written as the one tight list
// they are read as, as plain text writes them.
const isDashList = (b: Block) => b.kind === 'fields' || b.kind === 'bullets';
const blocks = (bs: Block[], p: Punct) =>
  bs
    .map((b, i) => `${i === 0 ? '' : isDashList(b) && isDashList(bs[i - 1] as Block) ? '\n' : '\n\n'}${block(b, p)}`)
    .join('');

export function toMarkdown(doc: BriefDocument): string {
  const { colon, gap } = doc.punct;
  const out = [
    `## ${mdEscape(doc.title.label)}${colon}${gap}${inline(doc.title.value)}`,
    doc.meta.map((f) => `${strong(f.label, doc.punct)}${gap}${inline(f.value)}`).join(BREAK),
  ];
  for (const s of doc.sections) {
    out.push(`### ${mdEscape(s.heading)}\n${blocks(s.blocks, doc.punct)}`);
  }
  return `${out.join('\n\n')}\n`;
}
