import type { IndexRow } from '../escalation/migrate';
import type { RecordFilter } from './list';
import { isOpen, severityOf } from './status';

/**
 * The row to land on back from an escalation: its own while it is listed; else the nearest one listed after
 * it when it was opened, else the nearest before it (the detail may have changed it out of the list).
 */
export function landingRow(id: string, before: readonly string[], listed: readonly string[]): string | undefined {
  if (listed.includes(id)) return id;
  const at = before.indexOf(id);
  if (at < 0) return undefined;
  const shown = (other: string) => listed.includes(other);
  return before.slice(at + 1).find(shown) ?? before.slice(0, at).findLast(shown);
}

/** The list filter an escalation no longer passes after what can change in its detail: status or severity. */
export function leftFilter(r: IndexRow, f: RecordFilter): 'status' | 'severity' | undefined {
  if (f.status !== 'all' && (f.status === 'open') !== isOpen(r)) return 'status';
  if (f.severity && severityOf(r) !== f.severity) return 'severity';
  return undefined;
}
