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
  // A version storage refuses to use or delete stays offered, with the reason beside it; so does one that is
  // the draft now but whose copy storage would not remove.
  const [failed, setFailed] = useState<{ storageKey: string; error: string; used?: boolean }>();
  const settle = async (item: SetAsideDraft, act: () => Promise<{ copyLeft?: string }>) => {
    try {
      const { copyLeft } = await act();
      setFailed(copyLeft === undefined ? undefined : { storageKey: item.storageKey, error: copyLeft, used: true });
    } catch (error) {
      setFailed({ storageKey: item.storageKey, error: error instanceof Error ? error.message : String(error) });
    }
    refresh();
  };
  const restore = (item: SetAsideDraft) => settle(item, () => restoreSetAside(item, new Date()));
  const discard = (item: SetAsideDraft) =>
    settle(item, async () => {
      await removeSetAsideCopy(item);
      return {};
    });
  return { items, restore, discard, failed };
}
