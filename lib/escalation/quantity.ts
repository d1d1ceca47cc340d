// Agents type amounts as they say them: "120k", "1.2M", "3千", "12万", "1,200,000", "$50,000", "50000元",
// "3 家客户". The figure is the number; a currency written with it is read apart (currencyWritten).
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
const QUANTITY = new RegExp(`^(\\d+(?:\\.\\d+)?)(${SCALES})?$`);
const DECIMAL_COMMA = new RegExp(`^\\d+,\\d{1,2}(?:${SCALES})?$`);
const CURRENCY_BEFORE =
  /^(?:(?:us|a|c|hk)?\$|[€£¥₹]|usd|cny|rmb|eur|gbp|jpy|aud|cad|inr|hkd|人民币|美元|欧元|英镑|日元)/;
const CURRENCY_AFTER =
  /(?:美元|欧元|英镑|日元|港元|港币|人民币|元|块钱|块|usd|cny|rmb|eur|gbp|jpy|aud|cad|inr|hkd|dollars?|euros?|[$€£¥₹])$/;
// What is counted: "3 个", "2 家客户", "5 customers", "2 deals".
const COUNTED =
  /(?:(?:[个家位名笔单]|个人)?(?:客户|用户|公司|企业|账号|账户|商户|组织|团队|交易|商机|人)|[个家位名笔单]|customers?|clients?|users?|accounts?|companies|company|deals?|orgs?|organi[sz]ations?|tenants?|people|seats?)$/;

export type Quantity = { state: 'empty' } | { state: 'ok'; value: number } | { state: 'invalid' };

export function parseQuantity(text: string): Quantity {
  // NFKC: full-width digits from a CJK input method (１２００) are digits, and ￥ is ¥.
  const plain = text
    .normalize('NFKC')
    .replace(/[\s_']/g, '')
    .toLowerCase()
    .replace(CURRENCY_BEFORE, '')
    .replace(COUNTED, '')
    .replace(CURRENCY_AFTER, '');
  // One comma before one or two digits is a decimal comma ("1,5M", "12,5"): a thousands comma has three.
  const t = DECIMAL_COMMA.test(plain) ? plain.replace(',', '.') : plain.replace(/,/g, '');
  if (!t) return { state: 'empty' };
  const m = QUANTITY.exec(t);
  if (!m) return { state: 'invalid' };
  // Rounded to cents: 1.1 × 10⁶ is 1100000.0000000002 in floating point.
  const value = Math.round(Number(m[1]) * (m[2] ? (SCALE[m[2]] ?? 1) : 1) * 100) / 100;
  return Number.isFinite(value) ? { state: 'ok', value } : { state: 'invalid' };
}

// Marks that name one currency; "$" (US, Canadian, Australian…) and "¥" (yen or yuan) name none.
const CURRENCY_MARKS: [RegExp, string][] = [
  [/us\$|usd|美元|u\.s\. dollars?/, 'USD'],
  [/€|eur|euros?|欧元/, 'EUR'],
  [/£|gbp|英镑|pounds?/, 'GBP'],
  [/cny|rmb|人民币|元|块/, 'CNY'],
  [/jpy|日元|yen/, 'JPY'],
  [/ca?\$|cad/, 'CAD'],
  [/a\$|aud/, 'AUD'],
  [/₹|inr|rupees?/, 'INR'],
];

/** The currency written with a figure ("€1.2M", "50000元", "USD 12k"), when the mark names only one. */
export function currencyWritten(text: string): string | undefined {
  const plain = text.normalize('NFKC').toLowerCase().replace(/\s/g, '');
  if (/日元/.test(plain)) return 'JPY';
  if (/澳元/.test(plain)) return 'AUD';
  if (/加元/.test(plain)) return 'CAD';
  // Other yuan, dollars and currencies this panel does not offer name none of its own.
  if (/港元|港币|hk\$|hkd|[新韩台]元|新加坡元|新币|台币|sgd|krw|twd/.test(plain)) return undefined;
  return CURRENCY_MARKS.find(([mark]) => mark.test(plain))?.[1];
}
