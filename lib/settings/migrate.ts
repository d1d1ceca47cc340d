import { z } from '../zod';
import { browserZone, defaultTimeZone, isTimeZone, SETTINGS_SCHEMA_VERSION, Settings } from './model';

// v1 (first release) had the tier, the reporter and the two languages, all still valid in v2; the fields
// v2 added take their defaults.
function fromV1(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && (raw as { schemaVersion?: unknown }).schemaVersion === 1) {
    return { ...raw, schemaVersion: SETTINGS_SCHEMA_VERSION };
  }
  return raw;
}

// Earlier releases took any zone the browser knows, which the options now refuse, rather than setting every
// stored setting aside for one field: a whole-hour offset ("+05:30" is not) is its Etc/GMT zone (whose sign
// is the other way round); any other offset, and an abbreviation or old one-word name ("EST", "BST", "Japan"),
// which the browser read as one place where the agent may have meant another (Panama, Dhaka), the computer's.
// Such a name counts whether or not this browser knows it: an export from Chrome, which reads "IST", is
// imported into Firefox, which does not.
const OFFSET = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;
const ONE_WORD = /^[A-Za-z][\w+-]*$/;
function fromRefusedZone(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !('timeZone' in raw) || typeof raw.timeZone !== 'string') return raw;
  const m = OFFSET.exec(raw.timeZone.trim());
  if (!m) {
    const named = browserZone(raw.timeZone) !== undefined || ONE_WORD.test(raw.timeZone.trim());
    const refused = named && !isTimeZone(raw.timeZone);
    return refused ? { ...raw, timeZone: defaultTimeZone() } : raw;
  }
  const [, sign, hours = '0', minutes = '00'] = m;
  // Etc zones run from GMT-14 to GMT+12: UTC-13 and UTC-14 are none.
  const whole = minutes === '00' && Number(hours) <= (sign === '+' ? 14 : 12);
  const zone = Number(hours) === 0 ? 'UTC' : `Etc/GMT${sign === '+' ? '-' : '+'}${Number(hours)}`;
  return { ...raw, timeZone: whole ? zone : defaultTimeZone() };
}

export const StoredSettings = z.preprocess((raw) => fromRefusedZone(fromV1(raw)), Settings);
