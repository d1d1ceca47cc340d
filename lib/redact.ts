// Secrets and personal data found in ticket text are masked before anything reaches a brief. The agent
// sees each masked item in the panel and can keep one visible; the choice is stored by a hash of the
// value, so the list of choices never repeats the secret.

import { issuedByCardNetwork } from './card-networks';
import type { Escalation } from './escalation/model';
import type { Settings } from './settings/model';

export type RedactionKind = 'bearer' | 'api-key' | 'url-password' | 'card' | 'national-id' | 'email' | 'phone';

export interface RedactOptions {
  emails: boolean;
  phones: boolean;
  // Keys of items the agent chose to keep visible.
  keep: readonly string[];
}

export interface Redaction {
  key: string;
  kind: RedactionKind;
  masked: string;
  // Found, but the agent chose to keep it visible in the brief.
  kept: boolean;
}

/** What the agent's settings and a draft's or escalation's "keep visible" choices mask in anything copied. */
export function redactionOf(
  e: Pick<Escalation, 'unmasked'>,
  settings: Pick<Settings, 'redactEmails' | 'redactPhones'>,
): RedactOptions {
  return { emails: settings.redactEmails, phones: settings.redactPhones, keep: e.unmasked };
}

interface Rule {
  kind: RedactionKind;
  re: RegExp;
  // Which capture group is the secret (0: the whole match); of several, the one that matched.
  group: number | readonly number[];
  valid?: (value: string) => boolean;
  mask: (value: string) => string;
  optional?: 'emails' | 'phones';
  // A match that holds no secret is tried again from its next character (see secretsOf).
  retry?: boolean;
  // Matched right after a value, it tells the value was the name of the next secret: the rule reads on from
  // the value's start rather than after it.
  nameOfNext?: RegExp;
}

// Full-width digits (what a Chinese or Japanese IME types) count as the ASCII ones.
const digits = (s: string) =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

