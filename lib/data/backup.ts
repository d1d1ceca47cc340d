import { cutLine, withoutControls } from '../brief/sanitize';
import { customerOf } from '../escalation/customer';
import { StoredEscalation } from '../escalation/migrate';
import { ESCALATION_SCHEMA_VERSION, type Escalation } from '../escalation/model';
import { isRecordId } from '../escalation/record-id';
import { isWebAddress } from '../escalation/ticket-address';
import { obj } from '../helpdesks/json';
import { checkDomain } from '../settings/domains';
import { formIssues } from '../settings/issues';
import { StoredSettings } from '../settings/migrate';
import { DEFAULT_SETTINGS, type Settings } from '../settings/model';
import { z } from '../zod';

const EXPORT_FORMAT = 'escalation-brief-export';
const EXPORT_VERSION = 1;

// What the extension keeps in storage.local, by key prefix.
const OURS = /^(draft:|record:|quarantine:|settings$)/;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  items: z.record(z.string(), z.unknown()),
});
export type ExportFile = z.infer<typeof ExportFile>;

export function buildExport(stored: Record<string, unknown>, now: Date): ExportFile {
  const items = Object.fromEntries(Object.entries(stored).filter(([key]) => OURS.test(key)));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), items };
}

export type SkipReason =
  | 'unknown-key'
  | 'invalid'
  | 'older-than-stored'
  | 'same-as-stored'
  | 'older-in-file'
  | 'newer-entry'
  | 'bad-id'
  | 'escalated-since'
  | 'quarantined-entry'
  | 'settings-kept'
  | 'own-choice'
  | 'bad-domain'
  | 'not-web-address';

export interface ImportPlan {
  writes: Record<string, unknown>;
  imported: string[];
  skipped: { key: string; reason: SkipReason; detail?: string }[];
  /** A skipped draft or escalation's customer and summary, by its key, as far as they could be read. */
  names: Record<string, string>;
}

// Where an entry failed to parse ("customer.name"), for the report to name in the page's language: the
// parser's own message is English.
const fieldOf = (error: z.ZodError): string => error.issues[0]?.path.map(String).join('.') ?? '';

export type ImportResult =
  | { ok: true; plan: ImportPlan }
  | { ok: false; reason: 'empty' | 'not-json' | 'not-an-export' | 'newer-export'; detail?: string };

