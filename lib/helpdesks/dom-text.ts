const BLOCK = /^(P|DIV|LI|UL|OL|PRE|BLOCKQUOTE|H[1-6]|TR|TABLE|SECTION|ARTICLE)$/;

// textContent loses paragraph breaks and innerText forces layout (slow on long threads), so walk the
// tree once and turn block boundaries and <br> into newlines.
export function blockText(root: Node | null | undefined, cap = Number.POSITIVE_INFINITY): string {
  if (!root) return '';
  let out = '';
  const walk = (node: Node): void => {
    if (out.length > cap) return;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    const block = BLOCK.test(tag);
    if (block && out && !out.endsWith('\n')) out += '\n';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block && !out.endsWith('\n')) out += '\n';
  };
  walk(root);
  return tidy(out);
}

export function tidy(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function oneLine(s: string | null | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t || undefined;
}

// Untrusted HTML from a helpdesk API as plain text, parsed with the page's own DOMParser: the document it
// makes is inert (no script runs, no image loads).
export function htmlText(html: string | undefined, page: Document): string {
  const Parser = page.defaultView?.DOMParser;
  if (!html || !Parser) return '';
  return blockText(new Parser().parseFromString(html, 'text/html').body);
}

// A date as the page gives it: a machine-readable attribute first, else the shown text when it is an
// absolute date (it names a year); relative text such as "2 hours ago" is never turned into a date.
export function dateOf(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const iso = (el.getAttribute('datetime') ?? el.querySelector('[datetime]')?.getAttribute('datetime'))?.trim();
  if (iso) return iso;
  const shown = oneLine(el.textContent);
  if (!shown || !/\b\d{4}\b/.test(shown) || /\bago\b|today|yesterday/i.test(shown)) return undefined;
  return numericDate(shown, el.ownerDocument?.documentElement.lang ?? '');
}

const NUMERIC_DATE =
  /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?(?:\s*\(?([A-Za-z]{1,5})([+-]\d{1,2}(?::?\d{2})?)?\)?)?)?$/;
const pad = (n: number) => String(n).padStart(2, '0');

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

/**
 * A shown all-number date as ISO (local time), where Date.parse would misread it: "03.11.2026" is the 3rd
 * of November wherever dots are used (Date.parse reads March 11); with slashes the day comes first unless
 * a part is over 12 or the page is in US English. A zone after the time ("GMT+1", "PST") is kept as an
 * offset. Anything else is returned as shown.
 */
export function numericDate(shown: string, lang: string): string {
  const m = NUMERIC_DATE.exec(shown.trim());
  if (!m) return shown;
  const [, a, sep, b, year, hh, mm, ss, half, zone, shift] = m;
  const [x, y] = [Number(a), Number(b)];
  const monthFirst = sep === '/' && (y > 12 || (x <= 12 && /^en(-us)?$/i.test(lang || 'en')));
  const [month, day] = monthFirst ? [x, y] : [y, x];
  // A day the month does not have (31.02.) is no date, not the 3rd of March.
  if (month < 1 || month > 12 || new Date(Date.UTC(Number(year), month - 1, day)).getUTCDate() !== day) {
    return shown;
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  // Without a time it is that day's local midnight: a bare ISO date would be read as midnight UTC, the day
  // before west of Greenwich.
  if (hh === undefined) return `${date}T00:00`;
  if (Number(hh) > (half ? 12 : 23) || Number(mm) > 59) return shown;
  let hour = Number(hh) % (half ? 12 : 24);
  if (half && /p/i.test(half)) hour += 12;
  return `${date}T${pad(hour)}:${mm}${ss ? `:${ss}` : ''}${offsetOf(zone, shift, lang)}`;
}
