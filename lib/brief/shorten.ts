import { type RedactOptions, secretSpans } from '../redact';

// How far past a cut a secret it falls inside can reach (a card or key cut in two would no longer match
// what masks it, and half would show).
export const SECRET_REACH = 4096;

/**
 * Where to cut text down to at most `limit` characters: at a line end within the last eighth of what is
 * kept (a log keeps whole lines), else at a space there (prose keeps whole words); never between the two
 * halves of a surrogate pair (an emoji, a rare CJK character), and before the start of a secret it would
 * fall inside.
 */
export function cutPoint(text: string, limit: number, redaction: RedactOptions): number {
  if (text.length <= limit) return text.length;
  const lastCode = text.charCodeAt(limit - 1);
  let cut = lastCode >= 0xd800 && lastCode <= 0xdbff ? limit - 1 : limit;
  const near = Math.max(1, cut - Math.floor(limit / 8));
  const tail = text.slice(near, cut + 1);
  const back = tail.includes('\n') ? tail.lastIndexOf('\n') : tail.search(/\s\S*$/);
  if (back >= 0) cut = near + back;
  const spans = secretSpans(text.slice(0, cut + SECRET_REACH), redaction);
  for (let moved = true; moved; ) {
    const across = spans.find(([start, end]) => start < cut && end > cut);
    moved = across !== undefined;
    if (across) cut = across[0];
  }
  return cut;
}
