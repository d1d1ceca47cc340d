import { secretSpans } from '../redact';
import type { RedactOptions } from '../redaction-options';
import type { Block, BriefDocument, Field } from './document';
import { splitLinks } from './links';
import { stripControls } from './sanitize';

// How far past a cut a secret it falls inside can reach (a card or key cut in two would no longer match
// what masks it, and half would show).
const SECRET_REACH = 4096;

// Slack takes 40,000 characters a message and a Jira text field 32,767 by default: the ticket text in a
// brief, besides the evidence (EVIDENCE_CHARS_IN_BRIEF), stays within this so that a whole brief fits both.
// It is counted as the format writes it: a backslash before each * or | doubles text made of them in Jira.
export const TEXT_CHARS_IN_BRIEF = 16_000;

/** How many characters some ticket text takes in the brief once the format has escaped it. */
export type Cost = (text: string) => number;
const asWritten: Cost = (text) => text.length;

/**
 * What ticket text costs where the format writes it: on a line of its own after a label or bullet (the
 * title, a field, a list item), as a paragraph (the description), as the logs. Plain text indents only the
 * last two.
 */
export interface Measure {
  line: Cost;
  paragraph: Cost;
  logs: Cost;
}
export const AS_WRITTEN: Measure = { line: asWritten, paragraph: asWritten, logs: asWritten };

// Where each address in the text starts and ends, as every format finds it (./links).
function linkSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const [i, part] of splitLinks(text, { www: true }).entries()) {
    if (i % 2) spans.push([at, at + part.length]);
    at += part.length;
  }
  return spans;
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// How far back a character as seen can start: an emoji joined of several (a family of four) is 11 units.
const GRAPHEME_REACH = 64;

// The last place at or before `at` between two characters as seen.
function graphemeStart(text: string, at: number): number {
  const from = Math.max(0, at - GRAPHEME_REACH);
  let start = from;
  for (const { index } of GRAPHEMES.segment(text.slice(from, at + GRAPHEME_REACH))) {
    if (from + index > at) break;
    start = from + index;
  }
  return start;
}

/**
 * Where to cut text down to at most `limit` characters: at a line end within the last eighth of what is
 * kept (a log keeps whole lines), else at a space there (prose keeps whole words); never inside a character
 * as seen (an emoji, one joined of several as a family or a flag, a rare CJK character, a letter with its
 * accents), and before the start of a secret it would fall inside, or of an address (cut short, it would
 * still be linked, to a page it never named).
 */
function cutPoint(text: string, limit: number, redaction: RedactOptions): number {
  if (text.length <= limit) return text.length;
  let cut = graphemeStart(text, limit);
  const near = Math.max(1, cut - Math.floor(limit / 8));
  const tail = text.slice(near, cut + 1);
  const back = tail.includes('\n') ? tail.lastIndexOf('\n') : tail.search(/\s\S*$/);
  if (back >= 0) cut = near + back;
  const spans = [...secretSpans(text.slice(0, cut + SECRET_REACH), redaction), ...linkSpans(text)];
  for (let moved = true; moved; ) {
    const across = spans.find(([start, end]) => start < cut && end > cut);
    moved = across !== undefined;
    if (across) cut = across[0];
  }
  return cut;
}

/**
 * The head of some ticket text, stripped as masking will see it, and how many characters were left out.
 * Stripped first: a mark inside a card number would hide it from the cut. Only the head is read (a log can
 * be megabytes and this runs on every keystroke).
 */
function shorten(text: string, limit: number, redaction: RedactOptions): { text: string; left: number } {
  const raw = stripControls(text.slice(0, limit + SECRET_REACH));
  if (raw.length <= limit && text.length <= limit + SECRET_REACH) return { text: raw, left: 0 };
  const cut = cutPoint(raw, limit, redaction);
  return { text: raw.slice(0, cut), left: raw.length - cut + Math.max(0, text.length - limit - SECRET_REACH) };
}

// The length each piece of text may keep so that together they fit the budget: the short ones whole, the
// longest cut to the same length.
function share(sizes: number[], budget: number): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let left = budget;
  for (const [i, size] of sorted.entries()) {
    const each = Math.floor(left / (sorted.length - i));
    if (size > each) return each;
    left -= size;
  }
  return Number.POSITIVE_INFINITY;
}

