import { onOneLine } from '../i18n/spacing';
import { type Block, type BriefDocument, boldLabel, type Field, type Punct } from './document';
import { linkTarget, splitLinks } from './links';
import { noMentions } from './mentions';
import { ZWSP } from './sanitize';
import type { Measure } from './shorten';

const SOFT_HYPHEN = '\u00ad';

// Slack has no escape for its formatting characters, and a zero-width space does not help: Slack reads
// it as a word boundary, so it can switch formatting on rather than off (jsx-slack's "exact mode" relies
// on that). What is robust whether the brief is posted through the API or pasted into the composer is
// replacing them with look-alike characters that are not mrkdwn syntax, as jsx-slack's <Escape> does:
// https://github.com/yhatt/jsx-slack/blob/main/docs/about-escape-and-exact-mode.md
// The brief is pasted into Slack's message box, not posted through the API: the box neither decodes
// &amp; nor parses <@U…>, <!channel> or <url|…> typed as text, so &, < and > stay as they are (the API's
// entity escaping would show up literally). Posted through a webhook or a workflow, the same text would
// ping someone, name a channel or show one address for another, so a zero-width space after the "<" of
// every control form keeps it text there too: <!…>, <@…>, <#…> and a "<" before any scheme (<https:…>,
// <mailto:…>, <tel:…>, in any case). A line that starts with > still becomes a quote in the box, so it gets a
// soft hyphen first (jsx-slack's fix too).
const LOOKALIKES: Record<string, string> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\u02cd', // ˍ modifier letter low macron
  '`': '\u02cb', // ˋ modifier letter grave accent
  '~': '\u223c', // ∼ tilde operator
  '＊': '\ufe61', // ﹡ small asterisk
  '＿': '\u2e0f', // ⸏ paragraphos
  '｀': '\u02cb',
};

// An underscore inside a word (request_id, req_8f3a2c) opens nothing in Slack, and with every other
// underscore replaced it has nothing to close either: it stays, so an id pasted from Slack into a log
// search still matches.
const FORMATTING = /[*`~＊＿｀]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

// The "<" of a ping, a user group, a user, a channel or a link (a scheme follows it: a word, a colon and
// no space, so "if a<b: …" in a log stays exact).
const CONTROL = '<(?=[!@#]|[a-z][a-z0-9+.-]*:[^\\s>]';
// In ticket text also a "<" that a link follows: the end of a piece splitLinks left before a link.
const API_MARKUP = new RegExp(`${CONTROL}|$)`, 'gi');
const CODE_MARKUP = new RegExp(`${CONTROL})`, 'gi');

function slackEscape(s: string): string {
  // Links stay as written so Slack still links them (see ./links), a www. one with https:// before it (its
  // "_(" would otherwise turn into a look-alike); every ~ or * outside them is a look-alike, so one inside
  // has no partner to format with.
  const text = splitLinks(s, { www: true })
    .map((part, i) =>
      i % 2
        ? linkTarget(part)
        : noMentions(part)
            .replace(FORMATTING, (c) => LOOKALIKES[c] ?? c)
            .replace(API_MARKUP, `<${ZWSP}`),
    )
    .join('');
  return text.replace(/^([ \t]*)([>＞])/gm, `$1${SOFT_HYPHEN}$2`);
}

const inline = (s: string) => slackEscape(onOneLine(s));

// Inside ``` only mentions, Slack's control forms (read there too when posted through the API) and a run
// of backticks matter: a zero-width space between backticks keeps ``` in a log from closing the block early,
// and the log otherwise stays exact.
function code(text: string): string {
  return noMentions(text)
    .replace(CODE_MARKUP, `<${ZWSP}`)
    .replace(/`(?=`)/g, `\`${ZWSP}`);
}

const escaped = (s: string) => slackEscape(s).length;
export const SLACK_MEASURE: Measure = { line: escaped, paragraph: escaped, logs: (s) => code(s).length };

const strong = (label: string, p: Punct) => boldLabel(slackEscape(label), p, (s) => `*${s}*`);
const field = (f: Field, p: Punct) => `${strong(f.label, p)}${p.gap}${inline(f.value)}`;

function block(b: Block, p: Punct): string {
  switch (b.kind) {
    case 'fields':
      return b.items.map((f) => `• ${field(f, p)}`).join('\n');
    case 'lines':
      return b.items.map((f) => `${slackEscape(f.label)}${p.colon}${p.gap}${inline(f.value)}`).join('\n');
    case 'paragraph':
      return slackEscape(b.text);
    case 'ordered':
      return b.items.map((item, i) => `${i + 1}. ${inline(item)}`).join('\n');
    case 'bullets':
      return b.items.map((item) => `• ${inline(item)}`).join('\n');
    case 'code': {
      const note = b.note ? `\n_${slackEscape(b.note)}_` : '';
      return `${strong(b.label, p)}\n\`\`\`\n${code(b.text)}\n\`\`\`${note}`;
    }
  }
}

// Slack mrkdwn has no headings: the title and the section headings are bold lines.
export function toSlack(doc: BriefDocument): string {
  const out = [
    `*${slackEscape(doc.title.label)}${doc.punct.colon}${doc.punct.gap}${inline(doc.title.value)}*`,
    doc.meta.map((f) => field(f, doc.punct)).join('\n'),
  ];
  for (const s of doc.sections)
    out.push(`*${slackEscape(s.heading)}*\n${s.blocks.map((b) => block(b, doc.punct)).join('\n\n')}`);
  return `${out.join('\n\n')}\n`;
}