export function luhn(number: string): boolean {
  const d = digits(number);
  if (d.length < 13 || d.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

const label = (what: string) => () => `[${what} removed]`;

// A secret's name, joined to others by _ or - ("aws_secret_access_key", "X-Auth-Token"), so the name is not
// bounded by \b. Its letters are spelled in both cases because the rule is case-sensitive: whether a capital
// follows a full stop decides where a bare value ends. A Chinese name needs no boundary: "api密钥",
// "访问令牌" and "登录密码" end in one.
const anyCase = (pattern: string) => pattern.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const SECRET_NAME = `(?:(?<![A-Za-z0-9])(?:${anyCase(
  'api[_-]?key|(?:secret[_-]?)?access[_-]?key|secret[_-]?key|(?:access|auth|refresh|session)[_-]?token|client[_-]?secret|secret|password|passwd|pwd',
)})(?![A-Za-z0-9])|密码|口令|密钥|秘钥|令牌)`;
// A colon or equals sign, ASCII or full-width (a Chinese IME types "密码：hunter2"); "忘记密码了" names no value.
const ASSIGN = '[:=：＝]';

// A quoted value is masked whole, however short, spaces and escaped quotes and all ("Hunt3r\"2 more");
// Chinese text quotes with “” ‘’ 「」 『』, and smart punctuation after "=" types ”…” or ’…’. JSON logged
// inside a string quotes with \" (its own quotes in the value are \\\").
const QUOTED = [
  String.raw`"((?:[^"\\\n]|\\.)+)"`,
  String.raw`\\"((?:[^"\\\n]|\\\\\\"|\\\\|\\[^"\\\n])+)\\"`,
  String.raw`'((?:[^'\\\n]|\\.)+)'`,
  String.raw`“([^“”\n]+)”`,
  String.raw`‘([^‘’\n]+)’`,
  String.raw`”([^”\n]+)”`,
  String.raw`’([^’\n]+)’`,
  String.raw`「([^「」\n]+)」`,
  String.raw`『([^『』\n]+)』`,
];
// What a masked secret is replaced with in the text the later rules read (see blanked).
const BLANK = '\0';
// A bare value stops at a space, a quote, , ; } and at CJK text and the full-width punctuation around it
// ("api_key=sk12345，之后…"): no one types those in a secret, and the sentence goes on after the mask. Smart
// punctuation (’ ” – …) may be the secret's own ("it’s-Me-2024"), so it does not end one. It stops at a secret
// masked before it too, and then even 1-3 characters are the start of that secret ("pwd=a1-AKIA…").
const BARE = String.raw`[^\0\s"',;}\u3000-\u303F\uFF00-\uFFEF\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]`;
// A full stop after it ends the sentence, not the secret, at the end of a line, before a capital or a CJK
// word ("password=hunter22. Please") or right before a quote or CJK text; elsewhere it is the secret's own
// ("password=p.ss.w0rd to log in"). "!" and "?" are always the secret's: "Summer2024!" is not left showing its
// last character. Only the start of a run of dots is tried, so thousands of them are read once.
const SENTENCE_END = String.raw`(?<!\.)\.+(?:$|(?=[^\S\n]*\n|[^\S\n]+[\p{Lu}\p{Lo}])|(?![\s,;}]|${BARE}))`;
const BARE_VALUE = `(${BARE}{4,}?|${BARE}{1,3}(?=${BLANK}))(?=${SENTENCE_END}|(?!${BARE}))`;

// A digit as typed: ASCII or full-width.
const D = '[0-9０-９]';

const RULES: readonly Rule[] = [
  { kind: 'bearer', re: /\bBearer\s+([A-Za-z0-9\-._~+/]{16,}=*)/gi, group: 1, mask: label('token') },
  // The "token" scheme (GitHub's) in any case; its value has letters and digits: "the token refresh_flow" is prose.
  {
    kind: 'bearer',
    re: /\bToken\s+([A-Za-z0-9\-._~+/]{16,}=*)/gi,
    group: 1,
    valid: (v) => /\d/.test(v) && /[A-Za-z]/.test(v),
    mask: label('token'),
  },
  // The password runs to the last @ before the host, so one holding an @ is masked whole. The scheme is
  // short: unbounded, "a.a.a.…" (a run of scheme characters with no "://") was retried from each of its
  // letters, seconds for 40 KB.
  {
    kind: 'url-password',
    re: /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s:@/\0]*:([^\s/\0]+)@/gi,
    group: 1,
    mask: label('password'),
  },
  // An AWS secret key written after its key id, as the pair is stored and pasted ("AKIA…:wJalr…", a
  // credentials CSV's "AKIA…,wJalr…"): 40 characters of base64. Read before the key id is masked.
  {
    kind: 'api-key',
    re: /\bAKIA[0-9A-Z]{16}(?:[^\S\n]*[:：=,;|][^\S\n]*|[^\S\n]+)([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/g,
    group: 1,
    mask: label('secret'),
  },
  {
    kind: 'api-key',
    re: /\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}\b|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}|\bxox[abeprs]-[A-Za-z0-9-]{10,}\b|\bxapp-[A-Za-z0-9-]{10,}\b|\bAIza[0-9A-Za-z\-_]{35}\b/g,
    group: 0,
    mask: label('API key'),
  },
  {
    kind: 'api-key',
    re: new RegExp(String.raw`${SECRET_NAME}(?:\\?["'])?\s*${ASSIGN}\s*(?:${QUOTED.join('|')}|${BARE_VALUE})`, 'gu'),
    group: [...QUOTED.keys(), QUOTED.length].map((i) => i + 1),
    mask: label('secret'),
    // 'pwd="password":"x"': the quoted "password" is masked, and then names "x".
    nameOfNext: new RegExp(String.raw`\\?["'”’」』]\s*${ASSIGN}`, 'y'),
  },
  {
    kind: 'national-id',
    // Read before cards: in two SSNs side by side ("123-45-6789 123-45-6789") the digits from the first one's
    // second group on can pass for a card, and that mask left "123-" showing. One with dashes may follow a word
    // ("SSN123-45-6789").
    // US SSN (with spaces only after "SSN": "555 12 3456" may be a phone number), UK National Insurance
    // number, Chinese resident identity number (18 characters).
    re: /(?<!\d)(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b|(?<=\b(?:[Ss][Ss][Nn]|[Ss]ocial [Ss]ecurity(?: [Nn]umber)?)#?:?[^\S\n]{0,16})(?!000|666|9\d\d)\d{3} (?!00)\d{2} (?!0000)\d{4}\b|\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b|\b[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]\b/g,
    group: 0,
    mask: label('ID number'),
  },
  {
    kind: 'card',
    // Grouped by a space of any width (no-break, thin, ideographic, zero-width) or a dash, as a word processor or
    // an IME writes it, or by dots in fours (4-6-5 for Amex); digits either side of a dot otherwise are a decimal
    // ("thread_ts=1700000000.123456").
    re: new RegExp(
      `(?<![\\w０-９]|${D}[.．])(?:${D}{4}(?:[.．]${D}{4}){3}(?:[.．]${D}{3})?|${D}{4}[.．]${D}{6}[.．]${D}{4,5}|${D}(?:[- \\u00a0\\u2000-\\u200d\\u2010-\\u2015\\u202f\\u205f\\u2060\\u3000－]?${D}){12,18})(?![\\w０-９]|[.．]${D})`,
      'g',
    ),
    group: 0,
    valid: (v) => issuedByCardNetwork(digits(v)) && luhn(v),
    retry: true,
    mask: (v) => `[card •••• ${digits(v).slice(-4)}]`,
  },
  // Bounded runs here and below: an unbounded one is retried from each start in a long run of its characters
  // ("a.a.a.…", 40 KB of spaces), seconds of a frozen preview. An address's local part is at most 64.
  {
    kind: 'email',
    re: /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+\b/g,
    group: 0,
    mask: label('email'),
    optional: 'emails',
  },
  {
    kind: 'phone',
    re: /(?<![\w/.-])\+?\d[\d ().-]{7,24}\d(?![\w/-])/g,
    group: 0,
    valid: (v) => digits(v).length >= 9 && digits(v).length <= 15,
    mask: label('phone number'),
    optional: 'phones',
  },
];

// FNV-1a: a stable, short key for "keep this one visible" that does not store the value itself.
export function redactionKey(kind: RedactionKind, value: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${kind}:${(h >>> 0).toString(16)}`;
}

// The secret a rule's match holds, when it is one (a card is one a network issues and passes the Luhn check,
// a token has digits).
function secretIn(rule: Rule, match: string, groups: unknown[]): string | undefined {
  const picks = typeof rule.group === 'number' ? [rule.group] : rule.group;
  const value = rule.group === 0 ? match : picks.map((g) => groups[g - 1]).find((v) => typeof v === 'string' && v);
  return typeof value === 'string' && value && (!rule.valid || rule.valid(value)) ? value : undefined;
}

interface Found {
  // Where the match starts, and where in it the secret.
  index: number;
  match: string;
  start: number;
  value: string;
}

// Each secret a rule finds. A card match that holds none (digits no card network issues) is tried again from
// its next character, so it does not swallow the card right after it ("+44 20 7946 0958 4111 1111 1111 1111"
// is a phone number, then a card); other rules go on after it, as a phone number there would be cut short.
// The card rule has no 'u' flag, so one character on is one code unit. Read through to the end before the
// rule is used again.
function* secretsOf(rule: Rule, text: string): Generator<Found> {
  const re = rule.re;
  re.lastIndex = 0;
  // Where the last value found ends: a match read again from inside it may only find one after it.
  let end = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = secretIn(rule, m[0], m.slice(1));
    if (!value) {
      if (rule.retry) re.lastIndex = m.index + 1;
      continue;
    }
    // The value ends every match that captures it but a URL password's (then only "@" follows), so its last
    // occurrence is the one captured: "admin:admin@" masks the password, not the user.
    const start = m.index + m[0].lastIndexOf(value);
    if (start < end) continue;
    end = start + value.length;
    yield { index: m.index, match: m[0], start, value };
    if (rule.nameOfNext) {
      rule.nameOfNext.lastIndex = end;
      if (rule.nameOfNext.test(text)) re.lastIndex = start;
    }
  }
}

const rulesFor = (opts: RedactOptions) => RULES.filter((rule) => !rule.optional || opts[rule.optional]);

interface Masked {
  start: number;
  end: number;
  text: string;
}

// The spans (sorted, apart) that overlap [start, end), found by binary search: a log holds thousands.
function overlapping(spans: readonly Masked[], start: number, end: number): Masked[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Masked).end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: Masked[] = [];
  for (let i = lo; i < spans.length && (spans[i] as Masked).start < end; i++) out.push(spans[i] as Masked);
  return out;
}

function merged(a: readonly Masked[], b: readonly Masked[]): Masked[] {
  const out: Masked[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i] as Masked).start < (b[j] as Masked).start) ? a[i++] : b[j++];
    out.push(next as Masked);
  }
  return out;
}

// The text with each span (sorted, apart) replaced by what `put` gives for it.
function spliced(text: string, spans: readonly Masked[], put: (span: Masked) => string): string {
  let out = '';
  let from = 0;
  for (const span of spans) {
    out += text.slice(from, span.start) + put(span);
    from = span.end;
  }
  return out + text.slice(from);
}

// A masked secret is blanked for the rules after it (NUL, which none reads and stripControls has taken out of
// ticket text): offsets hold, a later match stops where an earlier secret was, as it stopped at its mask
// before, and no mask is read as another secret ("api_key=sk_live_…" is one API key, not "[API" behind
// "api_key="). A secret kept visible stays readable to the rules after it, but none masks a part of it.
const blanked = (view: string, spans: readonly Masked[]) =>
  spliced(view, spans, (span) => BLANK.repeat(span.end - span.start));

// The masks a text gets, and where each secret's match reaches (the name with it) in what the rules read.
function scan(text: string, opts: RedactOptions, found: Map<string, Redaction>) {
  let view = text;
  let taken: Masked[] = [];
  const reach: [number, number][] = [];
  const shown: Masked[] = [];
  for (const rule of rulesFor(opts)) {
    const mine: Masked[] = [];
    const absorbed = new Set<Masked>();
    for (const { index, match, value, start: at } of secretsOf(rule, view)) {
      reach.push([index, index + match.length]);
      let start = at;
      let end = start + value.length;
      const hit = overlapping(taken, start, end);
      // Wholly masked already ("api_key=sk_live_…" is one API key): once.
      if (hit.length && covers(hit, start, end)) continue;
      // Part of an item the agent chose to show ("4111 1111 1111 1111" kept: not "4111 [phone number removed]").
      if (shown.some((k) => k.start <= start && end <= k.end)) continue;
      const key = redactionKey(rule.kind, value);
      const masked = rule.mask(value);
      const kept = opts.keep.includes(key);
      found.set(key, { key, kind: rule.kind, masked, kept });
      if (kept) {
        shown.push({ start, end, text: value });
        continue;
      }
      // A value that reaches past an earlier mask ('password="sk_live_… and more"') is masked whole, that mask
      // with it.
      for (const h of hit) {
        absorbed.add(h);
        start = Math.min(start, h.start);
        end = Math.max(end, h.end);
      }
      mine.push({ start, end, text: masked });
    }
    if (!mine.length) continue;
    taken = merged(absorbed.size ? taken.filter((s) => !absorbed.has(s)) : taken, mine);
    view = blanked(view, mine);
  }
  return { taken, reach };
}

// Whether the spans (sorted, apart) leave no gap in [start, end).
function covers(spans: readonly Masked[], start: number, end: number): boolean {
  let at = start;
  for (const s of spans) {
    if (s.start > at) return false;
    at = Math.max(at, s.end);
  }
  return at >= end;
}

export function redact(text: string, opts: RedactOptions, found: Map<string, Redaction>): string {
  return spliced(text, scan(text, opts, found).taken, (span) => span.text);
}

const TRAILING_DIGITS = /(?:[-. ()\u00a0\u2000-\u200d\u2010-\u2015\u202f\u205f\u2060\u3000－．]*[0-9０-９])+/y;

/** Where secrets start and end in a text (what redact would mask), so a cut can avoid splitting one. */
export function secretSpans(text: string, opts: RedactOptions): [number, number][] {
  const { taken, reach } = scan(text, opts, new Map());
  const spans: [number, number][] = [...reach, ...taken.map((s): [number, number] => [s.start, s.end])];
  // What a rule finds in the text as written counts too: a cut is planned before anything is masked.
  for (const rule of rulesFor(opts)) {
    for (const { index, match } of secretsOf(rule, text)) spans.push([index, index + match.length]);
  }
  // A cut in the digits right after a card or phone number leaves one longer run of digits that is no card
  // ("4111 1111 1111 1111 2"): a masked secret's span reaches over the digits after it. Two masked side by
  // side ("pwd=a1-AKIA…") are one span.
  for (const s of taken) {
    TRAILING_DIGITS.lastIndex = s.end;
    if (TRAILING_DIGITS.test(text)) spans.push([s.start, Math.min(text.length, TRAILING_DIGITS.lastIndex + 1)]);
  }
  for (let i = 1; i < taken.length; i++) {
    const [before, after] = [taken[i - 1] as Masked, taken[i] as Masked];
    if (before.end === after.start) spans.push([before.start, after.end]);
  }
  return spans;
}
