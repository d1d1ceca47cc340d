import type { HelpdeskReader } from './types';
import { zendesk } from './zendesk';

const READERS: readonly HelpdeskReader[] = [zendesk];

export function readerFor(url: URL): HelpdeskReader | undefined {
  return READERS.find((r) => r.match(url));
}