// Every entry is validated on its own, so one bad entry skips only itself. A draft or record replaces
// the stored one only when it is newer; one stored that no longer reads is set aside under `quarantine:`
// (at `now`), not overwritten. Entries set aside because they did not read are not imported (they failed
// once already); a draft set aside in a two-panel conflict is a whole draft and is. The file's settings are
// taken only where this browser has none of its own: an export is often imported to recover one draft, and
// its settings, which carry no date, may be older than the ones in use.
export function planImport(text: string, stored: Record<string, unknown>, now = new Date()): ImportResult {
  if (!text.trim()) return { ok: false, reason: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const file = ExportFile.safeParse(raw);
  if (!file.success) {
    // Our own format from a later release: say so, rather than that it is no export at all.
    const head = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number() }).safeParse(raw);
    if (head.success && head.data.version > EXPORT_VERSION) return { ok: false, reason: 'newer-export' };
    return { ok: false, reason: 'not-an-export', detail: file.error.issues[0]?.message };
  }

  // The file's own entries, as JSON.parse made them: a record schema rebuilds the object, and an entry keyed
  // "__proto__" would then vanish from the report. Keys are looked up in objects with no prototype, so one
  // named "constructor" or "toString" finds nothing it did not put there.
  const items: Record<string, unknown> = (raw as { items: Record<string, unknown> }).items;
  const plan: ImportPlan = { writes: {}, imported: [], skipped: [], names: Object.create(null) };
  // Which of the file's entries each escalation's write came from: a newer entry later in the file takes
  // its place, and that one is reported skipped, as it is when the newer comes first.
  const writtenFrom = new Map<string, string>();
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith('quarantine:')) {
      planSetAside(plan, key, value, stored);
      continue;
    }
    if (key === 'settings') {
      planSettings(plan, value, stored, now);
      continue;
    }
    if (!/^(draft|record):/.test(key)) {
      plan.skipped.push({ key, reason: 'unknown-key' });
      continue;
    }
    const entry = StoredEscalation.safeParse(value);
    if (!entry.success) {
      plan.skipped.push(
        fromNewerRelease(value)
          ? { key, reason: 'newer-entry' }
          : { key, reason: 'invalid', detail: fieldOf(entry.error) },
      );
      continue;
    }
    // A draft's id becomes its escalation's: one no record may have would be set aside as it is escalated.
    if (!isRecordId(entry.data.id)) {
      plan.skipped.push({ key, reason: 'bad-id' });
      continue;
    }
    const isRecord = key.startsWith('record:');
    // A draft exported before it was escalated: escalated again, it would overwrite its escalation.
    const escalated = `record:${entry.data.id}`;
    if (!isRecord && (stored[escalated] !== undefined || items[escalated] !== undefined)) {
      plan.skipped.push({ key, reason: 'escalated-since' });
      continue;
    }
    // A file is text from outside, as a ticket is: nothing in it may reorder or hide what the panel shows,
    // its ticket key included.
    const data = withoutControls(entry.data);
    // Stored where the extension looks for it: a record under its id, a draft under its ticket's key (a
    // hand-edited file, or a key spelled as an older release did, would otherwise be a record no one can
    // open whose reminders no one can stop).
    const target = isRecord ? escalated : `draft:${data.key}`;
    const when = Date.parse(data.updatedAt);
    if (Number.isNaN(when)) {
      plan.skipped.push({ key, reason: 'invalid', detail: 'updatedAt' });
      continue;
    }
    const inFile = target in plan.writes;
    const current = StoredEscalation.safeParse(inFile ? plan.writes[target] : stored[target]);
    const storedWhen = current.success ? Date.parse(current.data.updatedAt) : Number.NaN;
    if (storedWhen >= when) {
      const same = storedWhen === when;
      plan.skipped.push({ key, reason: inFile ? 'older-in-file' : same ? 'same-as-stored' : 'older-than-stored' });
      continue;
    }
    const replaced = writtenFrom.get(target);
    if (replaced !== undefined) {
      plan.imported.splice(plan.imported.indexOf(replaced), 1);
      plan.skipped.push({ key: replaced, reason: 'older-in-file' });
    }
    writtenFrom.set(target, key);
    if (!inFile && stored[target] !== undefined && !current.success) setAside(plan, target, stored[target], now);
    plan.writes[target] = withWebAddresses(plan, key, data);
    plan.imported.push(key);
  }
  for (const { key } of plan.skipped) {
    const name = /^(draft|record):/.test(key) ? nameOf(items[key]) : undefined;
    if (name) plan.names[key] = name;
  }
  return { ok: true, plan };
}

// What the file replaces that no longer reads (a newer release's, hand-edited) is kept, as the extension
// keeps what it cannot read.
function setAside(plan: ImportPlan, key: string, value: unknown, now: Date): void {
  plan.writes[`quarantine:${key}:${now.getTime()}`] = value;
}

// The escalation comes in without a ticket address that is no web page's, and the report names the field:
// skipping it whole would lose all the rest for one link.
function withWebAddresses(plan: ImportPlan, key: string, entry: Escalation): Escalation {
  const kept = (field: string, url: string) => {
    if (url === '' || isWebAddress(url)) return url;
    plan.skipped.push({ key: `${key}.${field}`, reason: 'not-web-address' });
    return '';
  };
  const ticketUrl = kept('ticketUrl', entry.ticketUrl);
  if (!entry.ticket) return { ...entry, ticketUrl };
  return { ...entry, ticketUrl, ticket: { ...entry.ticket, url: kept('ticket.url', entry.ticket.url) } };
}

// Text from the file as a line of the import report shows it.
const reportPart = (text: unknown, max: number) => (typeof text === 'string' ? cutLine(text, max) : '');

// A storage key ("record:22b87bd0-…") tells the agent nothing: the customer and summary do, read from the
// entry as it is in the file (it may not have parsed). The customer is named as the list names them.
function nameOf(value: unknown): string | undefined {
  const entry = obj(value);
  const customer = obj(entry?.customer);
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const who = customerOf({
    customer: { name: text(customer?.name), account: text(customer?.account) },
    ticket: { organization: text(obj(entry?.ticket)?.organization) },
  });
  return [reportPart(who, 40), reportPart(entry?.summary, 60)].filter(Boolean).join(' — ') || undefined;
}

