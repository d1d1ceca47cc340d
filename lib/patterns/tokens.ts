// Text → features for the similar-issue matcher: words (stemmed, stop words dropped, CJK as character
// bigrams) and "codes" (HTTP statuses, exception names, error ids, normalised quoted messages). Pure.
import { englishOf } from './glossary';
import { stem } from './stem';
import { canonical } from './thesaurus';

const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can cannot could did do does doing done for from get gets got had has ' +
    'have having he her here him his how i if in into is it its just me more most my no nor not of off on once only ' +
    'or other our out over own same she should so some such than that the their them then there these they this ' +
    'those through to too under until up very was we were what when where which while who why will with would you ' +
    'your yours also any all after before again still since each every even both us am let via per now via ' +
    'say says said saying tell tells told ask asks asked please thanks thank hi hello regards ' +
    'user users customer customers client clients admin admins ' +
    "can't don't doesn't didn't isn't won't it's we're they're there's"
  ).split(' '),
);

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u3040-\\u30ff\\uac00-\\ud7af';
const WORD_RE = new RegExp(`[${CJK}]+|[\\p{L}\\p{N}][\\p{L}\\p{N}_'’-]*`, 'gu');
const CJK_RUN_RE = new RegExp(`^[${CJK}]+$`, 'u');
const CJK_PUNCT_STOP = new Set([
  '的',
  '了',
  '是',
  '在',
  '和',
  '我',
  '们',
  '时',
  '都',
  '就',
  '也',
  '有',
  '被',
  '又',
  '把',
]);

// The role words of the stop words, in Chinese: 用户, 客户, 管理员.
const CJK_STOP_BIGRAMS = new Set(['用户', '客户', '管理', '理员']);

// Bigrams that count towards a match but say nothing in "Matched on": filler two tickets share whatever
// their issue ("一直", "已经", "现在"), and pieces of a quantity ("约两", "两小" of 约两小时, "个客" of 两个客户).
const CJK_UNSHOWN_BIGRAMS = new Set(
  (
    '一直 已经 现在 可以 一个 这个 那个 什么 怎么 因为 所以 但是 如果 还是 然后 目前 一下 一些 这些 ' +
    '那些 之后 之前 以后 以前 以上 以下 大约 左右 今天 昨天 请问 谢谢 你好 您好 需要 应该 可能 非常 总是 ' +
    '经常 仍然 依然 突然 马上 尽快'
  ).split(' '),
);
const CJK_NUMERAL = /[〇零一二两三四五六七八九十百千万亿几半]/u;
// A measure word or unit after a number: 个, 天, 次, 小(时)…
const CJK_UNIT = /[个位次家条张件笔台份名天日年月周秒分小钟倍遍项种批页元块星]/u;
// A word that comes before a number: 约两, 近三, 第一, 每两…
const CJK_BEFORE_NUMBER = /[约近超逾过第每前后这那头共达]/u;

const numeral = (c: string) => CJK_NUMERAL.test(c);

/**
 * What keeps the bigram at `j`, its characters side by side, out of "Matched on": filler (一直), an amount
 * (两个, 两小: a number and what follows it) or a word before a number (约两, 第三); undefined if none.
 */
function unshownKind(
  chars: readonly string[],
  at: readonly number[],
  j: number,
): 'filler' | 'amount' | 'before' | undefined {
  const [a = '', b = ''] = [chars[j], chars[j + 1]];
  if (a === '' || b === '' || at[j + 1] !== (at[j] ?? 0) + 1) return undefined;
  if (CJK_UNSHOWN_BIGRAMS.has(a + b)) return 'filler';
  if (numeral(a) && (numeral(b) || CJK_UNIT.test(b))) return 'amount';
  return numeral(b) && CJK_BEFORE_NUMBER.test(a) ? 'before' : undefined;
}

/**
 * Whether the bigram at `i` of a run's characters (`at` their places in the run as written, `glossed` the
 * glossary word at each place) reads as a word in "Matched on": its characters side by side as written, no
 * filler, no part of a quantity, no pair joining one of those to its neighbour ("直反" of 一直反馈, "馈约" of
 * 反馈约两小时, "个客" of 两个客户), and no piece of a glossary word ("单金" of 订单金额, "仪表" of 仪表盘),
 * which is shown itself.
 */
function shownBigram(
  chars: readonly string[],
  at: readonly number[],
  glossed: readonly (string | undefined)[],
  i: number,
): boolean {
  const [a = '', b = ''] = [chars[i], chars[i + 1]];
  const [p = 0, q = 0] = [at[i], at[i + 1]];
  if (q !== p + 1 || unshownKind(chars, at, i) !== undefined) return false;
  if ((glossed[p] || glossed[q]) && glossed[p] !== a + b) return false;
  // A word before a number joins only what comes before it to it: "三方" of 第三方 is a word.
  const before = unshownKind(chars, at, i - 1);
  return (before === undefined || before === 'before') && unshownKind(chars, at, i + 1) === undefined;
}

