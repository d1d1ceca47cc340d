import { z } from '../zod';
import { defaultTimeZone, SETTINGS_SCHEMA_VERSION, Settings } from './model';

// v1 (first release) had the tier, the reporter and the two languages, all still valid in v2; the fields
// v2 added take their defaults.
function fromV1(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && (raw as { schemaVersion?: unknown }).schemaVersion === 1) {
    return { ...raw, schemaVersion: SETTINGS_SCHEMA_VERSION };
  }
  return raw;
}

// Earlier releases took any zone the browser knows, offsets ("+05:30") too, which the options now refuse:
// a whole-hour offset is its Etc/GMT zone (whose sign is the other way round), any other the computer's
// zone, rather than setting every stored setting aside for one field.
const OFFSET = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;
function fromOffsetZone(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !('timeZone' in raw) || typeof raw.timeZone !== 'string') return raw;
  const m = OFFSET.exec(raw.timeZone.trim());
  if (!m) return raw;
  const [, sign, hours = '0', minutes = '00'] = m;
  const whole = minutes === '00' && Number(hours) <= 14;
  const zone = Number(hours) === 0 ? 'UTC' : `Etc/GMT${sign === '+' ? '-' : '+'}${Number(hours)}`;
  return { ...raw, timeZone: whole ? zone : defaultTimeZone() };
}

export const StoredSettings = z.preprocess((raw) => fromOffsetZone(fromV1(raw)), Settings);
