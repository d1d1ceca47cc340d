// Agents type amounts as they say them: "120k", "1.2M", "12万", "1,200,000".
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, bn: 1e9, 万: 1e4, 亿: 1e8 };
const QUANTITY = /^(\d+(?:\.\d+)?)(k|m|bn|b|万|亿)?$/;

export type Quantity = { state: 'empty' } | { state: 'ok'; value: number } | { state: 'invalid' };

export function parseQuantity(text: string): Quantity {
  // NFKC: full-width digits from a CJK input method (１２００) are digits.
  const plain = text
    .normalize('NFKC')
    .replace(/[\s_']/g, '')
    .toLowerCase();
  // One comma before one or two digits is a decimal comma ("1,5M", "12,5"): a thousands comma has three.
  const t = /^\d+,\d{1,2}(?:k|m|bn|b|万|亿)?$/.test(plain) ? plain.replace(',', '.') : plain.replace(/,/g, '');
  if (!t) return { state: 'empty' };
  const m = QUANTITY.exec(t);
  if (!m) return { state: 'invalid' };
  // Rounded to cents: 1.1 × 10⁶ is 1100000.0000000002 in floating point.
  const value = Math.round(Number(m[1]) * (m[2] ? (SCALE[m[2]] ?? 1) : 1) * 100) / 100;
  return Number.isFinite(value) ? { state: 'ok', value } : { state: 'invalid' };
}
