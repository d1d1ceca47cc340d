import { useCallback, useEffect, useState } from 'react';
import type { IndexRow } from '../../lib/escalation/migrate';
import type { Escalation } from '../../lib/escalation/model';
import { loadIndex, onIndexChange, recentlySetAside } from '../../lib/platform/record-index';
import { loadRecord, onRecordsChange } from '../../lib/platform/record-store';

const IDLE_MS = 400;

// The list's rows (the record index), kept current as the worker updates it after any record write.
// Loaded once the panel is idle (or when asked for), so the Escalations tab opens at once.
export function useRecordSummaries(wanted: boolean) {
  const [records, setRecords] = useState<IndexRow[] | undefined>(undefined);
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setIdle(true), IDLE_MS);
    return () => clearTimeout(timer);
  }, []);
  const active = wanted || idle;
  const load = useCallback(async () => setRecords(await loadIndex()), []);
  useEffect(() => {
    if (!active) return;
    void load();
    return onIndexChange(() => void load());
  }, [active, load]);
  return records;
}

// How many records were set aside this week (they no longer parse), re-counted when the index changes.
export function useSetAsideRecords() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const count = () => void recentlySetAside(new Date()).then(setCount, () => setCount(0));
    count();
    return onIndexChange(count);
  }, []);
  return count;
}

// One whole record, for its detail view; re-read when it changes in storage.
export function useRecord(id: string) {
  const [state, setState] = useState<{ record?: Escalation; missing?: boolean }>({});
  useEffect(() => {
    const load = () =>
      void loadRecord(id).then((read) => setState(read.state === 'ok' ? { record: read.value } : { missing: true }));
    load();
    return onRecordsChange(load);
  }, [id]);
  return state;
}
