import { useEffect, useState } from 'react';
import { onSettingsChange, updateSettings } from '../lib/platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/model';

export function usePanelSettings(initial: Promise<Settings>) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void initial.then((s) => {
      setSettings(s);
      setLoaded(true);
    });
    return onSettingsChange(setSettings);
  }, [initial]);
  // Only what the panel changed is written, onto the settings as stored then: the options page may have
  // saved others since this panel read them.
  // A change storage refuses still applies in this panel, and the agent is told it will not last.
  const [saveError, setSaveError] = useState<string>();
  const update = (changed: Partial<Settings>) => {
    setSettings((s) => ({ ...s, ...changed }));
    updateSettings((stored) => ({ ...stored, ...changed })).then(
      () => setSaveError(undefined),
      (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
    );
  };
  return { settings, update, loaded, saveError };
}
