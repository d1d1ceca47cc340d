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
