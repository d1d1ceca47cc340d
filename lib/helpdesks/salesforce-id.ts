// Salesforce names one record by a 15-character, case-sensitive id, or by the same id followed by three
// characters that spell its letter case. Links and the address bar use either, so the 18-character form is
// the one kept: a case opened both ways is one ticket with one draft.
const CASE_BITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export function recordId18(id: string): string {
  if (id.length !== 15) return id;
  let suffix = '';
  for (let chunk = 0; chunk < 15; chunk += 5) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id.charAt(chunk + i))) bits |= 1 << i;
    suffix += CASE_BITS.charAt(bits);
  }
  return id + suffix;
}
