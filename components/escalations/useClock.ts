import { useEffect, useState } from 'react';
import type { CadenceSettings } from '../../lib/followup/cadence';
import { nextWakeAt, type Schedulable } from '../../lib/followup/schedule';

// setTimeout's longest delay; a later change is waited for in steps.
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * "Now" for the Escalations views, moved on when the next clock falls due or overdue (the moments the
 * worker wakes for), so a row turns overdue while the list is open, as the badge does.
 */
export function useClock(records: readonly Schedulable[] | undefined, settings: CadenceSettings): Date {
  const [now, setNow] = useState(() => new Date());
  // Fresh whenever the records change (the list opened, a record written), not only at the next wake.
  useEffect(() => {
    if (records) setNow(new Date());
  }, [records]);
  useEffect(() => {
    const next = records ? nextWakeAt(records, now, settings) : undefined;
    if (!next) return;
    const timer = setTimeout(() => setNow(new Date()), Math.min(MAX_DELAY_MS, next.getTime() - now.getTime() + 50));
    return () => clearTimeout(timer);
  }, [records, now, settings]);
  return now;
}
