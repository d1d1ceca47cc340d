import { useCallback, useEffect, useRef, useState } from 'react';

// Chromium only updates its accessibility tree every 150 ms, and a screen reader hears a live region
// through the difference between two of those trees: the region has to stay empty across one of them.
const REPEAT_GAP_MS = 300;

/**
 * The text of a status line (a role="status" region) and the function that says something in it. The same
 * sentence said again is announced again: the region empties, then gets the sentence back.
 */
export function useStatusMessage(): [string, (text: string) => void] {
  const [shown, setShown] = useState('');
  const last = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = useCallback((text: string) => {
    clearTimeout(timer.current);
    const again = text !== '' && text === last.current;
    last.current = text;
    if (!again) {
      setShown(text);
      return;
    }
    setShown('');
    timer.current = setTimeout(() => setShown(text), REPEAT_GAP_MS);
  }, []);
  return [shown, say];
}
