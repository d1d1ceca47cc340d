import { browser } from 'wxt/browser';
import { StoredSettings } from '../settings/migrate';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { allKeys, QUARANTINE_PREFIX, readValidated, writeValue } from './storage';
import { inTurn } from './turns';

export const SETTINGS_KEY = 'settings';

const SET_ASIDE = `${QUARANTINE_PREFIX}${SETTINGS_KEY}:`;

/**
 * The settings, and where unreadable ones were set aside while none replaced them: whichever page or the
 * worker read them first moved them aside, and the options page says so whoever that was.
 */
export async function loadSettingsWithStatus(): Promise<{ settings: Settings; quarantined?: string }> {
  const stored = await readValidated(SETTINGS_KEY, StoredSettings);
  if (stored.state === 'ok') return { settings: stored.value };
  if (stored.state === 'quarantined') return { settings: DEFAULT_SETTINGS, quarantined: stored.quarantineKey };
  const keys = await allKeys();
  const aside = keys
    .filter((k) => k.startsWith(SET_ASIDE) && /^\d+$/.test(k.slice(SET_ASIDE.length)))
    .sort((a, b) => Number(a.slice(SET_ASIDE.length)) - Number(b.slice(SET_ASIDE.length)))
    .at(-1);
  return { settings: DEFAULT_SETTINGS, quarantined: aside };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await readValidated(SETTINGS_KEY, StoredSettings);
  return stored.state === 'ok' ? stored.value : DEFAULT_SETTINGS;
}

// A change is made to the settings as stored when it is written, not as the caller read them: the
// options page waits on the browser's permission prompt, the panel's language menu writes meanwhile. Resolves
// to the settings written.
export function updateSettings(change: (stored: Settings) => Settings): Promise<Settings> {
  return inTurn(async () => {
    const next = change(await loadSettings());
    await writeValue(SETTINGS_KEY, next);
    return next;
  });
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
