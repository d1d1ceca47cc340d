const BLOCK = /^(P|DIV|LI|UL|OL|PRE|BLOCKQUOTE|H[1-6]|TR|TABLE|SECTION|ARTICLE)$/;

// Stands for one level of a nested list's indent until the text is tidied (a private-use character, not
// whitespace, so tidying leaves it).
const INDENT = '\uE000';
const NESTED = /^((?:> )*)(\uE000+)/gm;

const isCell = (el: Element | null) => el?.tagName === 'TD' || el?.tagName === 'TH';

const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;
const MENTION = /mention|user-hover/i;
const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/$/, '');

// The address a link's text stands for, kept after it as Jira's API text keeps it ("status page
// (https://…)"), so a bug or an incident the message points at is still there to match. Only a web
// address other than the text itself: a relative or javascript: link is the helpdesk's own, a mention
// (Jira's user-hover card) names a person and a download link a file.
function linkAddress(a: Element, text: string): string | undefined {
  const href = a.getAttribute('href')?.trim() ?? '';
  const shown = text.trim();
  if (!shown || !WEB_ADDRESS.test(href) || a.hasAttribute('download')) return undefined;
  if (shown.startsWith('@') || MENTION.test(a.getAttribute('class') ?? '') || a.hasAttribute('data-mention-id')) {
    return undefined;
  }
  return bare(shown) === bare(href) ? undefined : href;
}

// textContent loses paragraph breaks and innerText forces layout (slow on long threads), so walk the
// tree once and turn block boundaries and <br> into newlines. `links: false` leaves links' addresses
// out (the generic reader takes what a page shows).
export function blockText(
  root: Node | null | undefined,
  { cap = Number.POSITIVE_INFINITY, links = true }: { cap?: number; links?: boolean } = {},
): string {
  if (!root) return '';
  let out = '';
  // The last character written, kept apart: asking the growing string for it (endsWith) flattens it each
  // time, which made a page of thousands of <div> lines take seconds, then minutes. A link's text is
  // gathered apart for the same reason.
  let last = '';
  let linkText: string | undefined;
  const add = (text: string) => {
    if (!text) return;
    out += text;
    last = text[text.length - 1] as string;
    if (linkText !== undefined) linkText += text;
  };
  // A list item starts with its marker ("1. ", "- "), indented two spaces for each list it is nested in,
  // as Jira's wiki text is written: numbered steps stay steps once the lines are joined. A block at the
  // start of an item (<li><p>…) goes on the marker's line.
  const lists: { ordered: boolean; next: number }[] = [];
  let markerEnd = -1;
  const walk = (node: Node): void => {
    if (out.length > cap) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (out.length !== markerEnd || /\S/.test(value)) add(value);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      add('\n');
      return;
    }
    // Cells of one row stay on its line, apart ("exp_102 | 10000 | HTTP 500"); a layout cell holding
    // paragraphs already ends its text with a line break.
    if ((tag === 'TD' || tag === 'TH') && out && last !== '\n' && isCell(el.previousElementSibling)) {
      add(' | ');
    }
    const block = BLOCK.test(tag);
    if (block && out && last !== '\n' && out.length !== markerEnd) add('\n');
    const start = out.length;
    const list = tag === 'OL' || tag === 'UL';
    if (list) lists.push({ ordered: tag === 'OL', next: Number(el.getAttribute('start')) || 1 });
    const owner = tag === 'LI' && /^[OU]L$/.test(el.parentElement?.tagName ?? '') ? lists.at(-1) : undefined;
    if (owner) {
      add(`${INDENT.repeat(lists.length - 1)}${owner.ordered ? `${owner.next++}.` : '-'} `);
      markerEnd = out.length;
    }
    const link = links && tag === 'A';
    const outer = linkText;
    if (link) linkText = '';
    for (let c = el.firstChild; c && out.length <= cap; c = c.nextSibling) walk(c);
    if (link) {
      const text = linkText ?? '';
      linkText = outer === undefined ? undefined : outer + text;
      const href = linkAddress(el, text);
      if (href) add(` (${href})`);
    }
    if (list) lists.pop();
    // A quoted message keeps a mail quote's "> " on each line, as Jira's API text does, so what a reply
    // quotes is not taken for its writer's own words.
    if (tag === 'BLOCKQUOTE') {
      out = out.slice(0, start) + out.slice(start).replace(/^(?=[^\S\n]*\S)/gm, '> ');
      last = out.at(-1) ?? '';
    }
    if (block && last !== '\n') add('\n');
  };
  walk(root);
  // The indent is written after tidying, which takes the spaces at the start of a line away.
  return tidy(out).replace(NESTED, (_m, quote: string, depth: string) => quote + '  '.repeat(depth.length));
}

