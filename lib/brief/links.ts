// A bare http(s) address in ticket text, as chat and Markdown renderers link it: it runs to whitespace or
// a character that is markup in every format (< > " ` [ ] { } | \ ^), and ends before trailing punctuation
// and before a closing parenthesis it did not open ("(see https://x.example/a)" ends before ")"), so
// "https://en.wikipedia.org/wiki/Comma_(disambiguation)" keeps its own.
const CANDIDATE = /https?:\/\/[^\s<>"`[\]{}|\\^]+/g;
const TRAILING = /[.,;:!?'*_~]$/;

function trimmed(url: string): string {
  let u = url;
  for (;;) {
    const opened = (u.match(/\(/g) ?? []).length;
    const closed = (u.match(/\)/g) ?? []).length;
    if (TRAILING.test(u) || (u.endsWith(')') && closed > opened)) u = u.slice(0, -1);
    else return u;
  }
}

/** The text in pieces, links at the odd places: ["see ", "https://…", " now"]. */
export function splitLinks(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const url = trimmed(m[0]);
    if (url.length <= 'https://'.length) continue;
    parts.push(text.slice(from, m.index), url);
    from = m.index + url.length;
  }
  parts.push(text.slice(from));
  return parts;
}
