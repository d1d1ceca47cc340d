// A bare http(s) address in ticket text, as chat and Markdown renderers link it: it runs to whitespace or
// a character that is markup in every format (< > " ` { } \ ^ |), and ends before trailing punctuation
// and before a closing parenthesis it did not open ("(see https://x.example/a)" ends before ")"), so
// "https://en.wikipedia.org/wiki/Comma_(disambiguation)" keeps its own. Square brackets are its own only in
// pairs after the host (?ids[]=1, ?filter[status]=open; "[https://x.example]" ends before its "]"). A "|"
// always ends it: in a ticket it is far more often a log's or a table's column ("?id=5|status=500") or Jira's
// "[text|address]" than part of an address (?var-host=a|b loses its "|b"). Each character has one way to be
// read at each point, so the pattern never backtracks far.
// Chinese, Japanese and Korean text runs on with no space after an address ("见https://x.example/42。客户…"),
// so a link also ends before a CJK character, a full-width or CJK punctuation mark (。，、：！（）【】《》…), the
// ideographic space, and the dashes, curly quotes and ellipsis (— “ ” ‘ ’ …): an address as typed has none of
// them (a browser copies a Chinese path percent-encoded), and Jira, which links only ASCII, ends there too.
const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Bopomofo}\\u2010-\\u2027\\u3000-\\u303f\\u30fb\\u30fc\\ufe30-\\ufe4f\\uff00-\\uffef';
const CHAR = `[^\\s<>"\`[\\]{}|\\\\^${CJK}]`;
const PATH_CHAR = `[^\\s<>"\`[\\]{}|\\\\^?#${CJK}]`;
const BRACKETED = `\\[${CHAR}*\\]`;
const REST = `${PATH_CHAR}(?:${PATH_CHAR}|${BRACKETED})*(?:[?#](?:${CHAR}|${BRACKETED})*)?`;
// A scheme in any case: HTTPS://… is the same address, and chat and Markdown renderers link it.
const CANDIDATE = new RegExp(`https?://${REST}`, 'giu');
// GitHub-flavoured Markdown links a "www." address that starts a word, as chat apps do; not one inside a
// host name (a.www.…), an e-mail address (sam@www.…) or a path (/www.…).
const WITH_WWW = new RegExp(`https?://${REST}|(?<![\\p{L}\\p{N}_.@/-])www\\.(?=[\\p{L}\\p{N}])${REST}`, 'giu');
const TRAILING = /[.,;:!?'*_~|]/;

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

/**
 * The text in pieces, links at the odd places: ["see ", "https://…", " now"]; with `www`, "www.…" addresses
 * too (for the formats whose renderers link them: Markdown, rich text, Slack; Jira does not).
 */
export function splitLinks(text: string, { www = false } = {}): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(www ? WITH_WWW : CANDIDATE)) {
    const url = trimmed(m[0]);
    if (url.length <= 'https://'.length && !/^www\./i.test(url)) continue;
    parts.push(text.slice(from, m.index), url);
    from = m.index + url.length;
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * Where a link opens, as the formats write it: the scheme in lower case (Jira links only "https://"), and
 * "https://" before a "www." address.
 */
export const linkTarget = (link: string): string =>
  /^www\./i.test(link) ? `https://${link}` : link.replace(/^https?/i, (scheme) => scheme.toLowerCase());
