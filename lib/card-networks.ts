// Card networks issue numbers of 13 to 19 digits starting with 2 to 9: Mir and Mastercard (2), Amex, JCB and
// Diners (3), Visa (4), Mastercard, Maestro, Verve and RuPay (5), Discover, UnionPay, Elo and RuPay (6),
// UnionPay (8), Troy (9). The Luhn check digit alone passes 1 number in 10; epoch-millisecond timestamps
// (13 digits from 1…) and ids counted up from 1 start with 1, so they are not taken for cards. A list of
// each network's ranges would leak the cards of every network it forgot.
export function issuedByCardNetwork(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && /^[2-9]/.test(digits);
}
