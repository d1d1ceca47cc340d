import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings } from '../settings/model';
import { readValidated, writeValue } from './storage';

export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await readValidated(SETTINGS_KEY, Settings);
  return stored.state === 'ok' ? stored.value : DEFAULT_SETTINGS;
}

export function saveSettings(settings: Settings): Promise<void> {
  return writeValue(SETTINGS_KEY, settings);
}

export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const parsed = Settings.safeParse(changes[SETTINGS_KEY]?.newValue);
    listener(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
