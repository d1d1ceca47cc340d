import { useEffect, useState } from 'react';
import type { IndexRow } from '../../lib/escalation/migrate';

// The list's rows (the record index), kept current as the worker updates it after any record write. Loaded
// when asked for, so the Escalations tab opens at once if the panel asks early: at 10,000 records the index
// is megabytes, and a read of it queues every storage read after it. The code that reads the index loads
// then too, not with the panel's first paint.
export function useRecordSummaries(wanted: boolean) {
  const [records, setRecords] = useState<IndexRow[] | undefined>(undefined);
  const [asked, setAsked] = useState(false);
  if (wanted && !asked) setAsked(true);
  useEffect(() => {
    if (!asked) return;
    let stop: (() => void) | undefined;
    let stopped = false;
    void import('../../lib/platform/record-index').then(({ loadIndex, onIndexChange }) => {
      if (stopped) return;
      const load = async () => {
        const rows = await loadIndex();
        if (!stopped) setRecords(rows);
      };
      void load();
      stop = onIndexChange(() => void load());
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [asked]);
  return records;
}
