import { BRIEF_FORMATS } from '../brief/formats';
import { LOCALES } from '../brief/labels';
import { AgentTier, type SEVERITIES } from '../escalation/model';
import { z } from '../zod';

export const SETTINGS_SCHEMA_VERSION = 2;

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour time, such as 09:00');

// An IANA name of a place ("Europe/Berlin"), UTC or GMT. The browser also takes offsets ("+05:30"), which know no
// daylight saving, and abbreviations and old names of one word or of a rule ("BST", "IST", "EST", "Japan", "EST5EDT",
// "SystemV/EST5"), reading each as one place where an agent may mean another: "BST" is Dhaka to it, not London,
// "EST" Panama, which has no daylight saving.
const PLACE_OR_UTC = /^(?:utc|gmt|(?!systemv\/)[a-z][^/]*\/.+)$/i;
/** The zone the browser reads a name as ("BST" is Asia/Dhaka to it), or undefined where it knows none. */
export function browserZone(tz: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

export function isTimeZone(tz: string): boolean {
  return PLACE_OR_UTC.test(tz) && browserZone(tz) !== undefined;
}

// As the browser spells it when only the case differs ("europe/berlin" is "Europe/Berlin"; "gmt", which it calls
// UTC, is "GMT"): the panel names the zone to the agent. A name the browser knows under an older alias
// (Europe/Kyiv, Europe/Kiev) is kept as typed.
function canonicalTimeZone(tz: string): string {
  const resolved = browserZone(tz) ?? tz;
  return resolved.toLowerCase() === tz.toLowerCase() ? resolved : tz.toLowerCase() === 'gmt' ? 'GMT' : tz;
}

// A computer's zone the options would refuse (an older browser may name one "EST5EDT") is not offered as the default.
export function defaultTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

const Cadence = z
  .object({
    internalHours: z
      .number()
      .positive()
      .max(24 * 14),
    customerMinHours: z
      .number()
      .positive()
      .max(24 * 14),
    customerMaxHours: z
      .number()
      .positive()
      .max(24 * 14),
    businessHoursOnly: z.boolean(),
  })
  .refine((c) => c.customerMinHours <= c.customerMaxHours, {
    message: 'The customer update window must start before it ends',
    path: ['customerMaxHours'],
  });
export type Cadence = z.infer<typeof Cadence>;

// The method's follow-up table: Critical internal every 2 h, customer every 2-4 h; High 4 h / 4-8 h;
// Medium daily / every 1-2 business days (counted in business hours: 8 h a business day).
export const DEFAULT_CADENCE: Record<(typeof SEVERITIES)[number], Cadence> = {
  critical: { internalHours: 2, customerMinHours: 2, customerMaxHours: 4, businessHoursOnly: false },
  high: { internalHours: 4, customerMinHours: 4, customerMaxHours: 8, businessHoursOnly: false },
  medium: { internalHours: 8, customerMinHours: 8, customerMaxHours: 16, businessHoursOnly: true },
};

export const Settings = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION).default(SETTINGS_SCHEMA_VERSION),
  agentTier: AgentTier.default('l2'),
  reporter: z.object({ name: z.string().max(200).default(''), team: z.string().max(200).default('') }).prefault({}),
  uiLocale: z.enum(LOCALES).default('en'),
  briefLocale: z.enum(LOCALES).default('en'),
  defaultFormat: z.enum(BRIEF_FORMATS).default('markdown'),
  businessHours: z
    .object({
      days: z.array(z.number().int().min(0).max(6)).default([1, 2, 3, 4, 5]),
      start: HHMM.default('09:00'),
      end: HHMM.default('17:00'),
    })
    .prefault({})
    .refine((b) => b.start < b.end, { message: 'Business hours must end after they start', path: ['end'] }),
  timeZone: z
    .string()
    .superRefine((typed, ctx) => {
      // What was typed goes with the issue: the options page names the place to write instead.
      if (!isTimeZone(typed))
        ctx.addIssue({
          code: 'custom',
          message: 'Not a time zone name, such as Europe/Berlin or Asia/Shanghai',
          params: { typed },
        });
    })
    .transform(canonicalTimeZone)
    .default(defaultTimeZone),
  holidays: z.array(z.iso.date()).default([]),
  cadence: z
    .object({ critical: Cadence, high: Cadence, medium: Cadence })
    .default(() => structuredClone(DEFAULT_CADENCE)),
  customDomains: z.array(z.string().url()).default([]),
  // Secrets are always masked in briefs; customer emails and phone numbers only when asked.
  redactEmails: z.boolean().default(false),
  redactPhones: z.boolean().default(false),
  // How far back similar escalations are looked for (open and resolved).
  patternWindowDays: z.number().int().min(1).max(365).default(90),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
