import { z } from '../zod';
import { parseQuantity } from './quantity';

export const HELPDESKS = [
  'zendesk',
  'freshdesk',
  'intercom',
  'helpscout',
  'hubspot',
  'jira',
  'salesforce',
  'front',
  'gorgias',
  'zoho',
  'generic',
] as const;
export const Helpdesk = z.enum(HELPDESKS);
export type Helpdesk = z.infer<typeof Helpdesk>;

// 'unknown': the page did not say who wrote it (no reporter to tell the customer from agents by).
export const MessageRole = z.enum(['customer', 'agent', 'note', 'unknown']);
export type MessageRole = z.infer<typeof MessageRole>;

export const TicketMessage = z.object({
  author: z.string().optional(),
  role: MessageRole,
  at: z.string().optional(),
  text: z.string(),
});
export type TicketMessage = z.infer<typeof TicketMessage>;

const TICKET_FIELDS = [
  'ticketId',
  'subject',
  'status',
  'priority',
  'tags',
  'requester',
  'organization',
  'createdAt',
  'updatedAt',
  'dueAt',
  'messages',
] as const;
export const TicketField = z.enum(TICKET_FIELDS);
export type TicketField = z.infer<typeof TicketField>;

export const TicketContext = z.object({
  helpdesk: Helpdesk,
  ticketId: z.string().optional(),
  url: z.string(),
  subject: z.string().optional(),
  status: z.string().optional(),
  priority: z.string().optional(),
  tags: z.array(z.string()).optional(),
  requester: z.object({ name: z.string().optional(), email: z.string().optional() }).optional(),
  organization: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  dueAt: z.string().optional(),
  messages: z.array(TicketMessage).optional(),
  customFields: z.record(z.string(), z.string()).optional(),
  // Issues the helpdesk links the ticket to (Jira's linked issues: the bug it was filed as, a duplicate
  // request), as addresses.
  links: z.array(z.string()).optional(),
  // What the generic reader found on a page that is not a helpdesk ticket; a reader never guesses which
  // email is the customer's, so they are offered as found.
  page: z
    .object({
      title: z.string().optional(),
      heading: z.string().optional(),
      selection: z.string().optional(),
      emails: z.array(z.string()).optional(),
      dates: z.array(z.string()).optional(),
      errors: z.array(z.string()).optional(),
      // Set when the page shows little text of its own beside frames, whose content is not read (another
      // document, often another site's): what the agent sees may be in them.
      framed: z.literal(true).optional(),
      // Set when the page was longer than the reader keeps: its start and end were read, keptChars in all.
      cut: z
        .object({ keptChars: z.number().int().nonnegative(), totalChars: z.number().int().nonnegative() })
        .optional(),
    })
    .optional(),
  source: z.enum(['api', 'dom', 'generic']),
  missing: z.array(TicketField),
  truncated: z
    .object({
      keptMessages: z.number().int(),
      totalMessages: z.number().int(),
      keptChars: z.number().int(),
      // The helpdesk gave no count: the thread is the oldest messages its API listed and the newest its page
      // shows, and those between may be missing (totalMessages counts only those read).
      uncounted: z.literal(true).optional(),
    })
    .optional(),
  // The order slash dates that read either way (03/11/2026) were read in, from the page's language alone:
  // none of the page's dates told whether the day or the month comes first.
  dateOrderGuessed: z.enum(['month-first', 'day-first']).optional(),
});
export type TicketContext = z.infer<typeof TicketContext>;

