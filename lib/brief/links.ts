// A bare http(s) address in ticket text, as chat and Markdown renderers link it: it runs to whitespace or
// a character that is markup in every format (< > " ` [ ] { } | \ ^), and ends before trailing punctuation
// and before a closing parenthesis it did not open ("(see https://x.example/a)" ends before ")"), so
// "https://en.wikipedia.org/wiki/Comma_(disambiguation)" keeps its own.
const CANDIDATE = /https?:\/\/[^\s<>"`[\]{}|\\^]+/g;
const TRAILING = /[.,;:!?'*_~]/;

// One count of the parentheses, then one step back per character dropped: recounting the rest of the
// link for each dropped ")" took seconds on a pasted run of them.
function trimmed(url: string): string {
  let opened = 0;
  let closed = 0;
  for (const c of url) {
    if (c === '(') opened++;
    else if (c === ')') closed++;
  }
  let end = url.length;
  for (;;) {
    const last = url[end - 1] ?? '';
    if (TRAILING.test(last)) end--;
    else if (last === ')' && closed > opened) {
      end--;
      closed--;
    } else return url.slice(0, end);
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
