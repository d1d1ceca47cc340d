import { redact } from '../redact';
import type { RedactOptions } from '../redaction-options';
import { stripControls } from './sanitize';

/** Text that leaves the extension outside a brief (a message to copy): the brief's masking and stripping. */
export function cleanOutgoing(text: string, redaction: RedactOptions): string {
  return redact(stripControls(text), redaction, new Map());
}
