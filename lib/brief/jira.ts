import { onOneLine } from '../i18n/spacing';
import { type Block, type BriefDocument, boldLabel, type Field, type Punct } from './document';
import { linkTarget, splitLinks } from './links';
import { ZWSP } from './sanitize';
import type { Measure } from './shorten';

// Jira wiki markup is escaped with a backslash before any of - # * _ + ? ^ ~ | % { } [ ] ( ) ! @ (the
// renderer's BackslashEscapeRendererComponent, quoted in @atlaskit/editor-wikimarkup-transformer's
// parser/utils/escape.js; https://docs.atlassian.com/atlassian-renderer/5.0/apidocs/com/atlassian/renderer/v2/components/BackslashEscapeRendererComponent.html).
// An escaped character always renders as itself, so ticket text escapes all of them, except that - and
// the parentheses are common in prose and only escaped where they can be syntax: a dash not inside a
// word (-strike-, "- " or "----" at a line start, -- and ---), and the emoticons (y) (x) (on) :) :( ;).
// A backslash in ticket text is followed by a zero-width space: "\\" is a forced line break and "\*" an
// escape, and nothing else makes a backslash literal. So is a "&" that starts an HTML entity: the renderer
// HTML-escapes every other "&" but keeps an entity (atlassian-renderer's HtmlEscaper), so "&lt;b&gt;" typed
// in a ticket would show as "<b>", and no backslash escapes a "&". A line starting with h1.–h6. or bq. gets a
// zero-width space in front, since no character of those can be escaped.
const ALWAYS = /[*_{}[\]|!^~+#@%?]/g;
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
const LONE_DASH = /(?<![\p{L}\p{N}])-|-(?![\p{L}\p{N}])/gu;
const EMOTICON_PAREN = /\((?=(?:y|n|i|\/|x|on|off|flag|flagoff)\))/gi;
const SMILEY_PAREN = /(?<=[:;])[()]/g;
const SMILEY_LETTER = /(?<=:)(?=[PpDd](?![\p{L}\p{N}]))/gu;
const BLOCK_START = /^([ \t]*)(?=(?:h[1-6]|bq)\.)/gim;

function escapeWords(s: string): string {
  return s
    .replace(/\\/g, `\\${ZWSP}`)
    .replace(ENTITY, `&${ZWSP}`)
    .replace(ALWAYS, '\\$&')
    .replace(LONE_DASH, '\\-')
    .replace(EMOTICON_PAREN, '\\(')
    .replace(SMILEY_PAREN, '\\$&')
    .replace(SMILEY_LETTER, ZWSP);
}

// Plain http(s) URLs stay as they are so Jira links them (its own * ! ' and parentheses too; Jira reads
// them as part of the URL), the scheme in lower case (Jira links no "HTTPS://"), ending where every format
// ends a link (./links). No other scheme is ever
// written unescaped, so no [text|javascript:…] link can come out of ticket text. Jira finds links before
// it reads escapes, and a backslash is a character of a URL to it (atlassian-renderer's
// UrlRendererComponent), so "…/7\!" would link "…/7\": a zero-width space ends the link before an
// escape that follows it. A link's own [ and ] are written percent-encoded, the same address to a
// browser: Jira reads "[…]" as a link of its own before it links bare URLs (LinkRendererComponent), and
// no escape is read inside a URL.
const URL_SYNTAX = /[[\]]/g;
const percentEncoded = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;

function jiraEscape(s: string): string {
  const text = splitLinks(s)
    .map((part, i) => {
      if (i % 2) return linkTarget(part).replace(URL_SYNTAX, percentEncoded);
      const escaped = escapeWords(part);
      return i > 0 && escaped.startsWith('\\') ? `${ZWSP}${escaped}` : escaped;
    })
    .join('');
  return text.replace(BLOCK_START, `$1${ZWSP}`);
}

const inline = (s: string) => jiraEscape(onOneLine(s));

// {noformat} shows its body verbatim, with no escapes at all, and ends at the next {noformat}, so a
// log cannot be escaped, only kept from naming the macro: a zero-width space after the brace of any
// "{noformat" in it. {noformat} rather than {code}: it has no language to guess or highlight.
const noformatBody = (text: string) => text.replace(/\{(?=noformat)/gi, `{${ZWSP}`);

const escaped = (s: string) => jiraEscape(s).length;
export const JIRA_MEASURE: Measure = { line: escaped, paragraph: escaped, logs: (s) => noformatBody(s).length };

const strong = (label: string, p: Punct) => boldLabel(jiraEscape(label), p, (s) => `*${s}*`);
const field = (f: Field, p: Punct) => `${strong(f.label, p)}${p.gap}${inline(f.value)}`;

function block(b: Block, p: Punct): string {
  switch (b.kind) {
    case 'fields':
      return b.items.map((f) => `* ${field(f, p)}`).join('\n');
    case 'lines':
      return b.items.map((f) => `${jiraEscape(f.label)}${p.colon}${p.gap}${inline(f.value)}`).join('\n');
    case 'paragraph':
      return jiraEscape(b.text);
    case 'ordered':
      return b.items.map((item) => `# ${inline(item)}`).join('\n');
    case 'bullets':
      return b.items.map((item) => `* ${inline(item)}`).join('\n');
    case 'code': {
      const note = b.note ? `\n_${jiraEscape(b.note)}_` : '';
      return `${strong(b.label, p)}\n{noformat}\n${noformatBody(b.text)}\n{noformat}${note}`;
    }
  }
}

export function toJira(doc: BriefDocument): string {
  const out = [
    `h2. ${jiraEscape(doc.title.label)}${doc.punct.colon}${doc.punct.gap}${inline(doc.title.value)}`,
    doc.meta.map((f) => field(f, doc.punct)).join('\n'),
  ];
  for (const s of doc.sections)
    out.push(`h3. ${jiraEscape(s.heading)}\n${s.blocks.map((b) => block(b, doc.punct)).join('\n\n')}`);
  return `${out.join('\n\n')}\n`;
}
