import { type RedactOptions, redact } from '../redact';

// Control, direction and invisible formatting characters from a ticket could hide or reorder text
// wherever the brief is pasted, whatever the format.
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

// Line and paragraph separators (and NEL) end a line wherever they are honoured: make them real newlines.
const SEPARATORS = /[\u0085\u2028\u2029]/g;

export function stripControls(s: string): string {
  return s.replace(SEPARATORS, '\n').replace(INVISIBLE, '');
}

/**
 * Every string in a ticket as read, stripped the same way: a direction override in a subject would show
 * "gnp.exe" as "exe.png" in the panel and in every draft field prefilled from it.
 */
export function withoutControls<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) return value.map(withoutControls) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutControls(v)])) as T;
  }
  return value;
}

/** Text that leaves the extension outside a brief (a message to copy): the brief's masking and stripping. */
export function cleanOutgoing(text: string, redaction: RedactOptions): string {
  return redact(stripControls(text), redaction, new Map());
}
