import { useEffect, useState } from 'react';
import { loadSettings, onSettingsChange, saveSettings } from '../lib/platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/model';

export function usePanelSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void loadSettings()
      .catch(() => DEFAULT_SETTINGS)
      .then((s) => {
        setSettings(s);
        setLoaded(true);
      });
    return onSettingsChange(setSettings);
  }, []);
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return { settings, update, loaded };
}
