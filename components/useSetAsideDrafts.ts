import { useCallback, useEffect, useState } from 'react';
import { listSetAside, removeSetAsideCopy, restoreSetAside, type SetAsideDraft } from '../lib/platform/draft-store';

// Versions of this ticket's draft set aside when a panel closed mid-conflict: offered back, or deleted.
export function useSetAsideDrafts(key: string | undefined) {
  const [items, setItems] = useState<SetAsideDraft[]>([]);
  const refresh = useCallback(() => {
    if (!key) return setItems([]);
    void listSetAside(key).then(setItems, () => setItems([]));
  }, [key]);
  useEffect(refresh, [refresh]);
  const restore = async (item: SetAsideDraft) => {
    await restoreSetAside(item, new Date());
    refresh();
  };
  const discard = async (item: SetAsideDraft) => {
    await removeSetAsideCopy(item);
    refresh();
  };
  return { items, restore, discard };
}
