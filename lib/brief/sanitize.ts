// Control, direction and invisible formatting characters from a ticket could hide or reorder text
// wherever the brief is pasted, whatever the format, and one inside a card number or key would keep it
// from being masked ("4111<soft hyphen>1111…" is no card to a pattern, and shows as one). The invisible
// ones: soft hyphen, combining grapheme joiner, the Hangul fillers, Mongolian vowel separator, zero-width
// space and non-joiner, word joiner and the invisible operators, the deprecated format characters
// U+206A–U+206F, the zero-width no-break space, interlinear annotation marks, the tag characters (which
// can spell out hidden text), variation selectors and the other invisible fillers (Khmer inherent vowels,
// Mongolian free variation selectors, musical format marks). A zero-width joiner goes too, except between
// two emoji, where it makes one (man, woman and girl joined are one family emoji; a skin tone or emoji
// presentation selector may come between the first emoji and the joiner). A joiner or non-joiner between
// two letters (or marks) of a script that is written with them stays, Arabic and Syriac or an Indic one:
// Persian writes "mi-khaham" (I want) with a non-joiner, Sinhala "Sri" with a joiner. A Latin word or a
// digit has no use for them, so one there still goes and cannot hide an @here or a card number. The emoji
// presentation selector goes too, except after an emoji or in a keycap (1️⃣). Tag characters stay only in
// the three subdivision flags Unicode recommends, England, Scotland and Wales (a black flag, "gbeng", "gbsct" or
// "gbwls" in tag letters, and the cancel tag), which the first alternative keeps whole: any other code
// between a black flag and a cancel tag draws only the black flag, and a row of them could spell a
// sentence six letters at a time.
const JOINING_SCRIPTS = [
  'Arabic',
  'Syriac',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
];
const JOINED = `(?=[\\p{L}\\p{M}])[${JOINING_SCRIPTS.map((sc) => `\\p{Script=${sc}}`).join('')}]`;
const EMOJI_BEFORE = '\\p{Extended_Pictographic}(?:\\p{Emoji_Modifier}|\\ufe0f)?';
const EMOJI_AFTER = '\\p{Extended_Pictographic}';
// A joiner goes unless both an emoji and an emoji, or both a joined letter and a joined letter, are around
// it: one alternative for each way of missing a neighbour of either pair.
const JOINERS = [
  `(?<!${JOINED})\\u200c|\\u200c(?!${JOINED})`,
  `(?<!${EMOJI_BEFORE})(?<!${JOINED})\\u200d`,
  `(?<!${EMOJI_BEFORE})\\u200d(?!${JOINED})`,
  `(?<!${JOINED})\\u200d(?!${EMOJI_AFTER})`,
  `\\u200d(?!${EMOJI_AFTER})(?!${JOINED})`,
].join('|');
const OTHER_INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the purpose
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible mark is removed on its own
  /(\u{1f3f4}\u{e0067}\u{e0062}(?:\u{e0065}\u{e006e}\u{e0067}|\u{e0073}\u{e0063}\u{e0074}|\u{e0077}\u{e006c}\u{e0073})\u{e007f})|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0e\ufeff\uffa0\ufff9-\ufffb\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e007f}\u{e0100}-\u{e01ef}]|\u034f|(?<!\p{Extended_Pictographic}\p{Emoji_Modifier}?)\ufe0f(?!\u20e3)/u;
const INVISIBLE = new RegExp(`${OTHER_INVISIBLE.source}|${JOINERS}`, 'gu');

/**
 * The one invisible character the formats write themselves, after the ticket's own are gone: it breaks a
 * mention, ends a Jira link before an escape, keeps a Slack code fence from closing early.
 */
export const ZWSP = '\u200b';

// Line and paragraph separators (and NEL) end a line wherever they are honoured: make them real newlines.
const SEPARATORS = /[\u0085\u2028\u2029]/g;

// A CR ends a line in one renderer and not in the next (CommonMark and Slack break at a lone one, HTML runs
// the lines together): leaving the extension, CRLF and a lone CR are one newline, so every format sees the
// same lines.
export function stripControls(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(SEPARATORS, '\n')
    .replace(INVISIBLE, (_, flag: string | undefined) => flag ?? '');
}

/**
 * Ticket text as one short line (a notification, a line of the import report): without control characters,
 * spaces run together, cut to `max` whole characters (code points, so no emoji is left half) with "…".
 */
export function cutLine(text: string, max: number): string {
  const chars = [...stripControls(text).replace(/\s+/g, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  // A cut inside a flag would leave its first tag characters stray, and one inside a family emoji its joiner.
  return `${stripControls(chars.slice(0, max - 1).join('')).trimEnd()}…`;
}

// Inside the panel the marks that only say which way a neutral character runs (LRM, RLM, ALM) stay: Arabic
// or Hebrew mixed with numbers needs them, and they cannot reorder a word. Overrides, embeddings and
// isolates can ("gnp.exe" shown as "exe.png"), and control characters have no business in ticket text.
const REORDERING =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Text from a page for the panel: without what could reorder or hide it (see REORDERING). */
export function stripReordering(s: string): string {
  return s.replace(SEPARATORS, '\n').replace(REORDERING, '');
}

/** Every string in a ticket as read, through stripReordering: the panel and every draft field prefilled from it. */
export function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return stripReordering(value) as T;
  if (Array.isArray(value)) return value.map(withoutControls) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControls(v)])) as T;
  }
  return value;
}
