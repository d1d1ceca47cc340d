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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Field by field, as the form shows them (the reporter's name and team are two fields of one setting).
function rebase(
  opened: unknown,
  edited: unknown,
  stored: unknown,
  saving: unknown,
): { value: unknown; overwritten: boolean } {
  if (isRecord(opened) && isRecord(edited) && isRecord(stored)) {
    const value: Record<string, unknown> = {};
    let overwritten = false;
    for (const key of Object.keys({ ...stored, ...edited })) {
      const field = rebase(opened[key], edited[key], stored[key], isRecord(saving) ? saving[key] : undefined);
      value[key] = field.value;
      overwritten ||= field.overwritten;
    }
    return { value, overwritten };
  }
  if (same(edited, opened)) return { value: stored, overwritten: false };
  return { value: edited, overwritten: !same(stored, opened) && !same(stored, edited) && !same(stored, saving) };
}

/**
 * The form's edits moved onto settings stored meanwhile (an import, Delete all data, the panel): what was typed
 * and not saved stays, every other field shows what is stored. `overwritten`: a typed field's stored value
 * changed too (to neither what was typed nor what is being saved), so the page says the stored ones changed.
 */
export function rebaseEdits(
  opened: Settings,
  edited: Settings,
  stored: Settings,
  saving: Partial<Settings> = {},
): { draft: Settings; overwritten: boolean } {
  const { value, overwritten } = rebase(opened, edited, stored, saving);
  return { draft: value as Settings, overwritten };
}