// Each pattern matches only what it changes: a lone space between words, or a line break with no space
// beside it, is left where it is rather than replaced by itself (every reader tidies every message).
export function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/ [ \t\u00a0]+|[\t\u00a0][ \t\u00a0]*/g, ' ')
    .replace(/ +\n *|\n +/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function oneLine(s: string | null | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || undefined;
}

// A form field shows its value, not its text; compared by tag name, since a frame's elements are no
// instances of the page's own HTMLInputElement.
export function shownText(el: Element): string | undefined {
  const field = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
  return oneLine(field ? (el as HTMLInputElement).value : el.textContent);
}

// Untrusted HTML from a helpdesk API as plain text, parsed with the page's own DOMParser: the document it
// makes is inert (no script runs, no image loads).
export function htmlText(html: string | undefined, page: Document): string {
  const Parser = page.defaultView?.DOMParser;
  if (!html || !Parser) return '';
  return blockText(new Parser().parseFromString(html, 'text/html').body);
}

// A date as the page gives it: a machine-readable attribute first, else the shown text when it is an
// absolute date (it names a year); relative text such as "2 hours ago" is not a date here (relativeTimeIso
// reads it for a reader given the time of reading), and shown text no form here or the browser reads is left
// unread (listed as not read, not kept as text).
export function dateOf(el: Element | null | undefined, order?: SlashOrder): string | undefined {
  if (!el) return undefined;
  const iso = machineDate(el);
  if (iso) return iso;
  const shown = oneLine(el.textContent);
  if (!shown || !/\d{4}/.test(shown) || /\bago\b|today|yesterday|今天|昨天/i.test(shown)) return undefined;
  const date = shownDateIso(shown, el.ownerDocument?.documentElement.lang ?? '', order);
  return Number.isNaN(Date.parse(date)) ? undefined : date;
}

const machineDate = (el: Element) =>
  (el.getAttribute('datetime') ?? el.querySelector('[datetime]')?.getAttribute('datetime'))?.trim();

export type SlashOrder = 'month-first' | 'day-first';
const SLASH_DATE = /(?<!\d)(\d{1,2})\/(\d{1,2})\/\d{4}(?!\d)/;
const monthFirstIn = (lang: string) => /^en(-us)?$/i.test(lang || 'en');

/**
 * The order a page writes its slash dates in. It follows the agent's locale, which Salesforce and HubSpot set
 * apart from the language (an English page with UK dates): one of the page's own dates (its date fields and
 * times, not text a customer typed) with a first part over 12 is day first, with a second part over 12 month
 * first, and so are all the others. `guessed` is the order the language gives, when a date could be read
 * either way (03/11/2026) and none tells.
 */
export function slashOrderOf(dates: Iterable<Element | null | undefined>): {
  order?: SlashOrder;
  guessed?: SlashOrder;
} {
  let dayFirst = false;
  let monthFirst = false;
  let either = false;
  let lang = '';
  for (const el of dates) {
    const m = el && SLASH_DATE.exec(el.textContent ?? '');
    if (!el || !m) continue;
    lang ||= el.ownerDocument?.documentElement.lang ?? '';
    const [x, y] = [Number(m[1]), Number(m[2])];
    if (x > 12) dayFirst = true;
    else if (y > 12) monthFirst = true;
    else if (x !== y && !machineDate(el)) either = true;
  }
  if (dayFirst !== monthFirst) return { order: dayFirst ? 'day-first' : 'month-first' };
  return either ? { guessed: monthFirstIn(lang) ? 'month-first' : 'day-first' } : {};
}

const pad = (n: number) => String(n).padStart(2, '0');
// A zone printed after the time: "GMT+1", "(CET)", "UTC+05:30".
const ZONE_AFTER = String.raw`(?:\s*\(?([A-Za-z]{1,5})([+-]\d{1,2}(?::?\d{2})?)?\)?)?`;
// AM/PM after the time, taken before a zone could take "PM" as one.
const HALF = String.raw`(?:\s*([AaPp])\.?[Mm]\.?(?![A-Za-z]))?`;
const NUMERIC_DATE = new RegExp(
  String.raw`^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?${HALF}${ZONE_AFTER})?$`,
);
// The part of the day Chinese, Japanese and Korean write before the time; AM/PM comes there too when the
// browser has no Korean names for it (2026. 11. 18. PM 2:05).
const DAY_PART = String.raw`上午|早上|凌晨|午前|오전|中午|下午|晚上|午後|오후|[AaPp]\.?[Mm]\.?`;
// The weekday after a Chinese, Japanese or Korean date: 星期三, 周三, 礼拜三, 水曜日, 수요일, 수, or in parentheses
// ((水), (수), （星期三）). Its spaces go with it, as the part of the day's do.
const WEEKDAY = String.raw`(?:\s*(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|[月火水木金土日]曜日|[월화수목금토일](?:요일)?|[(（][^)）]*[)）]))?`;
// 2026年11月18日 下午2:05 (Chinese, Japanese), 2026년 11월 18일 오후 2:05 (Korean). The spaces before the part of
// the day go with it, so a long gap is not tried in every split between two runs of spaces.
const CJK_DATE = new RegExp(
  String.raw`^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]${WEEKDAY}` +
    String.raw`(?:(?:\s*(${DAY_PART}))?\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?${HALF})?` +
    ZONE_AFTER +
    '$',
);
// 2026/11/03 10:00 JST, 2026-11-18 2:05 pm, 2026/11/18 下午2:05, 2026/11/18(水) 午後2:05, 2026. 11. 18. (수) 오후 2:05
// (Korean): year first, then always month and day.
const YMD_DATE = new RegExp(
  String.raw`^(\d{4})(\.\s?|[/-])(\d{1,2})\2(\d{1,2})\.?${WEEKDAY}(?:,?\s+(?:(${DAY_PART})\s*)?(\d{1,2}):(\d{2})(?::(\d{2}))?${HALF})?${ZONE_AFTER}$`,
);
const AFTERNOON = /^(下午|晚上|午後|오후)$/;
const MORNING = /^(上午|早上|凌晨|午前|오전)$/;
// 18 dic 2026, 30 nov. 2026 à 09:02, Montag, 30. November 2026 um 09:02, 18 de diciembre de 2026 14:30: day,
// month name, year; or month name first (ноября 3, 2026, 10:00, as Salesforce prints it in Russian). The browser
// reads English month names, so an English month first is left as shown.
const NAMED_DATE = new RegExp(
  String.raw`^(?:[^\d\s]+\.?,?\s+)?(?:(\d{1,2})\.?\s+(?:de\s+)?([^\d\s.,]+)|([^\d\s.,]+)\.?\s+(\d{1,2}))` +
    String.raw`\.?,?\s+(?:de\s+)?(\d{4})` +
    String.raw`(?:,?\s+(?:[^\d\s]+\s+){0,2}(\d{1,2})[:h](\d{2})(?::(\d{2}))?${HALF})?` +
    ZONE_AFTER +
    '$',
  'u',
);
// The first three letters of month names in Spanish, Portuguese, Italian, French, German, Dutch, Russian
// and English; French juin/juillet need four.
const MONTHS = new Map(
  [
    ['jan', 'ene', 'gen', 'jän', 'янв'],
    ['feb', 'fev', 'fév', 'фев'],
    ['mar', 'mär', 'mrt', 'maa', 'мар'],
    ['apr', 'abr', 'avr', 'апр'],
    ['may', 'mai', 'mag', 'mei', 'май', 'мая'],
    ['jun', 'giu', 'juin', 'июн'],
    ['jul', 'lug', 'juil', 'июл'],
    ['aug', 'ago', 'aoû', 'aou', 'авг'],
    ['sep', 'set', 'сен'],
    ['oct', 'okt', 'ott', 'out', 'окт'],
    ['nov', 'ноя'],
    ['dec', 'dic', 'dez', 'déc', 'дек'],
  ].flatMap((names, i) => names.map((name) => [name, i + 1] as const)),
);
function monthNamed(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS.get(w.startsWith('jui') ? w.slice(0, 4) : w.slice(0, 3));
}

// Zone names helpdesks print after a time, as hours from UTC; one not listed (IST is India or Ireland)
// leaves the time local rather than guessed.
const ZONES: Record<string, number> = {
  z: 0,
  utc: 0,
  gmt: 0,
  bst: 1,
  cet: 1,
  cest: 2,
  eet: 2,
  eest: 3,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  msk: 3,
  wib: 7,
  sgt: 8,
  hkt: 8,
  jst: 9,
  kst: 9,
  aest: 10,
  aedt: 11,
  nzst: 12,
  nzdt: 13,
};

function offsetOf(zone: string | undefined, shift: string | undefined, lang: string): string {
  // CST on a Chinese page is China Standard Time, not US Central.
  const base =
    zone === undefined ? undefined : /^cst$/i.test(zone) && /^zh(?:[-_]|$)/i.test(lang) ? 8 : ZONES[zone.toLowerCase()];
  if (base === undefined) return '';
  const [h = '0', m = '0'] = (shift ?? '').replace(/^[+-]/, '').split(/:|(?<=^\d{2})(?=\d{2}$)/);
  const sign = shift?.startsWith('-') ? -1 : 1;
  const minutes = base * 60 + sign * (Number(h) * 60 + Number(m));
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function isoOf(
  parts: { year?: string; month: number; day: number; hh?: string; mm?: string; ss?: string },
  hourOf: (h: number) => number | undefined,
  zone: string | undefined,
  shift: string | undefined,
  lang: string,
): string | undefined {
  const { year, month, day, hh, mm, ss } = parts;
  if (!year) return undefined;
  // A day the month does not have (31.02.) is no date, not the 3rd of March.
  if (month < 1 || month > 12 || new Date(Date.UTC(Number(year), month - 1, day)).getUTCDate() !== day) {
    return undefined;
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  // Without a time it is that day's local midnight: a bare ISO date would be read as midnight UTC, the day
  // before west of Greenwich.
  if (hh === undefined || mm === undefined) return `${date}T00:00`;
  const hour = hourOf(Number(hh));
  if (hour === undefined || Number(mm) > 59) return undefined;
  return `${date}T${pad(hour)}:${mm}${ss ? `:${ss}` : ''}${offsetOf(zone, shift, lang)}`;
}

// The hour on the 24-hour clock: 12 AM is midnight, 12 PM noon, whether AM/PM comes after the time or before
// it. A Chinese, Japanese or Korean part of the day before the time may also be written on the 24-hour clock
// (下午14:05); 中午 (midday) runs into the early afternoon.
function clockOf(half: string | undefined, part?: string): (h: number) => number | undefined {
  const twelve = half ?? (part && /^[AaPp]/.test(part) ? part : undefined);
  return (h) => {
    if (twelve) return h > 12 ? undefined : (h % 12) + (/p/i.test(twelve) ? 12 : 0);
    if (h > 23) return undefined;
    if (part && AFTERNOON.test(part)) return h < 12 ? h + 12 : h;
    if (part && MORNING.test(part)) return h === 12 ? 0 : h;
    return part === '中午' && h < 6 ? h + 12 : h;
  };
}

/**
 * A shown date as ISO (local time), where Date.parse would misread it or not read it at all: "03.11.2026"
 * is the 3rd of November wherever dots are used (Date.parse reads March 11); with slashes the day comes
 * first unless a part is over 12, or the page's order (see slashOrderOf) or, without one, its language
 * (US English) says month first; year first (2026/11/03, 2026-11-03) is year, month,
 * day. Chinese, Japanese and Korean dates and month names in other languages are read too. A zone after
 * the time ("GMT+1", "PST") is kept as an offset. Anything else is returned as shown, but for an English "at" before the time, which Date.parse
 * does not read ("November 18, 2026 at 9:02 AM").
 */
export function shownDateIso(shown: string, lang: string, order?: SlashOrder): string {
  const text = shown.trim();
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [, a, sep, b, year, hh, mm, ss, half, zone, shift] = numeric;
    const [x, y] = [Number(a), Number(b)];
    const monthFirst = sep === '/' && (y > 12 || (x <= 12 && (order ? order === 'month-first' : monthFirstIn(lang))));
    const [month, day] = monthFirst ? [x, y] : [y, x];
    return isoOf({ year, month, day, hh, mm, ss }, clockOf(half), zone, shift, lang) ?? shown;
  }
  const ymd = YMD_DATE.exec(text);
  if (ymd) {
    const [, year, , month, day, part, hh, mm, ss, half, zone, shift] = ymd;
    const parts = { year, month: Number(month), day: Number(day), hh, mm, ss };
    return isoOf(parts, clockOf(half, part), zone, shift, lang) ?? shown;
  }
  const cjk = CJK_DATE.exec(text);
  if (cjk) {
    const [, year, month, day, part, hh, mm, ss, half, zone, shift] = cjk;
    const parts = { year, month: Number(month), day: Number(day), hh, mm, ss };
    return isoOf(parts, clockOf(half, part), zone, shift, lang) ?? shown;
  }
  const named = NAMED_DATE.exec(text);
  const month = named && !/^[a-z]/i.test(named[3] ?? '') ? monthNamed(named[2] ?? named[3] ?? '') : undefined;
  if (named && month) {
    const [, dayFirst, , , dayAfter, year, hh, mm, ss, half, zone, shift] = named;
    const day = Number(dayFirst ?? dayAfter);
    return isoOf({ year, month, day, hh, mm, ss }, clockOf(half), zone, shift, lang) ?? shown;
  }
  // Only from a gap's first space, so a long gap is not scanned again from each of its spaces.
  return text.replace(/(?<![\s,]),?\s+at\s+(?=\d)/i, ' ');
}