type Note = (left: number) => string;

// The head of some ticket text that costs at most `limit`: escapes only add characters, so the first try
// keeps `limit` characters and each next one fewer, in the proportion the last one was over.
export function shortenTo(text: string, limit: number, redaction: RedactOptions, cost: Cost) {
  for (let chars = limit; ; ) {
    const head = shorten(text, chars, redaction);
    const spent = cost(head.text);
    if (spent <= limit || !head.text) return head;
    chars = Math.min(head.text.length - 1, Math.floor((head.text.length * limit) / spent));
  }
}

function shortText(text: string, limit: number, note: Note, redaction: RedactOptions, cost: Cost): string {
  const head = shortenTo(text, limit, redaction, cost);
  return head.left ? `${head.text}\n${note(head.left)}` : head.text;
}

// What each item of a list costs besides its text, in any format: its number or bullet, a space and the
// line break ("15000. " and a newline); thousands of one-letter steps are mostly that.
const itemMarker = (index: number) => String(index + 1).length + 3;

// A list keeps its first items, the one the limit falls in cut, and one item more saying what was left out.
function shortList(items: string[], limit: number, note: Note, redaction: RedactOptions, cost: Cost): string[] {
  const kept: string[] = [];
  let used = 0;
  let left = 0;
  for (const [i, item] of items.entries()) {
    used += itemMarker(i);
    const head = left ? { text: '', left: item.length } : shortenTo(item, Math.max(0, limit - used), redaction, cost);
    if (head.text.trim()) kept.push(head.left ? head.text : item);
    left += head.left;
    used += cost(item);
  }
  return left ? [...kept, note(left)] : kept;
}

// A list is one piece, cut as a whole; each field is one; the evidence has a limit of its own.
function blockSizes(b: Block, line: Cost, paragraph: Cost): number[] {
  if (b.kind === 'code') return [];
  if (b.kind === 'paragraph') return [paragraph(b.text)];
  if (b.kind === 'ordered' || b.kind === 'bullets')
    return [b.items.reduce((n, item, i) => n + itemMarker(i) + line(item), 0)];
  return b.items.map((f) => line(f.value));
}

/**
 * The brief with its ticket text within TEXT_CHARS_IN_BRIEF as the format writes it (`written`): when the
 * title, fields, paragraphs and lists (the evidence apart) add up to more, the longest are cut to the same
 * length, each saying how many characters were left out. The record keeps them all.
 */
export function withinBudget(
  doc: BriefDocument,
  note: Note,
  redaction: RedactOptions,
  written: Measure = AS_WRITTEN,
): BriefDocument {
  // Text longer than the whole budget is cut whatever its escapes: it is not escaped on every keystroke.
  const capped =
    (cost: Cost): Cost =>
    (s) =>
      s.length > TEXT_CHARS_IN_BRIEF ? s.length : cost(s);
  const line = capped(written.line);
  const paragraph = capped(written.paragraph);
  const values = (items: Field[]) => items.map((f) => line(f.value));
  const sizes = [
    line(doc.title.value),
    ...values(doc.meta),
    ...doc.sections.flatMap((s) => s.blocks.flatMap((b) => blockSizes(b, line, paragraph))),
  ];
  const limit = share(sizes, TEXT_CHARS_IN_BRIEF);
  if (limit === Number.POSITIVE_INFINITY) return doc;
  const text = (s: string, cost: Cost) => (cost(s) > limit ? shortText(s, limit, note, redaction, cost) : s);
  const field = (f: Field): Field => ({ ...f, value: text(f.value, line) });
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'fields':
      case 'lines':
        return { ...b, items: b.items.map(field) };
      case 'paragraph':
        return { ...b, text: text(b.text, paragraph) };
      case 'ordered':
      case 'bullets':
        return { ...b, items: shortList(b.items, limit, note, redaction, line) };
      case 'code':
        return b;
    }
  };
  return {
    ...doc,
    title: field(doc.title),
    meta: doc.meta.map(field),
    sections: doc.sections.map((s) => ({ ...s, blocks: s.blocks.map(block) })),
  };
}
