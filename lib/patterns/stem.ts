// English word endings for the similar-issue matcher. Pure.

// Light stemming: enough that "exports", "exporting" and "exported" meet, not a full Porter stemmer.
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  // "stopped" → "stopp" → "stop".
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  // "arrive", "arrives", "arrived", "arriving" all end as "arriv".
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}
