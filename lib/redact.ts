// Secrets and personal data found in ticket text are masked before anything reaches a brief. The agent
// sees each masked item in the panel and can keep one visible; the choice is stored by a hash of the
// value, so the list of choices never repeats the secret.

import { issuedByCardNetwork } from './card-networks';
import type { RedactOptions } from './redaction-options';

export type RedactionKind =
  | 'bearer'
  | 'api-key'
  | 'url-password'
  | 'private-key'
  | 'card'
  | 'security-code'
  | 'expiry-date'
  | 'national-id'
  | 'session-cookie'
  | 'email'
  | 'phone';

export interface Redaction {
  key: string;
  kind: RedactionKind;
  masked: string;
  // Found, but the agent chose to keep it visible in the brief.
  kept: boolean;
}

// What a secret is, and what it is replaced with.
interface Item {
  kind: RedactionKind;
  mask: (value: string) => string;
}

interface Rule extends Item {
  re: RegExp;
  // Which capture group is the secret (0: the whole match); of several, the one that matched.
  group: number | readonly number[];
  valid?: (value: string) => boolean;
  optional?: 'emails' | 'phones';
  // A match that holds no secret is tried again from its next character (see secretsOf).
  retry?: boolean;
  // Matched right after a value, it tells the value was the name of the next secret: the rule reads on from
  // the value's start rather than after it.
  nameOfNext?: RegExp;
  // Read right at the secret's end: what follows it and goes with it, each group an item of its own with its
  // kind and the mask at its place (a card's expiry date and security code), or none for what is read with it and
  // left as written (a count: "… 2 attempts"). `next` is the rule's own pattern, read where a group starts: one
  // that starts a secret of the rule is the next secret, and the tail ends before it.
  tail?: { re: RegExp; items: readonly (Item | undefined)[]; next: RegExp };
}

// A rule no pattern can be: it reads the text itself and tells where each secret starts and ends, in order.
interface Reader extends Item {
  read: (text: string) => [number, number][];
}

// Full-width digits (what a Chinese or Japanese IME types) count as the ASCII ones. Read by code, with no string
// built: a long run of digits is read at each of its group starts (see groupsBefore).
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const n = c - (c >= 0xff10 ? 0xff10 : 0x30);
  return n >= 0 && n <= 9 ? n : -1;
}

function digits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (digitAt(s, i) >= 0) out += digitAt(s, i);
  return out;
}

export function luhn(number: string): boolean {
  let sum = 0;
  let count = 0;
  for (let i = number.length; i--; ) {
    const n = digitAt(number, i);
    if (n >= 0) sum += count++ % 2 ? (n > 4 ? 2 * n - 9 : 2 * n) : n;
  }
  return count >= 13 && count <= 19 && sum % 10 === 0;
}

const label = (what: string) => () => `[${what} removed]`;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Whether a value is base64 of printable text holding a colon ("user:password"), as HTTP Basic auth sends it.
function isBasicCredential(value: string): boolean {
  const body = value.replace(/=+$/, '');
  if (body.length % 4 === 1) return false;
  let bits = 0;
  let count = 0;
  let colon = false;
  for (const c of body) {
    bits = (bits << 6) | BASE64.indexOf(c);
    count += 6;
    if (count < 8) continue;
    count -= 8;
    const byte = (bits >> count) & 0xff;
    if (byte < 0x20 || byte === 0x7f) return false;
    if (byte === 0x3a) colon = true;
  }
  return colon;
}

// A secret's name, joined to others by _ or - ("aws_secret_access_key", "X-Auth-Token"), so the name is not
// bounded by \b. Its letters are spelled in both cases because the rule is case-sensitive: whether a capital
// follows a full stop decides where a bare value ends. A Chinese name needs no boundary: "api密钥",
// "访问令牌" and "登录密码" end in one.
// A code's name is also matched in full-width letters, as a Chinese or Japanese IME types it ("ＣＶＶ：123").
const anyCase = (pattern: string, wide = false) =>
  pattern.replace(/[a-z]/g, (c) => {
    const fw = (d: number) => (wide ? String.fromCharCode(c.charCodeAt(0) + d) : '');
    return `[${c}${c.toUpperCase()}${fw(0xfee0)}${fw(0xfec0)}]`;
  });
const SECRET_NAME = `(?:(?<![A-Za-z0-9])(?:${anyCase(
  'api[_-]?key|(?:secret[_-]?)?access[_-]?key|secret[_-]?key|(?:access|auth|refresh|session)[_-]?token|client[_-]?secret|secret|password|passwd|pwd',
)})(?![A-Za-z0-9])|密码|口令|密钥|秘钥|令牌)`;
// A colon or equals sign, ASCII or full-width (a Chinese IME types "密码：hunter2"); "忘记密码了" names no value.
const ASSIGN = '[:=：＝]';

