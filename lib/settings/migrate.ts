import { z } from '../zod';
import { SETTINGS_SCHEMA_VERSION, Settings } from './model';

// v1 (first release) had the tier, the reporter and the two languages, all still valid in v2; the fields
// v2 added take their defaults.
function fromV1(raw: unknown): unknown {
  if (raw && typeof raw === 'object' && (raw as { schemaVersion?: unknown }).schemaVersion === 1) {
    return { ...raw, schemaVersion: SETTINGS_SCHEMA_VERSION };
  }
  return raw;
}

export const StoredSettings = z.preprocess(fromV1, Settings);
