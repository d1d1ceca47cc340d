import type { Settings } from './model';

/**
 * The settings the options form changed, relative to what it was opened with: only these are saved, onto
 * the settings stored now, so a change made meanwhile in the panel (tier, language) is not reverted.
 */
export function changedSettings(opened: Settings, edited: Settings): Partial<Settings> {
  const changed: Partial<Record<keyof Settings, unknown>> = {};
  for (const key of Object.keys(edited) as (keyof Settings)[]) {
    if (JSON.stringify(edited[key]) !== JSON.stringify(opened[key])) changed[key] = edited[key];
  }
  return changed as Partial<Settings>;
}
