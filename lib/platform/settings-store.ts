import { browser } from 'wxt/browser';
import { StoredSettings } from '../settings/migrate';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { readValidated, writeValue } from './storage';

export const SETTINGS_KEY = 'settings';

export async function loadSettingsWithStatus(): Promise<{ settings: Settings; quarantined?: string }> {
  const stored = await readValidated(SETTINGS_KEY, StoredSettings);
  if (stored.state === 'ok') return { settings: stored.value };
  return { settings: DEFAULT_SETTINGS, quarantined: stored.state === 'quarantined' ? stored.quarantineKey : undefined };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsWithStatus()).settings;
}

export function saveSettings(settings: Settings): Promise<void> {
  return writeValue(SETTINGS_KEY, settings);
}

export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const parsed = StoredSettings.safeParse(changes[SETTINGS_KEY]?.newValue);
    listener(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
