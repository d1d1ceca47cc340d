import { useEffect, useState } from 'react';
import type { IndexRow } from '../../lib/escalation/migrate';

const IDLE_MS = 400;

// The list's rows (the record index), kept current as the worker updates it after any record write.
// Loaded once the panel is idle (or when asked for), so the Escalations tab opens at once; the code that
// reads the index loads then too, not with the panel's first paint.
export function useRecordSummaries(wanted: boolean) {
  const [records, setRecords] = useState<IndexRow[] | undefined>(undefined);
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setIdle(true), IDLE_MS);
    return () => clearTimeout(timer);
  }, []);
  const active = wanted || idle;
  useEffect(() => {
    if (!active) return;
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
  }, [active]);
  return records;
}