// A quoted value is masked whole, however short, spaces and escaped quotes and all ("Hunt3r\"2 more");
// Chinese text quotes with “” ‘’ 「」 『』, and smart punctuation after "=" types ”…” or ’…’. JSON logged
// inside a string quotes with \" (its own quotes in the value are \\\", its own backslashes \\\\): read in pairs of
// backslashes, a value ending in a backslash (\"a\\\\\"}, …) ends at its quote and takes nothing after it. A log
// line quoted again quotes with more backslashes (\\\" or, written by Python, \\"): the value ends at the first
// quote with as many that JSON or the text goes on from (a comma, a brace, a space, the end), so a value ending
// in a backslash ends there too and what follows it stays.
const QUOTED = [
  String.raw`"((?:[^"\\\n]|\\.)+)"`,
  String.raw`\\"((?:[^"\\\n]|\\\\(?:\\\\|\\"|[^"\\\n])|\\[^"\\\n])+)\\"`,
  String.raw`(?<quote>\\{2,})"([^\n]+?)\k<quote>"(?=[\s,}\]:;)]|$)`,
  String.raw`'((?:[^'\\\n]|\\.)+)'`,
  String.raw`“([^“”\n]+)”`,
  String.raw`‘([^‘’\n]+)’`,
  String.raw`”([^”\n]+)”`,
  String.raw`’([^’\n]+)’`,
  String.raw`「([^「」\n]+)」`,
  String.raw`『([^『』\n]+)』`,
  // One cut off before its closing quote at the end of the text ('{\"password\":\"hunter2'), with no quote in it
  // (one that has may name the next secret). Not at a line's end: the next line may hold the code of a card in
  // the value, which the card rule then would not see.
  String.raw`\\*["']((?:[^"'\\\n]|\\+[^"'\\\n])+\\*)$`,
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
// An XML element named for a secret, as AWS STS answers: "<SecretAccessKey>wJalr…</SecretAccessKey>", "<SessionToken>".
const XML_VALUE = String.raw`(?<=<[\w:-]{1,40})>([^<\0\n]+)(?=<\/)`;
// Where each of these alternatives holds its value: in its last group (an escaped quote's backslashes, matched
// again at its end, are a group before it).
function valueGroups(alternatives: readonly string[]): number[] {
  let group = 0;
  return alternatives.map((a) => {
    group += (new RegExp(`|${a}`, 'u').exec('') as RegExpExecArray).length - 1;
    return group;
  });
}

// A digit as typed: ASCII or full-width.
const D = '[0-9０-９]';
// What groups a card's digits: a space of any width (no-break, thin, ideographic, zero-width) or a dash, as a
// word processor or an IME writes it, or a space as an address's query encodes it ("cc=4111+1111+…", "%20").
const CARD_SEP = String.raw`(?:[- \u00a0\u2000-\u200d\u2010-\u2015\u202f\u205f\u2060\u3000－+]|%20)`;
const DASH = String.raw`[-\u2010-\u2015－]`;
// A card number: grouped by CARD_SEP, or by dots in fours (4-6-5 for Amex); digits either side of a dot otherwise
// are a decimal ("thread_ts=1700000000.123456"). A group of 1 or 2 digits before "/" or a dash is an expiry month
// ("4111111111111111 12/26", "… 12-26"), not the card's. A word written against it ("card4111111111111111", "…1111abc") does
// not make it something else, only more digits do; after a word it starts with a group of four, so the 2 of "CVV2
// 123 …" is not taken for its first digit.
const CARD = `(?<!${D}[.．]?)(?:(?<![A-Za-z_])|(?=${D}{4}))(?:${D}{4}(?:[.．]${D}{4}){3}(?:[.．]${D}{3})?|${D}{4}[.．]${D}{6}[.．]${D}{4,5}|${D}(?:${CARD_SEP}?${D}){12,18})(?![.．]?${D})(?!(?<=${CARD_SEP}${D}{1,2})(?:[/／]|${DASH})${D})`;
// A card's security code by its name, wherever it is ("cvv: 123", "CVV/CVC 1234", "Security code (CVV): 123",
// "安全码：123", "cvv code 123", "the cvv was 123", JSON's "cvc":"123" and the same escaped in a log line, a form's
// "card[cvc]=123" (URL-encoded too, "card%5Bcvc%5D=123"), code's "security_code: 123", "securityCode" or "cardCvc").
// Only 3 or 4 digits are one, and not the start of a longer number, a decimal or a date; a word written against them
// ("123cc") does not make them something else. The spaces around a separator are one run before it and one after,
// never two runs side by side: those split a long run of spaces every way, and "cvv" before 100 KB of them froze
// the panel for seconds (so in EXPIRY).
const STRONG_CODE_NAME =
  'cvv2?|cvc2?|cvn2?|(?:card[ _-]?)?sec(?:urity)?[ _-]?code|card[ _-]?code|card verification (?:code|value|number)|(?:karten)?pr(?:ü|Ü|ue)fnummer|cryptogramme(?: visuel)?|c(?:o|ó|Ó)digo de seguridad|安全码|安全碼|卡验证码|卡驗證碼|セキュリティコード|보안 ?코드';
// CID also names a caller id ("Caller CID: 4521").
const WEAK_CODE_NAME = 'cid|csc|cvd';
const codeName = (names: string) =>
  String.raw`(?:(?<![A-Za-z0-9])|(?<=[a-z])(?=[A-Z])|(?<=%5[Bb]))(?:${anyCase(names, true)})(?![A-Za-z])(?:[ _-]?${anyCase('(?:code|number|num|no\\.?)')}(?![A-Za-z])|[ _-]?#|码)?(?:\]|%5[Dd])?`;
const CODE_NAME = codeName(`${STRONG_CODE_NAME}|${WEAK_CODE_NAME}`);
const namedCode = (names: string) =>
  String.raw`${codeName(names)}(?:[^\S\n]*[/／(（][^\S\n]*${CODE_NAME}[)）]?)?\.?\*?(?:\\*["'])?[^\S\n]*(?:(?:${anyCase('is|was')}|是|为)[^\S\n]*)?(?:(?:[:：=＝]>?|-+>?|[(（|/／,，→+]|%20|%3[Dd])[^\S\n]*)?(?:\r?\n[^\S\n]*)?[\[(（]?(?:\\*["'])?`;
const NAMED_CODE = namedCode(`${STRONG_CODE_NAME}|${WEAK_CODE_NAME}`);
const LAST_DIGITS = `(?![.．,，/／]${D}|${CARD_SEP}*${D})`;
// Right after a card, its expiry date ("12/26", "exp 12/2026", "有效期 12/26") and its security code, named or
// not ("4111 1111 1111 1111 123"), apart from it by spaces, tabs, a dash, line breaks or punctuation: a form
// pasted from a spreadsheet or a log writes "4111111111111111\t123", "…|123", "…:123" or the code on the next
// line; a number lines further down ("\n\n2024 was a good year") is another matter. A number an amount's currency
// follows ("… 120 USD", "… 120元") is no code and stays, as does a short number ("… 2 attempts"); one after "#"
// or "$" is not read at all.
const LEAD_CHAR = String.raw`(?:${CARD_SEP}|[\t,，|:：;；/／"'])`;
const CARD_LEAD = String.raw`(?:${LEAD_CHAR}+(?:\r?\n${LEAD_CHAR}*)?|\r?\n${LEAD_CHAR}*)`;
const EXPIRY_WORD = String.raw`(?:${anyCase('exp(?:iry|ires|iration)?(?: date)?|valid (?:thru|through|until)|good thru')}|有效期至?)\.?[^\S\n]*(?:[:：][^\S\n]*)?`;
const EXPIRY_NAME = `(?:${EXPIRY_WORD})?`;
const YEAR = String.raw`(?:[2２][0０])?${D}{2}(?![\w０-９]|[/／.．]${D})`;
const MONTH = '(?:[0０]?[1-9１-９]|[1１][0-2０-２])';
// A month and a year ("12/26", "12 / 26", "12-2026"), or a year and a month as ISO writes it ("2026-12";
// "2026-12-01" is a day). A dump splits them as its fields ("4111111111111111|12|2026|123"). After its name it may be
// "exp 12.26" or "exp 1226" (the name is looked behind for only at a digit, so a long run of spaces is not read back
// from each of its characters); without one, "12.26" may be an amount.
const FIELD_DATE = [...'|,;:/']
  .map((s) => {
    const sep = `["']? ?[${s}] ?["']?`;
    return `(?<=[${s}] ?["']?)(?:${MONTH}${sep}(?:[2２][0０])?${D}{2}|[2２][0０]${D}{2}${sep}${MONTH})(?=${sep}|["']?[^\\S\\n]*(?:\\r?\\n|$))`;
  })
  .join('|');
const MONTH_NAME = `${anyCase('jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec')}[A-Za-z]{0,6}\\.?`;
const DATE = `(?:${MONTH}(?:[^\\S\\n]{0,3}[/／][^\\S\\n]{0,3}${YEAR}| {0,3}${DASH} {0,3}${YEAR}(?!${DASH}${D}))|(?=[A-Za-z])(?<=${EXPIRY_WORD})${MONTH_NAME}[ ,/-]{0,3}${YEAR}|[2２][0０]${D}{2}(?:[/／]|${DASH})${MONTH}(?![\\w０-９]|(?:[/／.．]|${DASH})${D})|${FIELD_DATE}|(?=${D})(?<=${EXPIRY_WORD})(?:${MONTH}(?: ?[.．] ?| )|[0０][1-9１-９]|[1１][0-2０-２])${YEAR})`;
const EXPIRY = `${EXPIRY_NAME}(${DATE})`;
// A named code may have the expiry date after it ("CVV 4766 5/20").
const CODE = `(${D}{3,4})(?:${LAST_DIGITS}|(?=[^\\S\\n]+${EXPIRY_NAME}${DATE}))`;
const WEAK_CODE = namedCode(WEAK_CODE_NAME) + CODE;
// A currency by its code: any three capitals would take a field after the code ("… 123 ZIP 94107", "… 123 EXP
// 12/26") for one and leave the code showing.
const CURRENCY_CODE =
  'USD|EUR|GBP|JPY|CNY|RMB|HKD|TWD|SGD|AUD|NZD|CAD|CHF|INR|KRW|RUB|BRL|MXN|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|TRY|THB|IDR|MYR|PHP|VND|AED|SAR|ILS';
const CURRENCY = String.raw`[^\S\n]*(?:(?:${CURRENCY_CODE})(?![A-Za-z])|[$€£¥￥₹元块円%]|${anyCase('dollars?|euros?|yuan|rmb')}(?![A-Za-z]))`;
// Numbers written after the code ("… 123 456", "… 12/26 123 4567") go with it, whichever of them is the code, and
// so does the rest of one written with dashes ("… 123 456-7890"); a dash after the card does not join the first
// to it ("… 2024-05-01" is a date), and a decimal or an amount ends them before it. A few at most, so a long run of
// numbers is not read again from each card in it.
// A dump's field of words between the card and its date or code ("4111111111111111|John Doe|12/26|123").
const NAME_FIELD = [...'|,;\t']
  .map((s) => `[${s}] *["']?[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f .'-]{0,40}?["']? *(?=[${s}])`)
  .join('|');
const GROUP_SEP = String.raw`[\t \u00a0\u2000-\u200d\u202f\u205f\u2060\u3000]`;
// The expiry date may come after the code too ("… 123 12/26", "… CVV: 123 EXP: 12/26"), and an amount with cents
// ("… 123 45.50") after the code leaves it the code.
const CARD_TAIL = new RegExp(
  `(?:=|\\^[^^\n]{0,26}\\^)(${D}{7,40})(?!${D})|(?:${NAME_FIELD})?(?:${CARD_LEAD}${EXPIRY})?(?:${CARD_LEAD}(?:(?:${NAMED_CODE})?(${D}{3,4})(?:${LAST_DIGITS}|(?!${DASH})(?=${CARD_LEAD}${EXPIRY_NAME}${DATE})|(?=${GROUP_SEP}+${D}{1,3}(?:[,，]${D}{3})*[.．,，]${D}{2}(?!${D})))(?!${CURRENCY})|(${D}{1,4}(?:${GROUP_SEP}+${D}+(?:${DASH}${D}+)*){1,6})(?![.．,，/／]?${D})(?!${CURRENCY})|(${D}{1,4})(?!${DASH}?${D})))?(?:${CARD_LEAD}${EXPIRY})?`,
  'yd',
);
const expiry: Item = { kind: 'expiry-date', mask: label('expiry date') };
// A quote around an AWS key id or secret, escaped as a log line writes JSON (\"AKIA…\").
const AWS_QUOTE = String.raw`\\*["'“”‘’\`]`;
// What goes between an AWS key id and its secret key, either way round: a separator (":", ",", "/", " - ", a line
// break) and quotes, or in JSON the fields between them ({"id":"AKIA…","region":"us-east-1","key":"wJalr…"}).
const AWS_FIELD = String.raw`${AWS_QUOTE}[\w-]{1,40}${AWS_QUOTE}\s*[:：=]\s*`;
const AWS_PROSE = String.raw`(?:\s*[,;]|\s+${anyCase('and|with')})?\s+(?:${anyCase('the |its |aws[ _-]?')})?${anyCase('secret(?:[ _-]?access)?(?:[ _-]?key)?(?:\\s+is)?')}(?:\s*[:：=]\s*|\s+)`;
const AWS_BETWEEN = String.raw`(?:${AWS_QUOTE})?(?:\s*(?:[-=]>|[:：=,;|/(（\[\u2013\u2014→-])\s*|${AWS_PROSE}|\s+|(?<=["'“”‘’\`]))(?:${AWS_FIELD}(?:${AWS_QUOTE}[^"'\`\\\n]{0,100}${AWS_QUOTE}|[\w.:+-]{1,40})\s*,\s*){0,4}(?:${AWS_FIELD})?(?:${AWS_QUOTE})?`;
const AWS_ID = 'A[KS]IA[0-9A-Z]{16}';
// Its 40 characters of base64, "/" and "+" URL-encoded too ("wJalr%2FK7MDENG…").
const AWS_SECRET = '((?:[A-Za-z0-9/+]|%2[BbFf]){40})';
// A bracket that opens or closes a JSON object or array, or a quoted value that is an AWS key id or may be a secret
// key (group 1). Strings are not read: a log line's escaped JSON ({\"id\":\"AKIA…\"}) is read the same.
const AWS_JSON_TOKEN = new RegExp(String.raw`[{}[\]]|["'“”‘’\`](?:${AWS_ID}|${AWS_SECRET})${AWS_QUOTE}`, 'g');

// The secret keys in a JSON object or array that holds an AWS key id, however many fields, arrays or objects lie
// between them or hold the secret ({"AccessKeyId":"AKIA…","Expiration":…,"Tags":[…],"SecretAccessKey":"wJalr…"}):
// the pattern above reads a pair a few fields apart at most, and a longer reach from each key id read a long log
// again for each. One pass: the values found are pending until what holds them closes (or the text ends, a log cut
// off), then masked if it holds a key id, or left pending for what holds it.
function awsSecretsInJson(text: string): [number, number][] {
  const found: [number, number][] = [];
  const pending: [number, number][] = [];
  const open: { from: number; id: boolean }[] = [];
  const close = () => {
    const holder = open.pop();
    if (holder?.id) found.push(...pending.splice(holder.from));
  };
  for (const t of text.matchAll(AWS_JSON_TOKEN)) {
    const [token, secret] = t;
    const holder = open.at(-1);
    if (token === '{' || token === '[') open.push({ from: pending.length, id: false });
    else if (token === '}' || token === ']') close();
    else if (secret) pending.push([t.index + 1, t.index + 1 + secret.length]);
    else if (holder) holder.id = true;
  }
  while (open.length) close();
  return found.sort((a, b) => a[0] - b[0]);
}

const code: Item = { kind: 'security-code', mask: label('security code') };
// A code by its name, and the expiry date written after it ("CVV 4766 5/20"), which goes with it.
const CODE_TAIL = new RegExp(`[^\\S\\n]+${EXPIRY}`, 'yd');
const codeRule = (re: RegExp): Rule => ({
  ...code,
  re,
  group: 1,
  tail: { re: CODE_TAIL, items: [expiry], next: new RegExp(re.source, `y${re.flags.replace('g', '')}`) },
});

// A PEM private key ("-----BEGIN RSA PRIVATE KEY-----", PKCS #8's "PRIVATE KEY", EC, OpenSSH, PGP): all between its
// BEGIN and END lines, in a log or JSON with "\n" escaped too. One cut off before its END line is masked over its
// lines of base64 (and headers such as "Proc-Type: 4,ENCRYPTED"), up to the first line that is something else
// ("password=hunter2", 'pwd="…"' or a card is read by the rules after it). Its body starts at a character that is no space: a long run
// of them is not read again from each of its characters.
const KEY_LINE = String.raw`[A-Z][A-Za-z]*-[A-Z][A-Za-z]*: [^\n\\]{1,200}|(?=[0-9+/]*[A-Za-z])[A-Za-z0-9+/]{16,}={0,2}(?![\w+/=-])|[A-Za-z0-9+/]+={1,2}(?=\s|\\+[rn]|$)`;
const KEY_BREAK = String.raw`(?:\s|\\+(?:r\\+)?n)+`;
const PRIVATE_KEY = String.raw`-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----(?:\s*(?=\S)((?:[^-]|-(?!----))*(?:[^\s-]|-(?!----)))\s*-----END \1-----|${KEY_BREAK}((?:${KEY_LINE})(?:${KEY_BREAK}(?:${KEY_LINE}))*))`;

// What a phone number is not, though its digits may pass for one (none of these starts with "+", which only a
// phone number does): an IPv4 address ("192.168.100.200:8443"); 12 digits or more in one run starting with 1 or 0 (a
// millisecond timestamp, a zero-padded id), which no number dialled with its country code does ("00" starts one, as
// "00447946095800"); a bare run of digits that a log or JSON key names other than a phone's ("ts=1764600000",
// "request_id=1234567890", "\"invoice\": 10000000123") unless it could be dialled as written: one starting with 0,
// 10 to 15 digits starting with 2 to 9 (North American, an Indian mobile, a country code without "+" as WhatsApp
// logs write it), or 11 starting with 1 and then 2 to 9 (North American after its 1, a Chinese mobile).
const OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1?\d?\d)`;
const IPV4 = String.raw`(?:${OCTET}\.){3}${OCTET}(?!\.?\d)`;
const LONG_RUN = String.raw`(?!00[1-9])[01]\d{11}`;
const KEY_CHAR = String.raw`[\p{L}\p{N}_.-]`;
const NOT_PHONE_KEY = String.raw`(?<!${KEY_CHAR})(?!${KEY_CHAR}*?(?:phone|tel|mobile|cell|fax|msisdn|sms|whatsapp|contact|call|电话|手机|座机|联系)|(?:to|from)(?!\p{L}))${KEY_CHAR}+`;
const LOG_KEY = String.raw`(?:${NOT_PHONE_KEY}[^\S\n]*=|\\*["']${NOT_PHONE_KEY}\\*["'][^\S\n]*:)[^\S\n]*\\*["']?`;
const DIALLED = String.raw`0|1?[2-9]\d{9,14}(?!\d)`;
const KEYED_NUMBER = String.raw`(?<=${LOG_KEY})(?!${DIALLED})\d+(?![\d ().-]{0,24}\d)`;
const HOLDS_LONG_RUN = new RegExp(`(?<!\\d)${LONG_RUN}`);

const RULES: readonly (Rule | Reader)[] = [
  { kind: 'bearer', re: /\bBearer\s+([A-Za-z0-9\-._~+/]{16,}=*)/gi, group: 1, mask: label('token') },
  // HTTP Basic auth: base64 of "user:password". Only what decodes to a name and a colon is one: "Basic plan" and
  // "basic troubleshooting" are prose.
  {
    kind: 'bearer',
    re: /\bBasic\s+([A-Za-z0-9+/]{6,}={0,2})(?![\w+/=])/gi,
    group: 1,
    valid: isBasicCredential,
    mask: label('token'),
  },
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
  // An AWS secret key written next to its key id (a long-term one's AKIA…, a temporary one's ASIA…), as the pair
  // is stored and pasted: "AKIA…:wJalr…", a credentials CSV's "AKIA…,wJalr…", on the next line, quoted as code and
  // JSON write it ("AKIA…" "wJalr…", `AKIA…` `wJalr…`, ["AKIA…","wJalr…"], {"id":"AKIA…","key":"wJalr…"}), or
  // before it ("wJalr… AKIA…"): 40 characters of base64. Read before the key id is masked.
  {
    kind: 'api-key',
    re: new RegExp(
      String.raw`\b${AWS_ID}${AWS_BETWEEN}${AWS_SECRET}(?![A-Za-z0-9/+=]|%2[BbFf])|(?<![A-Za-z0-9/+])${AWS_SECRET}(?=${AWS_BETWEEN}${AWS_ID}\b)`,
      'g',
    ),
    group: [1, 2],
    mask: label('secret'),
  },
  { kind: 'api-key', read: awsSecretsInJson, mask: label('secret') },
  // Before the rules that read a key's base64 as a key, a card or a phone number, after an AWS key pair (one
  // pasted after a BEGIN line is read as the pair).
  { kind: 'private-key', re: new RegExp(PRIVATE_KEY, 'dg'), group: [2, 3], mask: label('private key') },
  // Stripe's secret, restricted and webhook signing (whsec_) keys; its publishable pk_ key is public, but masked
  // with them as it always was. A card written against a signing secret is the card's, masked as one, and an email address the email's.
  {
    kind: 'api-key',
    re: new RegExp(
      String.raw`\b(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}\b|\bwhsec_[A-Za-z0-9]{20,}?(?:(?![A-Za-z0-9])|(?=${D}{4}(?:${CARD_SEP}?${D}){9}))(?![\w.+-]{0,64}@)|\b${AWS_ID}\b|\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{22,}|\bxox[abeprs]-[A-Za-z0-9-]{10,}\b|\bxapp-[A-Za-z0-9-]{10,}\b|\bAIza[0-9A-Za-z\-_]{35}\b`,
      'g',
    ),
    group: 0,
    mask: label('API key'),
  },
  {
    kind: 'api-key',
    re: new RegExp(
      String.raw`${SECRET_NAME}(?:(?:\\*["'])?\s*${ASSIGN}\s*(?:${QUOTED.join('|')}|${BARE_VALUE})|${XML_VALUE})`,
      'dgu',
    ),
    group: valueGroups([...QUOTED, BARE_VALUE, XML_VALUE]),
    mask: label('secret'),
    // 'pwd="password":"x"': the quoted "password" is masked, and then names "x".
    nameOfNext: new RegExp(String.raw`\\*["'”’」』]\s*${ASSIGN}`, 'y'),
  },
  // A cookie whose name tells it holds a session or a login (session_id, PHPSESSID, connect.sid, auth, jwt,
  // XSRF-TOKEN), in a Cookie or Set-Cookie header or after another cookie's ";"; a theme or locale cookie stays.
  // Its name is looked ahead for, so a long word is read once.
  {
    kind: 'session-cookie',
    re: /(?:\b(?:set-)?cookie\\*["']?[^\S\n]*:|;)[^\S\n]*\\*["']?(?=[\w.-]*?(?:sess|auth|token|jwt|(?<![a-z])sid(?![a-z])))[\w.-]+=([^\s;,"'\\\0]{4,})/gi,
    group: 1,
    mask: label('session cookie'),
  },
  {
    kind: 'national-id',
    // Read before cards: in two SSNs side by side ("123-45-6789 123-45-6789") the digits from the first one's
    // second group on can pass for a card, and that mask left "123-" showing. One with dashes may follow its label
    // ("SSN123-45-6789"), not another word: "ORD123-45-6789" is an order number.
    // US SSN (with spaces only after "SSN": "555 12 3456" may be a phone number), UK National Insurance
    // number, Chinese resident identity number (18 characters).
    re: /(?:\b|(?<=(?<![A-Za-z])(?:[Ss][Ss][Nn]_?|[Ss]ocial [Ss]ecurity(?: [Nn]umber)?)))(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b|(?<=\b(?:[Ss][Ss][Nn]|[Ss]ocial [Ss]ecurity(?: [Nn]umber)?)#?:?[^\S\n]{0,16})(?!000|666|9\d\d)\d{3} (?!00)\d{2} (?!0000)\d{4}\b|\b[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b|\b[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]\b/g,
    group: 0,
    mask: label('ID number'),
  },
  {
    kind: 'card',
    re: new RegExp(CARD, 'g'),
    group: 0,
    valid: (v) => luhn(v) && issuedByCardNetwork(digits(v)),
    retry: true,
    mask: (v) => `[card •••• ${digits(v).slice(-4)}]`,
    tail: {
      re: CARD_TAIL,
      items: [{ kind: 'card', mask: label('card data') }, expiry, code, code, undefined, expiry],
      next: new RegExp(CARD, 'y'),
    },
  },
  // After cards, so that one right after a card is read as its tail.
  codeRule(new RegExp(namedCode(STRONG_CODE_NAME) + CODE, 'g')),
  // A weak name is a code's but for a caller id ("Caller CID: 4521"). Telling a team or a count from a code by
  // the words around it showed real codes ("CSC: 987 and zip 94107", a card two lines up), so "CSC 2024 queue"
  // loses its number: the safe side.
  codeRule(new RegExp(`(?<!${anyCase('caller')}[ _-]?)${WEAK_CODE}`, 'gu')),
  // Bounded runs here and below: an unbounded one is retried from each start in a long run of its characters
  // ("a.a.a.…", 40 KB of spaces), seconds of a frozen preview. An address's local part is at most 64; one with
  // a card in it ("ann4111111111111111@…") is masked whole, the card with it. A mail's inline image is linked by
  // an id written like an address ("cid:image001.png@01D9A1B2.C3D4E5F0"), no one's.
  {
    kind: 'email',
    re: /(?<![\w.+-]|(?<![\w.+-])[Cc][Ii][Dd]:)[\w.+-][\w.+\0-]{0,63}@[\w-]+(?:\.[\w-]+)+\b/g,
    group: 0,
    mask: label('email'),
    optional: 'emails',
  },
  // An area code in brackets goes with the number: "(415) 555-0132" left "([phone number removed]". After "+" it
  // ends where a group does at 15 digits at most, so a number after it stays: "+86 130 0268 6642 123".
  {
    kind: 'phone',
    re: new RegExp(
      String.raw`(?<![\w/.-])(?:\+\d(?:[ ().-]{0,3}\d){7,14}|(?:\((?=\d{2,5}\))|(?!${LONG_RUN}|${IPV4}|${KEYED_NUMBER}))\d[\d ().-]{7,24}\d)(?![\w/-])`,
      'giu',
    ),
    group: 0,
    valid: (v) => digits(v).length >= 9 && digits(v).length <= 15 && (v[0] === '+' || !HOLDS_LONG_RUN.test(v)),
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

// Where the group that holds the secret starts, when the match has indices.
function groupStart(rule: Rule, m: RegExpExecArray): number | undefined {
  if (!m.indices || rule.group === 0) return undefined;
  const picks = typeof rule.group === 'number' ? [rule.group] : rule.group;
  const g = picks.find((i) => m[i]);
  return g === undefined ? undefined : m.indices[g]?.[0];
}

interface Found extends Item {
  // Where the match starts, and where in it the secret. A tail's item reaches back to the start of its secret.
  index: number;
  match: string;
  start: number;
  value: string;
}

// What a tail is read with after it: whether a word there is a currency ("123 USD" is an amount, "123 US" or
// "123 USDT" a code).
const WORD_AFTER = /[^\S\n]*(?:[A-Za-z]{1,9}|[$€£¥￥₹元块円%])?/y;

interface Tail {
  items: Found[];
  end: number;
  // Whether it ends where a secret of the rule starts.
  beforeSecret: boolean;
}

// The items of a rule's tail right at `at`, and where the tail ends. Each item's match reaches from the secret
// over the word after the tail, so a cut falls in neither. An item that starts a secret of the rule is not the
// tail's ("4111 1111 1111 1111 5500 0000 0000 0004" is two cards, not a card and its code): the tail ends before it.
function tailAt(rule: Rule, text: string, index: number, at: number): Tail | undefined {
  if (!rule.tail) return undefined;
  const { re, next } = rule.tail;
  re.lastIndex = at;
  const t = re.exec(text);
  const indices = t?.indices;
  if (!t?.[0] || !indices) return undefined;
  let end = at + t[0].length;
  let beforeSecret = false;
  const spans: [number, number, Item | undefined][] = [];
  for (const [i, item] of rule.tail.items.entries()) {
    const [start, stop] = indices[i + 1] ?? [];
    if (start === undefined || stop === undefined) continue;
    const cut = beforeSecretIn(rule, next, text, start, stop);
    if (cut > start) spans.push([start, cut, item]);
    if (cut < stop) {
      end = spans.at(-1)?.[1] ?? at;
      beforeSecret = true;
      break;
    }
  }
  WORD_AFTER.lastIndex = end;
  WORD_AFTER.test(text);
  const match = text.slice(index, WORD_AFTER.lastIndex);
  const items: Found[] = [];
  for (const [start, stop, item] of spans)
    if (item) items.push({ ...item, index, match, start, value: text.slice(start, stop) });
  return { items, end, beforeSecret };
}

// A run of digits cut before each of its groups, as long as a card is and passing the Luhn check, longest first:
// "4111 1111 1111 1111 1 2" is read as "4111 1111 1111 1111". One pass checks every cut: a long run of digits is cut
// at each of its group starts.
function* groupsBefore(run: string): Generator<string> {
  const cuts: number[] = [];
  // The sums with the digits at even places from the start doubled, and with those at odd places.
  let even = 0;
  let odd = 0;
  let count = 0;
  for (let i = 0; i < run.length; i++) {
    const n = digitAt(run, i);
    if (n >= 0) {
      const doubled = n > 4 ? 2 * n - 9 : 2 * n;
      even += count % 2 ? n : doubled;
      odd += count++ % 2 ? doubled : n;
    } else if (count >= 13 && count <= 19 && digitAt(run, i - 1) >= 0 && (count % 2 ? odd : even) % 10 === 0)
      cuts.push(i);
  }
  for (let k = cuts.length; k--; ) yield run.slice(0, cuts[k]);
}

// Where in text[start, stop) a secret of the rule starts at a group (one after a space, or the first), back over
// the spaces before it; `stop` when none does.
function beforeSecretIn(rule: Rule, re: RegExp, text: string, start: number, stop: number): number {
  for (let at = start; at < stop; at++) {
    if (at > start && !(/\s/.test(text[at - 1] as string) && /\S/.test(text[at] as string))) continue;
    if (!startsSecret(rule, re, text, at)) continue;
    let end = at;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    return end;
  }
  return stop;
}

// Whether a secret of the rule starts at `at`, read with its pattern `re` (sticky): alone or with groups after it.
function startsSecret(rule: Rule, re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return false;
  if (secretIn(rule, m[0], m.slice(1))) return true;
  for (const shorter of groupsBefore(m[0])) if (secretIn(rule, shorter, [])) return true;
  return false;
}

// A run of digits that is no card may be one and what follows it ("4111 1111 1111 1111 123": the card and its
// security code; "… 1111 1 2": the card and its code in two groups; "… 1111 120 USD": the card and an amount), or
// two cards. The run is cut before a group (see groupsBefore), and the reading holds when what is cut off is what
// may follow the card, or starts the next one.
function shorterIn(rule: Rule, text: string, m: RegExpExecArray): (Tail & { card: string }) | undefined {
  if (!rule.tail) return undefined;
  for (const card of groupsBefore(m[0])) {
    if (!secretIn(rule, card, [])) continue;
    const tail = tailAt(rule, text, m.index, m.index + card.length);
    if (tail && (tail.end >= m.index + m[0].length || tail.beforeSecret)) return { card, ...tail };
  }
  return undefined;
}

// A number right after "+" is a phone number's, and no card starts there: "+86 130 0268 6642" passed for a card,
// and "+86 130 0268 6642 123" for a card and its code. A card written after it starts at a later group ("+86 138
// 1234 5678 4111 1111 1111 1111"). Only a first group longer than a phone number can be (E.164 allows 15 digits)
// is no phone number's: "+4111111111111111" is a card.
const PHONE_GROUP = /^[0-9０-９]{1,15}(?![0-9０-９])/;
const phoneAt = (text: string, m: RegExpExecArray) => /[+＋]/.test(text[m.index - 1] ?? '') && PHONE_GROUP.test(m[0]);

// Each secret a rule finds, and the items of its tail after it. A card match that holds none (digits no card
// network issues), nor a card and its tail (see shorterIn), is tried again from its next character, so it does
// not swallow the card right after it ("+44 20 7946 0958 4111 1111 1111 1111" is a phone number, then a card);
// other rules go on after it, as a phone number there would be cut short. The card rule has no 'u' flag, so one
// character on is one code unit. Read through to the end before the rule is used again.
function* secretsOf(rule: Rule | Reader, text: string): Generator<Found> {
  if ('read' in rule) {
    for (const [start, end] of rule.read(text)) {
      const value = text.slice(start, end);
      yield { kind: rule.kind, mask: rule.mask, index: start, match: value, start, value };
    }
    return;
  }
  const re = rule.re;
  re.lastIndex = 0;
  // Where the last value found ends: a match read again from inside it may only find one after it.
  let end = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const phone = rule.kind === 'card' && phoneAt(text, m);
    const whole = phone ? undefined : secretIn(rule, m[0], m.slice(1));
    const shorter = whole || phone ? undefined : shorterIn(rule, text, m);
    const value = whole ?? shorter?.card;
    if (!value) {
      if (rule.retry) re.lastIndex = m.index + 1;
      continue;
    }
    const match = shorter ? shorter.card : m[0];
    // Where the rule tells it (its regex has the d flag), the value starts where its group does: a value of
    // backslashes in escaped JSON (\"\\\\\") also ends in the backslash of the quote after it. Otherwise the
    // value ends every match that captures it but a URL password's (then only "@" follows), so its last
    // occurrence is the one captured: "admin:admin@" masks the password, not the user.
    const start = (whole ? groupStart(rule, m) : undefined) ?? m.index + match.lastIndexOf(value);
    if (start < end) continue;
    end = start + value.length;
    yield { kind: rule.kind, mask: rule.mask, index: m.index, match, start, value };
    if (rule.nameOfNext) {
      rule.nameOfNext.lastIndex = end;
      if (rule.nameOfNext.test(text)) re.lastIndex = start;
    }
    const tail = shorter ?? tailAt(rule, text, m.index, end);
    if (!tail) continue;
    yield* tail.items;
    re.lastIndex = end = tail.end;
  }
}

const rulesFor = (opts: RedactOptions) =>
  RULES.filter((rule) => 'read' in rule || !rule.optional || opts[rule.optional]);

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
    for (const { kind, index, match, value, start: at, mask } of secretsOf(rule, view)) {
      reach.push([index, index + match.length]);
      let start = at;
      let end = start + value.length;
      const hit = overlapping(taken, start, end);
      // Wholly masked already ("api_key=sk_live_…" is one API key): once.
      if (hit.length && covers(hit, start, end)) continue;
      // Part of an item the agent chose to show ("4111 1111 1111 1111" kept: not "4111 [phone number removed]").
      if (shown.some((k) => k.start <= start && end <= k.end)) continue;
      const key = redactionKey(kind, value);
      const masked = mask(value);
      const kept = opts.keep.includes(key);
      found.set(key, { key, kind, masked, kept });
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
// An AWS secret key written before its key id is one only with the id after it (the rule looks ahead for it):
// a cut between the two would leave the key to be masked without the id, that is not at all.
const AWS_SECRET_THEN_ID = new RegExp(String.raw`(?<![A-Za-z0-9/+])${AWS_SECRET}${AWS_BETWEEN}${AWS_ID}\b`, 'g');

export function secretSpans(text: string, opts: RedactOptions): [number, number][] {
  const { taken, reach } = scan(text, opts, new Map());
  const spans: [number, number][] = [...reach, ...taken.map((s): [number, number] => [s.start, s.end])];
  for (const m of text.matchAll(AWS_SECRET_THEN_ID)) spans.push([m.index, m.index + m[0].length]);
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
