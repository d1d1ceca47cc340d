import type { Locale } from './labels';

// Cents the agent typed are shown ($2,500.50 and $2.50, not $2,501 and $3); a whole figure shows none ($120,000).
export function formatMoney(amount: number, currency: string, locale: Locale): string {
  const digits = Math.round(amount * 100) % 100 ? 2 : 0;
  const cents = { minimumFractionDigits: digits, maximumFractionDigits: digits };
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, ...cents }).format(amount);
  } catch {
    return `${amount.toLocaleString(locale, cents)} ${currency}`;
  }
}
