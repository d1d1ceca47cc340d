// Jira bodies to plain text: Atlassian Document Format (REST v3, JSON) and wiki markup (REST v2 and Data
// Center, a string). Both are untrusted: nothing here builds HTML, so markup in a ticket stays literal text.
import { tidy } from './dom-text';
import { arr, type Json, obj, str } from './json';

// A quoted passage keeps the "> " of a mail quote, so what a comment quotes (an agent's earlier "it was
// fixed") is not read as its writer's own words.
const quoted = (text: string) =>
  text
    .split('\n')
    .map((l) => (l.trim() ? `> ${l}` : l))
    .join('\n');

// Nodes whose children are inline (text, mentions...) and join without separators.
const INLINE_PARENT = /^(paragraph|heading|codeBlock|tableHeader|tableCell|caption)$/;

function adf(node: Json): string {
  const n = obj(node);
  if (!n) return '';
  const kids = arr(n.content);
  const a = obj(n.attrs);
  const type = str(n.type) ?? '';
  switch (type) {
    case 'text': {
      const text = typeof n.text === 'string' ? n.text : '';
      const link = arr(n.marks)
        .map((m) => obj(m))
        .find((m) => str(m?.type) === 'link');
      const href = str(obj(link?.attrs)?.href);
      return href && href !== text ? `${text} (${href})` : text;
    }
    case 'hardBreak':
      return '\n';
    case 'mention': {
      const text = str(a?.text) ?? '';
      return text && !text.startsWith('@') ? `@${text}` : text;
    }
    case 'emoji':
      return str(a?.text) ?? str(a?.shortName) ?? '';
    case 'status':
      return str(a?.text) ?? '';
    case 'inlineCard':
    case 'blockCard':
    case 'embedCard':
      return str(a?.url) ?? '';
    case 'date': {
      const ms = Number(a?.timestamp);
      return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
    }
    case 'bulletList':
    case 'orderedList': {
      const start = Number(a?.order) || 1;
      return kids
        .map((item, i) => {
          const mark = type === 'orderedList' ? `${start + i}.` : '-';
          return `${mark} ${adf(item).trimStart()}`;
        })
        .join('\n');
    }
    case 'tableRow':
      return kids.map((cell) => adf(cell).replace(/\n+/g, ' ').trim()).join(' | ');
    case 'blockquote':
      return quoted(kids.map(adf).join('\n'));
    case 'rule':
      return '';
  }
  if (!kids.length) return '';
  return INLINE_PARENT.test(type) ? kids.map(adf).join('') : kids.map(adf).join('\n');
}

export function adfToText(doc: Json): string {
  return tidy(adf(doc));
}

// Inline wiki markers: *bold* _italic_ +underline+ -strike- ^sup^ ~sub~. A marker only counts when it hugs
// its words and is not doubled, so "snake_case", "2026-11-18", "-v" and "**markdown**" stay as they are.
const MARKERS = ['*', '_', '+', '-', '^', '~'].map((m) => {
  const e = `\\${m}`;
  return new RegExp(`(^|[^\\w${e}\\\\])${e}([^\\s${e}](?:[^${e}\\n]*[^\\s${e}\\\\])?)${e}(?![\\w${e}])`, 'g');
});

function wikiInline(line: string): string {
  let s = line
    .replace(/\{(?:color|quote|panel|section|column|tip|info|note|warning|anchor)(?::[^}]*)?\}/g, '')
    .replace(/\[~(?:accountid:)?([^\]\n]+)\]/g, '@$1')
    .replace(/\[([^\]|\n]*)\|([^\]|\n]+)(?:\|[^\]\n]*)?\]/g, (_m, text: string, href: string) => {
      const t = text.trim();
      return t && t !== href.trim() ? `${t} (${href.trim()})` : href.trim();
    })
    .replace(/\[((?:https?|mailto|ftp|file):[^\]\s]+)\]/g, '$1')
    .replace(/!([^\s!|]+\.\w{2,5})(?:\|[^!\n]*)?!/g, '[$1]')
    .replace(/\{\{(.+?)\}\}/g, '$1')
    .replace(/\?\?(.+?)\?\?/g, '$1');
  for (const re of MARKERS) s = s.replace(re, '$1$2');
  return s.replace(/\\\\/g, '\n').replace(/\\([*_+\-^~?{}[\]|!#\\])/g, '$1');
}

function wikiBlock(text: string): string {
  const counters: number[] = [];
  return text
    .split('\n')
    .map((raw) => {
      const list = /^\s*([*#]+|-)\s+(.*)$/.exec(raw);
      const marks = list?.[1];
      if (!marks) {
        counters.length = 0;
        if (/^\s*-{4,}\s*$/.test(raw)) return '';
        const quote = /^\s*bq\.\s+(.*)$/.exec(raw);
        if (quote) return quoted(wikiInline(quote[1] ?? ''));
        const line = wikiInline(raw.replace(/^\s*h[1-6]\.\s+/, ''));
        if (!/^\s*\|/.test(line)) return line;
        return line
          .trim()
          .replace(/^\|\|?|\|\|?$/g, '')
          .split(/\|\|?/)
          .map((c) => c.trim())
          .join(' | ');
      }
      counters.length = marks.length;
      const numbered = marks.endsWith('#');
      const n = numbered ? (counters[marks.length - 1] ?? 0) + 1 : 0;
      counters[marks.length - 1] = n;
      return `${numbered ? `${n}.` : '-'} ${wikiInline(list[2] ?? '')}`;
    })
    .join('\n');
}

// Markup with its {quote}…{quote} blocks on lines of their own, marked.
function wikiQuoted(text: string): string {
  return text
    .split(/\n?\{quote\}([\s\S]*?)\{quote\}\n?/)
    .map((part, i) => (i % 2 ? quoted(wikiBlock(part.replace(/^\n+|\n+$/g, ''))) : wikiBlock(part)))
    .join('\n');
}

export function wikiToText(src: string): string {
  // {code}/{noformat} bodies are verbatim: split them out before any markup is touched.
  const parts = src.replace(/\r\n?/g, '\n').split(/\{(code|noformat)(?::[^}]*)?\}([\s\S]*?)\{\1\}/);
  let out = '';
  for (let i = 0; i < parts.length; i += 3) {
    out += wikiQuoted(parts[i] ?? '');
    const code = parts[i + 2];
    if (code !== undefined) out += `\n${code.replace(/^\n+|\n+$/g, '')}\n`;
  }
  return tidy(out);
}
