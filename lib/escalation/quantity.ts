// Agents type amounts as they say them: "120k", "1.2M", "3千", "12万", "1,200,000", "$50,000", "50000元",
// "3 家客户". The figure is the number; a currency written with it is read apart (`currency`).
const SCALE: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  bn: 1e9,
  千: 1e3,
  万: 1e4,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
};
const SCALES = 'k|m|bn|b|千万|百万|千|万|亿';
const QUANTITY = new RegExp(`^([\\d.,]+)(${SCALES})?$`);
// Thousands grouped by a dot or a comma ("1.200.000", "12,000"), with decimals after the other mark
// ("1,200,000.50", "1.200,5"). The first group is 1-999: "0.500" is a half.
const GROUPED = /^[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*(?:(?!\1)[.,]\d+)?$/;
const DECIMAL = /^\d+[.,]\d+$/;

// A dot or comma before exactly three digits groups thousands, whichever the agent's country writes
// ("12.000 €", "12,000"); before any other count of digits it is the decimal mark ("12.50", "1,5"). Before a
// magnitude a lone dot stays the decimal mark: "1.250M" is 1.25 million, never 1,250 million.
function figureOf(digits: string, scaled: boolean): number | undefined {
  if (/^\d+$/.test(digits)) return Number(digits);
  const grouped = GROUPED.exec(digits);
  if (grouped && !(scaled && /^\d+\.\d{3}$/.test(digits))) {
    const [whole = '', decimals = ''] = digits.split(grouped[1] === '.' ? ',' : '.');
    return Number(`${whole.replace(/[.,]/g, '')}.${decimals || 0}`);
  }
  return DECIMAL.test(digits) ? Number(digits.replace(',', '.')) : undefined;
}
// A currency written before or after the figure, and the one it names: "$" (US, Canadian, Australian…),
// "¥" (yen or yuan), "dollars", "pounds", "rupees" and yuan other than these name none.
const MARKS: Record<string, string | undefined> = {
  us$: 'USD',
  usd: 'USD',
  美元: 'USD',
  美金: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  欧元: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  英镑: 'GBP',
  cny: 'CNY',
  rmb: 'CNY',
  人民币: 'CNY',
  元人民币: 'CNY',
  元: 'CNY',
  块: 'CNY',
  块钱: 'CNY',
  jpy: 'JPY',
  日元: 'JPY',
  a$: 'AUD',
  au$: 'AUD',
  aud: 'AUD',
  澳元: 'AUD',
  澳大利亚元: 'AUD',
  c$: 'CAD',
  ca$: 'CAD',
  cad: 'CAD',
  加元: 'CAD',
  加拿大元: 'CAD',
  '₹': 'INR',
  inr: 'INR',
};
const escapeMark = (mark: string) => mark.replace(/[$.]/g, '\\$&');
const NAMED = Object.keys(MARKS)
  .sort((a, b) => b.length - a.length)
  .map(escapeMark)
  .join('|');
const NONE = '(?:hk|nz|s)?\\$|[¥]|dollars?|pounds?|rupees?';
const CURRENCY_BEFORE = new RegExp(`^(?:${NAMED}|${NONE})`);
// After the figure, any yuan ("港元", "新加坡元") is a currency mark, named or not; 万, 千… are the figure's.
const CURRENCY_AFTER = new RegExp(`(?:${NAMED}|${NONE}|(?:(?![万千百亿])[\\u4e00-\\u9fff]){1,4}元|港币|台币|新币)$`);
// What is counted: "3 个", "2 家客户", "5 customers", "2 deals".
const COUNTED =
  /(?:(?:[个家位名笔单]|个人)?(?:客户|用户|公司|企业|账号|账户|商户|组织|团队|交易|商机|人)|[个家位名笔单]|customers?|clients?|users?|accounts?|companies|company|deals?|orgs?|organi[sz]ations?|tenants?|people|seats?)$/;

// Any other currency code written in capitals beside the figure ("CHF 5000", "5000 SEK") names its currency;
// in lower case, "12 all" or "5 top" is more likely words than Albanian lek or Tongan paʻanga.
const CODE_BEFORE = /^[A-Z]{3}(?=[\d.,\-−])/;
const CODE_AFTER = /(?<=[\d.]|[kKmMbBnN千万亿])[A-Z]{3}$/;
const CODES = new Set(Intl.supportedValuesOf('currency'));
const codeIn = (text: string, where: RegExp) => {
  const code = where.exec(text)?.[0];
  return code && CODES.has(code) ? code : undefined;
};

export type Quantity =
  | { state: 'empty' }
  | { state: 'ok'; value: number /** The currency a mark written with the figure names. */; currency?: string }
  | {
      state: 'invalid' /** What the agent can fix, where it is plain. */;
      why?: 'negative' | 'exponent' | 'fraction' | 'none';
    };

const EXPONENT = /^\d+(?:[.,]\d+)?e[+-]?\d+$/;

export function parseQuantity(text: string): Quantity {
  // NFKC: full-width digits from a CJK input method (１２００) are digits, and ￥ is ¥.
  const written = text.normalize('NFKC').replace(/[\s_']/g, '');
  let plain = written.toLowerCase();
  const codeBefore = CURRENCY_BEFORE.test(plain) ? undefined : codeIn(written, CODE_BEFORE);
  const before = codeBefore?.toLowerCase() ?? CURRENCY_BEFORE.exec(plain)?.[0];
  plain = plain.slice(before?.length ?? 0).replace(COUNTED, '');
  const codeAfter = CURRENCY_AFTER.test(plain) ? undefined : codeIn(written, CODE_AFTER);
  const after = codeAfter?.toLowerCase() ?? CURRENCY_AFTER.exec(plain)?.[0];
  plain = plain.slice(0, plain.length - (after?.length ?? 0));
  if (!plain) return { state: 'empty' };
  // "−" is the minus sign a word processor writes; "-$5" has its sign before the currency.
  const unsigned = /^[-−]/.test(text.trim()) ? text.trim().slice(1) : /^[-−]/.test(plain) ? plain.slice(1) : undefined;
  if (unsigned !== undefined) {
    return parseQuantity(unsigned).state === 'ok' ? { state: 'invalid', why: 'negative' } : { state: 'invalid' };
  }
  if (EXPONENT.test(plain)) return { state: 'invalid', why: 'exponent' };
  const m = QUANTITY.exec(plain);
  const figure = m ? figureOf(m[1] ?? '', m[2] !== undefined) : undefined;
  if (figure === undefined) return { state: 'invalid' };
  // Rounded to cents: 1.1 × 10⁶ is 1100000.0000000002 in floating point.
  const value = Math.round(figure * (m?.[2] ? (SCALE[m[2]] ?? 1) : 1) * 100) / 100;
  if (!Number.isFinite(value)) return { state: 'invalid' };
  const currency = MARKS[before ?? ''] ?? MARKS[after ?? ''] ?? codeBefore ?? codeAfter;
  return currency ? { state: 'ok', value, currency } : { state: 'ok', value };
}

/**
 * How many customers, users or deals: a whole number, and at least one, since none affected is no impact
 * (the field is left empty then). "1.234" is 1234 here as anywhere.
 */
export function parseCount(text: string): Quantity {
  const q = parseQuantity(text);
  if (q.state !== 'ok') return q;
  if (!Number.isInteger(q.value)) return { state: 'invalid', why: 'fraction' };
  return q.value < 1 ? { state: 'invalid', why: 'none' } : { state: 'ok', value: q.value };
}

/** The currencies offered beside a revenue figure, besides any other one typed with it. */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AUD', 'CAD', 'INR'] as const;

/** The currency a typed figure names ("€1.2M" is in euros, "CHF 5000" in francs), so the field beside it follows. */
export function currencyTyped(text: string): string | undefined {
  const typed = parseQuantity(text);
  return typed.state === 'ok' ? typed.currency : undefined;
}

/** The currency menu: those offered, and the one the draft holds when it is another ("CHF" typed). */
export const currencyChoices = (current: string): readonly string[] =>
  CURRENCIES.some((c) => c === current) || !current ? CURRENCIES : [...CURRENCIES, current];
