import { useEffect, useState } from 'react';
import type { IndexRow } from '../lib/escalation/migrate';

/**
 * The open escalations of the draft's ticket, kept current as the worker indexes record writes. Read as the
 * draft shows: a few records, not the record index the Escalations tab reads.
 */
export function useOpenForTicket(key: string | undefined): IndexRow[] {
  const [found, setFound] = useState<{ key: string; rows: IndexRow[] }>();
  useEffect(() => {
    if (key === undefined) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('../lib/platform/open-escalations').then(({ loadOpenForTicket, onOpenChange }) => {
      if (stopped) return;
      const load = async () => {
        const rows = await loadOpenForTicket(key);
        if (!stopped) setFound({ key, rows });
      };
      void load();
      stop = onOpenChange(() => void load());
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [key]);
  // Another ticket's, until this one's are read: none.
  return found && found.key === key ? found.rows : [];
}
