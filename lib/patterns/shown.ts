// What the box and a linked thread line show of another escalation's text: a line, not a pasted log, and
// nothing that could turn the text around it. Pure.
import { stripReordering } from '../brief/sanitize';

// Cut between characters as they are seen, as half an emoji, a flag or an accented letter shows broken; only
// the head is read, as more than twice SHOWN_CHARS UTF-16 units hold more than SHOWN_CHARS code points.
const SHOWN_CHARS = 300;
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One line of at most 300 characters, cut with "…" where a character as seen ends. */
export const shown = (s: string) => {
  const line = stripReordering(s).replace(/\s+/g, ' ').trim();
  const head = line.slice(0, 2 * SHOWN_CHARS + 1);
  const chars = [...head];
  if (chars.length <= SHOWN_CHARS) return line;
  const cut = chars.slice(0, SHOWN_CHARS - 1).join('').length;
  let end = 0;
  for (const { index, segment } of GRAPHEMES.segment(head)) {
    if (index + segment.length > cut) break;
    end = index + segment.length;
  }
  return `${line.slice(0, end)}…`;
};
