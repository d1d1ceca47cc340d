import { useEffect, useState } from 'react';
import { loadSettings, onSettingsChange, saveSettings } from '../lib/platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/model';

export function usePanelSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChange(setSettings);
  }, []);
  const update = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };
  return { settings, update };
}
