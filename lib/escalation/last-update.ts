// What the customer was last told, from the agent's last reply: replies open with a greeting ("Hi Dana,")
// and often a courtesy ("Thanks for your patience."), and end with a signature, so the first line says
// nothing of what was promised. The first sentences between them do, cut from the reply as written. Pure.

import {
  capitalised,
  ENDS_SENTENCE,
  GREETING_LINE,
  GREETING_START,
  isSignatureLine,
  NAME_LINE,
  SIGN_OFF,
  SIGNATURE_LINES,
} from './salutations';

const LAST_UPDATE_CHARS = 280;
// Only a reply's opening is read, from its first non-blank character: the two lines' worth come long before
// the end of a reply this long, and a pasted log of 100,000 lines split and scanned whole took a tenth of a
// second.
const READ_CHARS = 10_000;

const SIGNATURE_DELIMITER = /^(?:--|—|__)\s*$/;

// An opening courtesy that promises nothing: "Thanks for your patience." or "感谢您的耐心等待。".
const THANKS =
  '(?:many )?thanks?(?: you)?(?: so much| again)? for (?:(?:your|the) (?:patience|message|email|reply|update|follow[- ]up|details|info(?:rmation)?|reaching out)|waiting|reaching out|getting back(?: to us)?|bearing with us|contacting [^.!?\\n]{1,40})';
const HOPE = "(?:i )?hope (?:you(?:'re| are)|this (?:email )?finds you) (?:well|doing well)(?: today)?";
const SORRY = '(?:sorry|apologies) for (?:the|our|my) (?:delay|late reply|slow reply|wait|delayed (?:reply|response))';
const BARE_THANKS = '(?:many )?thanks?(?: you)?(?: so much| again)?';
const COURTESY_EN = new RegExp(`^(?:(?:${THANKS}|${HOPE}|${SORRY})[^.!?\\n]{0,40}[.!]?|${BARE_THANKS}[.!]?)$`, 'i');
const COURTESY_ZH = /^(?:感谢|谢谢)(?:您|你)?的?(?:耐心等待|耐心|等待|来信|反馈|联系我们)[^。！!]{0,10}[。！!]?$/;
const isCourtesy = (text: string) => COURTESY_EN.test(text) || COURTESY_ZH.test(text);

// A sentence ends at "." "!" "?" before the next sentence's capital, digit or quote, or at "。！？": not
// inside "v2.14.0", "acme.com", "dana@acme.com" or "5 p.m. today".
// A run of them is tried from its first mark only: from each of a pasted run of dots it took seconds.
const SENTENCE_END =
  /(?<![.!?])[.!?]+["')\]”’」]*(?=\s+["'“‘(「]?[\p{Lu}\p{N}\p{Script=Han}]|\s*$)|(?<![。！？])[。！？]+["')\]”’」]*/gu;
const CJK_END = /[\u3000-\u9fff\uff00-\uffef]/;

function bodyLines(reply: string): string[] {
  // Paragraphs are kept apart long enough to tell a signature block (its own paragraph) from a short line of news.
  const paragraphs = reply
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((p) => p.length > 0);
  const last = paragraphs.at(-1);
  if (paragraphs.length > 1 && last && last.length <= SIGNATURE_LINES && last.every(isSignatureLine)) {
    paragraphs.pop();
  }
  let lines = paragraphs.flat();
  let start = 0;
  while (start < lines.length - 1 && (GREETING_LINE.test(lines[start] ?? '') || isCourtesy(lines[start] ?? ''))) {
    start++;
  }
  lines = lines.slice(start);
  const delimiter = lines.findIndex((l) => SIGNATURE_DELIMITER.test(l));
  if (delimiter > 0) lines = lines.slice(0, delimiter);
  const signOff = lines.findIndex((l, i) => i > 0 && SIGN_OFF.test(l) && lines.length - i - 1 <= SIGNATURE_LINES);
  if (signOff > 0) lines = lines.slice(0, signOff);
  if (lines.length > 1 && NAME_LINE.test(lines.at(-1) ?? '') && ENDS_SENTENCE.test(lines.at(-2) ?? '')) {
    lines = lines.slice(0, -1);
  }
  return lines;
}

/** The first sentences of the agent's last reply after its greeting, up to about two lines' worth. */
export function lastUpdateText(reply: string): string {
  const lines = bodyLines(reply.length > READ_CHARS ? reply.trimStart().slice(0, READ_CHARS) : reply);
  // Chinese runs on without spaces between lines.
  let flat = lines.map((l, i) => (i === 0 ? l : `${CJK_END.test(lines[i - 1]?.at(-1) ?? '') ? '' : ' '}${l}`)).join('');
  if (lines.length > 1 || !GREETING_LINE.test(flat)) {
    const rest = flat.replace(GREETING_START, '');
    if (rest !== flat) flat = capitalised(rest);
  }
  if (!flat) return '';
  const ends = [...flat.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  if (ends.at(-1) !== flat.length) ends.push(flat.length);
  let from = 0;
  for (const end of ends) {
    if (end === ends.at(-1) || !isCourtesy(flat.slice(from, end).trim())) break;
    from = end;
  }
  let to = from;
  for (const end of ends) {
    if (end <= from) continue;
    if (end - from > LAST_UPDATE_CHARS) break;
    to = end;
    if (to - from >= LAST_UPDATE_CHARS / 2) break;
  }
  const text = flat.slice(from, to).trim();
  return text || `${flat.slice(from, from + LAST_UPDATE_CHARS - 1).trim()}…`;
}
