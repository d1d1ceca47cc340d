import { useEffect, useState } from 'react';
import { onSettingsChange, saveSettings } from '../lib/platform/settings-store';
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
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return { settings, update, loaded };
}
