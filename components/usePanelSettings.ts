import { useEffect, useRef, useState } from 'react';
import { onSettingsChange, updateSettings } from '../lib/platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/model';

export function usePanelSettings(initial: Promise<Settings>) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  // What this panel changed and storage has not taken yet: it stays applied over whatever is stored since
  // (the options page saving, say), and goes with the panel's next change, until one is written.
  const unsaved = useRef<Partial<Settings>>({});
  useEffect(() => {
    void initial.then((s) => {
      setSettings(s);
      setLoaded(true);
    });
    return onSettingsChange((stored) => setSettings({ ...stored, ...unsaved.current }));
  }, [initial]);
  const [saveError, setSaveError] = useState<string>();
  // Only what the panel changed is written, onto the settings as stored then: the options page may have
  // saved others since this panel read them.
  const update = (changed: Partial<Settings>) => {
    const patch = { ...unsaved.current, ...changed };
    unsaved.current = patch;
    setSettings((s) => ({ ...s, ...changed }));
    updateSettings((stored) => ({ ...stored, ...patch })).then(
      () => {
        if (unsaved.current !== patch) return;
        unsaved.current = {};
        setSaveError(undefined);
      },
      (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
    );
  };
  return { settings, update, loaded, saveError };
}