export const SEVERITIES = ['critical', 'high', 'medium'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const TARGETS = ['l2', 'engineering', 'product', 'security', 'leadership'] as const;
export const Target = z.enum(TARGETS);
export type Target = z.infer<typeof Target>;

export const ASK_KINDS = ['investigate', 'fix', 'decide', 'approve', 'other'] as const;
export const AskKind = z.enum(ASK_KINDS);
export type AskKind = z.infer<typeof AskKind>;

const text = z.string().default('');
const optionalNumber = z.number().nonnegative().finite().optional();

// Drafts from before pending deals were a count held text there: what reads as a number is kept as one,
// anything else joins the workflow impact, labelled, rather than being dropped.
function legacyPendingDeals(v: unknown): unknown {
  if (typeof v !== 'object' || v === null || !('pendingDeals' in v) || typeof v.pendingDeals !== 'string') return v;
  const typed = v.pendingDeals;
  const quantity = parseQuantity(typed);
  if (quantity.state === 'ok') return { ...v, pendingDeals: quantity.value };
  const rest = { ...v, pendingDeals: undefined };
  if (quantity.state === 'empty') return rest;
  const before = 'workflowImpact' in v && typeof v.workflowImpact === 'string' ? v.workflowImpact.trim() : '';
  return { ...rest, workflowImpact: [before, `Pending deals: ${typed.trim()}`].filter(Boolean).join('\n') };
}

// One currency has one code: "jpy" from a hand-edited import is JPY, summed with it across escalations. What
// is no code ("dollars") is kept as written, for the brief to show beside the amount.
const currencyCode = z
  .string()
  .overwrite((s) => (/^\s*[a-z]{3}\s*$/i.test(s) ? s.trim().toUpperCase() : s))
  .default('USD');

const ImpactFields = z.object({
  breadth: z.object({ count: optionalNumber, names: text, growing: z.boolean().default(false) }).prefault({}),
  depth: z.enum(['blocked', 'degraded', 'inconvenienced']).optional(),
  duration: z.object({ since: text, critical: text }).prefault({}),
  revenueAtRisk: z.object({ amount: optionalNumber, currency: currencyCode }).prefault({}),
  pendingDeals: optionalNumber,
  reputation: z
    .object({ publicRisk: z.boolean().default(false), referenceCustomer: z.boolean().default(false) })
    .prefault({}),
  contractual: z
    .object({ slaStatus: z.enum(['within', 'at_risk', 'breached']).optional(), obligations: text })
    .prefault({}),
  workflowImpact: text,
});
export const Impact = z.preprocess(legacyPendingDeals, ImpactFields);
export type Impact = z.infer<typeof Impact>;

export const Repro = z.object({
  startingState: text,
  steps: z.array(z.string()).default([]),
  expected: text,
  actual: text,
  environment: text,
  frequency: z.enum(['always', 'intermittent', 'conditional']).optional(),
  evidence: z.array(z.string()).default([]),
  ruledOut: z.array(z.string()).default([]),
});
export type Repro = z.infer<typeof Repro>;

export const LogEntry = z.object({
  at: z.string(),
  kind: z.enum(['created', 'update-team', 'update-customer', 'note', 'severity', 'status', 'copied', 'snoozed']),
  text: z.string(),
});
export type LogEntry = z.infer<typeof LogEntry>;

export const SignalAnswer = z.object({
  value: z.boolean(),
  source: z.enum(['ticket', 'agent', 'pattern']),
  evidence: z.string().optional(),
});
export type SignalAnswer = z.infer<typeof SignalAnswer>;

export const AGENT_TIERS = ['l1', 'l2', 'manager'] as const;
export const AgentTier = z.enum(AGENT_TIERS);
export type AgentTier = z.infer<typeof AgentTier>;

export const ESCALATION_SCHEMA_VERSION = 2;

export const ESCALATION_STATUSES = ['draft', 'escalated', 'de-escalated', 'resolved'] as const;

// Clock times are compared as text (which one a reminder was given for), so each is kept in one spelling:
// "…T12:00:00Z" or "…T13:00:00+01:00" from a hand-edited import is "…T12:00:00.000Z".
const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());
const asInstant = (v: unknown) =>
  typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? new Date(v).toISOString() : v;

// One follow-up clock: notify at dueAt (the cadence's lower bound), overdue after overdueAt (upper bound).
export const FollowUpClock = z.object({ dueAt: instant, overdueAt: instant });
export type FollowUpClock = z.infer<typeof FollowUpClock>;
export const FOLLOW_UP_CLOCKS = ['internal', 'customer'] as const;
export type FollowUpClockName = (typeof FOLLOW_UP_CLOCKS)[number];

