import { browser } from 'wxt/browser';
import { isTicketKey } from '../escalation/draft-key';
import { type IndexRow, indexRowOf } from '../escalation/migrate';
import { openForTicket } from '../followup/list';
import { OpenTickets, openIdsOf } from '../followup/open-tickets';
import { INDEX_KEY, loadIndex, OPEN_KEY } from './record-index';
import { RECORD_PREFIX, recordAt } from './record-store';

/**
 * The open escalations of a ticket, for the panel to say it is already escalated: the few records the
 * worker lists open for it, read whole. Where it has listed none yet (the extension was just updated), from
 * the record index, as before the list was kept.
 */
export async function loadOpenForTicket(key: string): Promise<IndexRow[]> {
  if (!isTicketKey(key)) return [];
  const open = OpenTickets.safeParse((await browser.storage.local.get(OPEN_KEY))[OPEN_KEY]);
  if (!open.success) return openForTicket(await loadIndex(), key);
  const keys = openIdsOf(open.data, key).map((id) => `${RECORD_PREFIX}${id}`);
  if (!keys.length) return [];
  const stored = await browser.storage.local.get(keys);
  const rows = keys.flatMap((k) => {
    const record = recordAt(k).safeParse(stored[k]);
    return record.success ? [indexRowOf(record.data)] : [];
  });
  // A record rewritten since the list was (resolved, say) is as it is now.
  return openForTicket(rows, key);
}

// The worker rewrites both after any record write; a severity changed is seen in the index alone.
export function onOpenChange(listener: () => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && (OPEN_KEY in changes || INDEX_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
