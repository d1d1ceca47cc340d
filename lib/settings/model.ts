import { LOCALES } from '../brief/labels';
import { AgentTier } from '../escalation/model';
import { z } from '../zod';

export const SETTINGS_SCHEMA_VERSION = 1;

export const Settings = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).default(SETTINGS_SCHEMA_VERSION),
  agentTier: AgentTier.default('l2'),
  reporter: z.object({ name: z.string().default(''), team: z.string().default('') }).prefault({}),
  uiLocale: z.enum(LOCALES).default('en'),
  briefLocale: z.enum(LOCALES).default('en'),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