function strip(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '');
}

// Indexing thousands of escalations reads the same few thousand words over and over: what each word and each
// CJK run gives is worked out once. Bounded, as pasted logs bring any number of one-off words: when full, the
// entries not read since the last time it was full are let go.
const CACHED_MAX = 10_000;
function cache<T>() {
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  const keep = (key: string, value: T): T => {
    if (recent.size >= CACHED_MAX) [older, recent] = [recent, new Map()];
    recent.set(key, value);
    return value;
  };
  return {
    get(key: string): T | undefined {
      const value = recent.get(key);
      if (value !== undefined) return value;
      const old = older.get(key);
      return old === undefined ? undefined : keep(key, old);
    },
    keep,
  };
}
const termOfWord = cache<string | null>();
const termsOfRun = cache<readonly string[]>();
const DIGITS = /^\d+$/;
// A word of the text is a slice of it: kept as a key, it would keep the whole text alive.
const own = (word: string) => (word.length > 12 ? [...word].join('') : word);

/** The term of a lower-cased word that is not a CJK run; null for a stop word, a number or a lone letter. */
function termOf(raw: string): string | null {
  if (DIGITS.test(raw)) return null;
  const known = termOfWord.get(raw);
  if (known !== undefined) return known;
  const key = own(raw);
  const w = strip(key)
    .replace(/['’-]+$/g, '')
    .replace(/['’]s$/, '');
  const term = w.length < 2 || STOP_WORDS.has(w) || DIGITS.test(w) ? null : canonical(stem(w.replace(/[’']/g, '')));
  return termOfWord.keep(key, term);
}

/**
 * Each word feature of a lower-cased CJK run with the word as written (a bigram, a glossary word: the run),
 * and, when `explaining` (scoring does not need it), whether "Matched on" shows it: not a lone character,
 * nor a bigram that reads as no word.
 */
function* runAsWritten(raw: string, explaining: boolean): Generator<[term: string, written: string, shown: boolean]> {
  const kept = [...raw].map((c, at) => ({ c, at })).filter(({ c }) => !CJK_PUNCT_STOP.has(c));
  const chars = kept.map((k) => k.c);
  const at = kept.map((k) => k.at);
  const glossary = englishOf(raw);
  const glossed: (string | undefined)[] = [];
  for (const [, zh] of explaining ? glossary : []) {
    for (let from = raw.indexOf(zh); from >= 0; from = raw.indexOf(zh, from + zh.length)) {
      for (let k = from; k < from + zh.length; k++) glossed[k] ??= zh;
    }
  }
  if (chars.length === 1) yield [chars[0] as string, raw, false];
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = `${chars[i]}${chars[i + 1]}`;
    if (!CJK_STOP_BIGRAMS.has(bigram)) yield [bigram, bigram, explaining && shownBigram(chars, at, glossed, i)];
  }
  for (const [en, zh] of glossary) if (!STOP_WORDS.has(en)) yield [canonical(stem(en)), zh, true];
}

/** Each word feature of a text with the word as written and whether "Matched on" shows it (runAsWritten). */
function* wordsAsWritten(text: string): Generator<[term: string, written: string, shown: boolean]> {
  for (const m of text.matchAll(WORD_RE)) {
    const written = m[0];
    const raw = written.toLowerCase();
    if (CJK_RUN_RE.test(raw)) {
      yield* runAsWritten(raw, true);
      continue;
    }
    const term = termOf(raw);
    if (term === null) continue;
    // "Report" that starts a sentence is "report"; "SSO" and "iOS" stay as written.
    const shown = /^\p{Lu}[^\p{Lu}]*$/u.test(written) ? raw : written;
    yield [term, shown.replace(/['’-]+$/g, '').replace(/['’]s$/, ''), true];
  }
}

/**
 * Word features: lower-cased, stop words dropped, stemmed; CJK runs become character bigrams, plus the
 * English words of the support vocabulary they contain (glossary.ts).
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const raw = m[0].toLowerCase();
    if (CJK_RUN_RE.test(raw)) {
      const terms =
        termsOfRun.get(raw) ??
        termsOfRun.keep(
          own(raw),
          Array.from(runAsWritten(raw, false), ([term]) => term),
        );
      for (const term of terms) out.push(term);
      continue;
    }
    const term = termOf(raw);
    if (term !== null) out.push(term);
  }
  return out;
}

/**
 * A text's word features that "Matched on" shows, each with the first word of the text it came from
 * ("invoic" → "invoices"); a bigram that only ever reads as a piece ("两小" of 两小时) is left out.
 */
export function writtenWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [term, written, shown] of wordsAsWritten(text)) if (shown && !out.has(term)) out.set(term, written);
  return out;
}

const HTTP_PHRASES: [RegExp, string][] = [
  [/\bbad gateway\b|网关错误/i, '502'],
  [/\binternal server error\b|服务器内部错误/i, '500'],
  [/\bservice unavailable\b|服务不可用/i, '503'],
  [/\bgateway time-?out\b|网关超时/i, '504'],
  [/\btoo many requests\b|请求过多/i, '429'],
  [/\bforbidden\b|禁止访问/i, '403'],
  [/\bunauthori[sz]ed\b|未授权/i, '401'],
  [/\b(?:request entity|payload) too large\b/i, '413'],
  [/\bpage not found\b|\b404 not found\b|页面不存在|找不到页面/i, '404'],
  [/\bbad request\b/i, '400'],
  [/\bunprocessable entity\b/i, '422'],
  [/\brequest time-?out\b/i, '408'],
  [/\bunsupported media type\b/i, '415'],
  [/\b409 conflict\b|\bconflict error\b/i, '409'],
];
// A 4xx/5xx number counts as a status only next to a word that says so ("HTTP 502", "502 error", "status 429").
const HTTP_BEFORE =
  /(?:\bhttps?|\bstatus(?: code)?|\berror(?: code)?|\bcode|\bresponse|\breturn(?:s|ed|ing)?|\bgot|\bgives?|\bthrows?|返回|错误|状态码?|报错|出现)[\s:#=]*(?:an?\s+)?([45]\d\d)\b/gi;
const HTTP_AFTER =
  /\b([45]\d\d)(?=\s*(?:error|errors|status|response|bad|internal|service|gateway|too|forbidden|unauthori[sz]ed|not found|错误|报错))/gi;

const EXCEPTION_RE = /\b(?:[a-z_$][\w$]*\.)*([A-Z][A-Za-z0-9]*(?:Error|Exception|Fault))\b/g;
const GENERIC_EXCEPTIONS = new Set(['error', 'exception', 'fault']);
const ERROR_ID_RES = [/\bE\d{3,6}\b/g, /\bERR_[A-Z0-9_]{2,}\b/g, /\bE[A-Z]{4,12}\b/g, /\b[A-Z]{2,5}-\d{4,6}(?=:)/g];
const QUOTED_RE = /"([^"\n]{8,200})"|“([^”\n]{8,200})”|'([^'\n]{12,200})'|「([^」\n]{4,200})」/g;

/** Replaces numbers, hex and ids in an error message so two occurrences of one message meet. */
export function normaliseMessage(message: string): string {
  return message
    .toLowerCase()
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '#')
    .replace(/\b0x[0-9a-f]+\b/g, '#')
    .replace(/\d+(?:[.,]\d+)*/g, '#')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** Code features, each prefixed by kind: `http:502`, `exc:exportjoberror`, `err:e4012`, `msg:…`. */
export function codes(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(HTTP_BEFORE)) out.add(`http:${m[1]}`);
  for (const m of text.matchAll(HTTP_AFTER)) out.add(`http:${m[1]}`);
  for (const [re, code] of HTTP_PHRASES) if (re.test(text)) out.add(`http:${code}`);
  for (const m of text.matchAll(EXCEPTION_RE)) {
    const name = (m[1] as string).toLowerCase();
    if (!GENERIC_EXCEPTIONS.has(name)) out.add(`exc:${name}`);
  }
  for (const re of ERROR_ID_RES) for (const m of text.matchAll(re)) out.add(`err:${m[0].toLowerCase()}`);
  for (const m of text.matchAll(QUOTED_RE)) {
    const msg = normaliseMessage(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    // A message, not a button label: at least four words (or eight CJK characters).
    if (msg.split(' ').length >= 4 || (CJK_RUN_RE.test(msg.replace(/\s/g, '')) && msg.length >= 8)) {
      out.add(`msg:${msg}`);
    }
  }
  return [...out];
}

// Ticket tags that say how urgent or who, not which part of the product.
const NON_AREA_TAGS = new Set(
  (
    'urgent high low medium normal critical p0 p1 p2 p3 p4 vip enterprise escalated escalation bug question ' +
    'incident problem task feature_request feature-request churn_risk churn-risk needs_info pending follow_up ' +
    'follow-up l1 l2 l3 tier1 tier2 sla sla_breach new open solved closed'
  ).split(' '),
);

/** Product-area tags: normalised ticket tags without priority/status/segment tags. */
export function areaTags(tags: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const t of tags ?? []) {
    const n = t.trim().toLowerCase().replace(/\s+/g, '_');
    if (n && !NON_AREA_TAGS.has(n)) out.add(`tag:${n}`);
  }
  return [...out];
}