export const DE_ESCALATION_REASONS = ['support-resolvable', 'workaround', 'resolved-itself', 'lower-severity'] as const;
export const DeEscalationReason = z.enum(DE_ESCALATION_REASONS);
export type DeEscalationReason = z.infer<typeof DeEscalationReason>;

export const Escalation = z.object({
  id: z.string(),
  schemaVersion: z.literal(ESCALATION_SCHEMA_VERSION),
  key: z.string(),
  ticket: TicketContext.optional(),
  summary: text,
  customer: z.object({ name: text, email: text, account: text }).prefault({}),
  ticketUrl: text,
  severity: Severity.optional(),
  target: Target.optional(),
  suggested: z.object({ severity: Severity.optional(), target: Target.optional() }).prefault({}),
  triage: z.object({ answers: z.record(z.string(), SignalAnswer).default({}) }).prefault({}),
  targetInfo: z
    .object({ useCase: text, requestFrequency: text, competitivePressure: text, containment: text, urgency: text })
    .prefault({}),
  reportedBy: text,
  createdAt: z.string(),
  updatedAt: z.string(),
  impact: Impact.prefault({}),
  description: text,
  tried: z.array(z.object({ action: z.string(), result: text })).default([]),
  repro: Repro.prefault({}),
  communication: z
    .object({
      lastUpdate: z.object({ at: text, text }).prefault({}),
      expectation: text,
      escalationRisk: text,
    })
    .prefault({}),
  needed: z
    .object({
      asks: z.array(z.object({ kind: AskKind, detail: text })).default([]),
      deadline: text,
    })
    .prefault({}),
  supporting: z
    .object({
      links: z.array(z.string()).default([]),
      threads: z.array(z.string()).default([]),
      logs: z.array(z.string()).default([]),
    })
    .prefault({}),
  status: z.enum(ESCALATION_STATUSES).default('draft'),
  // The two clocks of an open escalation; notified holds the dueAt each clock was last notified for, so a
  // reminder fires once per due time however often the worker wakes (snoozing moves dueAt).
  followUps: z
    .object({
      internal: FollowUpClock.optional(),
      customer: FollowUpClock.optional(),
      notified: z
        .object({
          internal: z.preprocess(asInstant, z.string().optional()),
          customer: z.preprocess(asInstant, z.string().optional()),
        })
        .prefault({}),
    })
    .prefault({}),
  // How it ended: the de-escalation reason, or the root cause and learning kept for pattern detection.
  outcome: z
    .object({
      deEscalationReason: DeEscalationReason.optional(),
      rootCause: text,
      learning: text,
      closedAt: z.string().optional(),
    })
    .prefault({}),
  // What the last copied brief said, field by field, for the "what changed since" of an update brief.
  lastCopied: z.object({ at: z.string(), fields: z.record(z.string(), z.string()) }).optional(),
  log: z.array(LogEntry).default([]),
  prefilled: z.array(z.string()).default([]),
  // Chosen per brief: a Chinese-speaking agent may write an English brief, and the other way round.
  briefLocale: z.enum(['en', 'zh-CN']).optional(),
  // Masked items the agent chose to show in this brief (keys from lib/redact.ts, not the values).
  unmasked: z.array(z.string()).default([]),
  // Similar escalations: the ones the agent linked (with the line added to supporting threads, so unlinking
  // removes exactly it), the ones dismissed (never offered again), and the customer count and names last
  // written into impact breadth (so what the agent typed is never overwritten, and what they emptied is not
  // filled again: the field is empty while the panel's mark says it wrote something).
  patterns: z
    .object({
      linked: z.array(z.object({ id: z.string(), text: z.string() })).default([]),
      dismissed: z.array(z.string()).default([]),
      appliedCount: optionalNumber,
      // The names written, and the ones they replaced (restored below three, with their "from ticket" mark).
      appliedNames: z
        .object({ wrote: z.string(), replaced: z.string(), replacedFromPage: z.boolean().default(false) })
        .optional(),
    })
    .prefault({}),
});
export type Escalation = z.infer<typeof Escalation>;
export type EscalationInput = z.input<typeof Escalation>;
