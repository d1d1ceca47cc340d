import { useEffect, useState } from 'react';
import type { Escalation } from '../../lib/escalation/model';
import { onIndexChange, recentlySetAside } from '../../lib/platform/record-index';
import { loadRecord, onRecordsChange } from '../../lib/platform/record-store';

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
