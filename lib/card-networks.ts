// Which leading digits (IIN ranges) and lengths the card networks issue. The Luhn check digit alone passes
// 1 number in 10, so an epoch-millisecond timestamp or a 16-digit order id would often read as a card; one
// no network issues is not masked.

interface Issued {
  // Leading digits, from and to inclusive, written with as many digits as the range is read with.
  from: string;
  to: string;
  lengths: readonly number[];
}

const upTo19 = (from: number) => Array.from({ length: 20 - from }, (_, i) => from + i);

const issued = (from: string, to: string, lengths: readonly number[]): Issued => ({ from, to, lengths });

const ISSUED: readonly Issued[] = [
  // Visa
  issued('4', '4', [13, 16, 19]),
  // Mastercard
  issued('51', '55', [16]),
  issued('2221', '2720', [16]),
  // American Express
  issued('34', '34', [15]),
  issued('37', '37', [15]),
  // Discover
  issued('6011', '6011', upTo19(16)),
  issued('644', '649', upTo19(16)),
  issued('65', '65', upTo19(16)),
  // JCB
  issued('3528', '3589', upTo19(16)),
  // Diners Club
  issued('300', '305', upTo19(14)),
  issued('3095', '3095', upTo19(14)),
  issued('36', '36', upTo19(14)),
  issued('38', '39', upTo19(14)),
  // UnionPay
  issued('62', '62', upTo19(16)),
  // Maestro, by the ranges it alone uses: the "50, 56–69" often quoted for it overlaps every network above
  // and would take most numbers starting 5 or 6 for a card.
  ...['5018', '5020', '5038', '5893', '6304', '6759', '6761', '6762', '6763'].map((p) => issued(p, p, upTo19(13))),
];

/** Whether a card network issues this number (digits only), by its leading digits and length. */
export function issuedByCardNetwork(digits: string): boolean {
  return ISSUED.some(({ from, to, lengths }) => {
    const lead = digits.slice(0, from.length);
    return lengths.includes(digits.length) && lead >= from && lead <= to;
  });
}
