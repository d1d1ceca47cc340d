import { runOn } from '../i18n/spacing';

const DESCRIPTION_CHARS = 1200;

// Where a sentence may end: its mark, and any closing quote or bracket after it.
const SENTENCE_MARK = /[.!?]+["'”’)\]]*|[。！？]+[”’」』）]*/g;
// A full stop that ends no sentence: in an abbreviation ("approx. 40 seats", "e.g. the export") or after a
// list number ("Steps 1. Open the portal 2. Click Export").
const NO_END_BEFORE =
  /(?:\b(?:approx|appr|ca|e\.g|i\.e|etc|vs|incl|excl|no|nr|mr|mrs|ms|dr|st|fig|ref|min|max|est)|(?:^|\s)\d{1,2})$/i;

/**
 * The text cut into sentences. A mark ends one only where a space follows it (or the text ends, or it is a
 * Chinese mark): the dots of "https://app.acme.example/reports?id=7" and "4.2.1" end nothing, nor does
 * "approx. 40".
 */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_MARK)) {
    const end = m.index + m[0].length;
    const cjk = /^[。！？]/.test(m[0]);
    const after = text.slice(end);
    const ends =
      cjk ||
      after === '' ||
      (/^\s/.test(after) && !(m[0].startsWith('.') && NO_END_BEFORE.test(text.slice(start, m.index))));
    if (!ends) continue;
    out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

// A list item as the messages are read ("1. ", "1) ", "- ", "* ", "• "), a nested one indented.
const LIST_ITEM = /^\s*(?:\d{1,3}[.)]|[-*•])\s+\S/;
// A line a program wrote rather than a person: a time stamp or a log level first, an exception's name, a
// stack frame. Prose that mentions an error ("fails with HTTP 401") is not one: it may be wrapped anywhere.
const LOG_LINE: readonly RegExp[] = [
  /^\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d|^\[?\d\d:\d\d:\d\d\b/,
  /^\[?(?:ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE|FATAL|CRITICAL|SEVERE)\b/,
  /^(?:[\w$]+\.)*[A-Z][\w$]*(?:Exception|Error)\b/,
  /^at\s+\S.*:\d+\)?$|^File\s+"[^"]+",\s+line\s+\d+|^Traceback \(most recent call last\):/,
];
// A line that ends a sentence or announces what follows: the line after it may stand on its own.
const ENDS_SENTENCE = /[.!?:。！？：]["'”’)\]」』）]*$/;

type LineKind = 'prose' | 'item' | 'log';

function kindOf(line: string): LineKind {
  if (LIST_ITEM.test(line)) return 'item';
  const bare = line.trim();
  return LOG_LINE.some((re) => re.test(bare)) ? 'log' : 'prose';
}

/**
 * The text with a line break only where it means something: before and after each list item and log line,
 * and before a line that opens a list ("Steps"). Prose lines, wrapped or in paragraphs, run together, as
 * does an indented line under a list item that wraps it.
 */
function meaningfulLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trimEnd());
  const kinds = lines.map((l) => (l ? kindOf(l) : undefined));
  // Whether the next line with words is a list item, from the end so a long message is read once.
  const opensList: boolean[] = [];
  for (let i = lines.length - 1, next: LineKind | undefined; i >= 0; i--) {
    opensList[i] = next === 'item';
    next = kinds[i] ?? next;
  }
  const out: string[] = [];
  let last: LineKind | undefined;
  let gap = false;
  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (!kind) {
      gap = true;
      return;
    }
    const prev = out.length - 1;
    if (kind !== 'prose') {
      out.push(line);
      last = kind;
    } else if (last === 'item' && !gap && /^\s/.test(line)) {
      out[prev] = runOn(out[prev] ?? '', line.trim());
    } else if (last === 'prose' && !(opensList[i] && (gap || ENDS_SENTENCE.test(out[prev] ?? '')))) {
      out[prev] = runOn(out[prev] ?? '', line.trim());
    } else {
      out.push(line.trim());
      last = 'prose';
    }
    gap = false;
  });
  return out.join('\n');
}

// The method asks for 3-5 sentences; the customer's first message is the best raw material for them. Its
// steps and log lines keep their lines: run together they read as one sentence nobody can follow.
export function descriptionFrom(text: string | undefined): string {
  if (!text) return '';
  const kept = meaningfulLines(text).trim();
  const sentences = sentencesOf(kept);
  let out = '';
  for (const s of sentences.slice(0, 5)) {
    if ((out + s).length > DESCRIPTION_CHARS) break;
    out += s;
  }
  return (out || kept.slice(0, DESCRIPTION_CHARS)).trim();
}
