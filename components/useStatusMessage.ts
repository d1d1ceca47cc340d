import { useCallback, useEffect, useRef, useState } from 'react';

// Chromium only updates its accessibility tree every 150 ms, and a screen reader hears a live region
// through the difference between two of those trees: the region has to stay empty across one of them.
const REPEAT_GAP_MS = 300;

/**
 * What a status line (a role="status" region) says, and the function that says something in it: its text,
 * or a message the line translates when it renders (so it follows a language changed meanwhile). The same
 * thing said again is announced again: the region empties, then gets it back.
 */
export function useStatusMessage<T = string>(): [T | '', (said: T) => void] {
  const [shown, setShown] = useState<T | ''>('');
  const last = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = useCallback((said: T) => {
    clearTimeout(timer.current);
    const same = JSON.stringify(said);
    const again = said !== '' && same === last.current;
    last.current = same;
    if (!again) {
      setShown(said);
      return;
    }
    setShown('');
    timer.current = setTimeout(() => setShown(said), REPEAT_GAP_MS);
  }, []);
  return [shown, say];
}
