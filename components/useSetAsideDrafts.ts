import { useCallback, useEffect, useState } from 'react';
import {
  listSetAside,
  onSetAsideChange,
  removeSetAsideCopy,
  restoreSetAside,
  type SetAsideDraft,
} from '../lib/platform/draft-store';

// Versions of this ticket's draft set aside in a conflict between panels: offered back, or deleted.
export function useSetAsideDrafts(key: string | undefined) {
  const [items, setItems] = useState<SetAsideDraft[]>([]);
  const refresh = useCallback(() => {
    if (!key) return setItems([]);
    void listSetAside(key).then(setItems, () => setItems([]));
  }, [key]);
  useEffect(refresh, [refresh]);
  // Another panel on the ticket may set a version aside (keeping its own over this one's) at any time.
  useEffect(() => (key ? onSetAsideChange(key, refresh) : undefined), [key, refresh]);
  // A version storage refuses to use or delete stays offered, with the reason beside it.
  const [failed, setFailed] = useState<{ storageKey: string; error: string }>();
  const settle = async (item: SetAsideDraft, act: Promise<unknown>) => {
    try {
      await act;
      setFailed(undefined);
    } catch (error) {
      setFailed({ storageKey: item.storageKey, error: error instanceof Error ? error.message : String(error) });
    }
    refresh();
  };
  const restore = (item: SetAsideDraft) => settle(item, restoreSetAside(item, new Date()));
  const discard = (item: SetAsideDraft) => settle(item, removeSetAsideCopy(item));
  return { items, restore, discard, failed };
}