/** A key as the import report shows it: a hand-edited one can be hundreds of characters. */
export const shownKey = (key: string) => cutLine(key, 90);

const fromNewerRelease = (value: unknown): boolean => {
  const version = (value as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof version === 'number' && version > ESCALATION_SCHEMA_VERSION;
};

const SET_ASIDE_DRAFT = /^quarantine:draft:.+:(\d+)$/;

function planSetAside(plan: ImportPlan, key: string, value: unknown, stored: Record<string, unknown>): void {
  const since = SET_ASIDE_DRAFT.exec(key)?.[1];
  const copy = since ? StoredEscalation.safeParse(value) : undefined;
  if (!copy?.success) {
    plan.skipped.push({ key, reason: 'quarantined-entry' });
    return;
  }
  // Under the key of the draft it was set aside from, where the panel on that ticket looks for it; a draft
  // too, which Use this version makes the ticket's draft.
  const data = withoutControls(copy.data);
  const target = `quarantine:draft:${data.key}:${since}`;
  if (stored[target] !== undefined || plan.writes[target] !== undefined) {
    plan.skipped.push({ key, reason: 'same-as-stored' });
    return;
  }
  plan.writes[target] = withWebAddresses(plan, key, data);
  plan.imported.push(key);
}

// The languages and the tier are the agent's own, set in passing (a new browser's first act may be to switch
// the language): they alone do not make a browser's settings its own, and a file's never replace them.
const ownChoices = ({ uiLocale, briefLocale, agentTier }: Settings) => ({ uiLocale, briefLocale, agentTier });
const inPassing = (settings: Settings) => JSON.stringify({ ...settings, ...ownChoices(DEFAULT_SETTINGS) });

function planSettings(plan: ImportPlan, value: unknown, stored: Record<string, unknown>, now: Date): void {
  const own = StoredSettings.safeParse(stored.settings);
  if (own.success && inPassing(own.data) !== inPassing(DEFAULT_SETTINGS)) {
    plan.skipped.push({ key: 'settings', reason: 'settings-kept' });
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    plan.skipped.push({ key: 'settings', reason: 'invalid' });
    return;
  }
  // The domains are judged one by one below: one the options page would refuse must not cost the others.
  const domains = 'customDomains' in value ? value.customDomains : [];
  if (!Array.isArray(domains)) plan.skipped.push({ key: 'settings.customDomains', reason: 'invalid' });
  const settings = StoredSettings.safeParse({ ...value, customDomains: [] });
  if (!settings.success) {
    plan.skipped.push({ key: 'settings', reason: 'invalid', detail: fieldOf(settings.error) });
    return;
  }
  // As the options page refuses them: no business day would make business-hours reminders count round the clock.
  const refused = formIssues(settings.data)[0];
  if (refused) {
    plan.skipped.push({ key: 'settings', reason: 'invalid', detail: refused.path.join('.') });
    return;
  }
  // As the options page takes them: an https site, tidied to its origin ("https://support.acme.com", no
  // trailing slash: sites are compared by origin).
  const customDomains: string[] = [];
  for (const domain of Array.isArray(domains) ? (domains as unknown[]) : []) {
    const check = typeof domain === 'string' ? checkDomain(domain) : ({ ok: false, reason: 'not-a-url' } as const);
    if (check.ok) {
      if (!customDomains.includes(check.origin)) customDomains.push(check.origin);
    } else
      plan.skipped.push({
        // Its start tells which it is; a name of 300 characters made a line of 300 around the reason.
        key: `settings.customDomains: ${reportPart(String(domain), 60)}`,
        reason: 'bad-domain',
        detail: check.reason,
      });
  }
  const mine = ownChoices(own.success ? own.data : DEFAULT_SETTINGS);
  for (const [field, value] of Object.entries(mine)) {
    if (settings.data[field as keyof typeof mine] !== value)
      plan.skipped.push({ key: `settings.${field}`, reason: 'own-choice' });
  }
  if (!own.success && stored.settings !== undefined) setAside(plan, 'settings', stored.settings, now);
  plan.writes.settings = withoutControls({ ...settings.data, customDomains, ...mine });
  plan.imported.push('settings');
}
