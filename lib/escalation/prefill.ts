import { hasWords } from '../helpdesks/attachments';
import { descriptionFrom } from './description';
import { draftKey } from './draft-key';
import { findErrorLines } from './evidence';
import { lastUpdateText } from './last-update';
import { ESCALATION_SCHEMA_VERSION, Escalation, type TicketContext } from './model';
import { ownWords, withoutReplies } from './own-words';
import { withoutSalutations } from './salutations';
import { detectTextSignals } from './signals';

export interface PrefillOptions {
  id: string;
  now: Date;
  /** Who escalates, from the options: the brief's "Reported by" is "name / team". */
  reporter?: { name: string; team: string };
  briefLocale?: Escalation['briefLocale'];
}

const PREFILLABLE = [
  'summary',
  'customer.name',
  'customer.email',
  'customer.account',
  'ticketUrl',
  'impact.breadth.names',
  'impact.duration.since',
  'description',
  'repro.evidence',
  'communication.lastUpdate.at',
  'communication.lastUpdate.text',
  'supporting.links',
] as const;

function valueAt(e: Escalation, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), e);
}

function filledPaths(e: Escalation): string[] {
  return PREFILLABLE.filter((path) => {
    const v = valueAt(e, path);
    return Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v.trim() !== '';
  });
}

/** What stays marked "from ticket" once the agent edits the field at `path` (or a part of it): not that field. */
export function prefilledAfterEdit(prefilled: readonly string[], path: string): readonly string[] {
  const edited = (p: string) => path === p || path.startsWith(`${p}.`);
  return prefilled.some(edited) ? prefilled.filter((p) => !edited(p)) : prefilled;
}

export function draftFromTicket(ticket: TicketContext | undefined, opts: PrefillOptions): Escalation {
  const now = opts.now.toISOString();
  // Fields are filled from what each message's writer wrote; the thread shown in the panel keeps the
  // quoted replies and signatures. Evidence is looked for in all but the quoted replies.
  const messages = (ticket?.messages ?? []).map((m) => ({ ...m, text: ownWords(m.text) }));
  // The report is the customer's first message in words: one that only sent files describes nothing.
  const customers = messages.filter((m) => m.role === 'customer');
  const firstCustomer = customers.find((m) => hasWords(m.text)) ?? customers[0];
  const lastAgentReply = messages.findLast((m) => m.role === 'agent');
  const customerName = ticket?.organization ?? ticket?.requester?.name ?? '';
  const draft = Escalation.parse({
    id: opts.id,
    schemaVersion: ESCALATION_SCHEMA_VERSION,
    key: draftKey(ticket),
    ticket: ticket ? { ...ticket, messages: undefined } : undefined,
    summary: ticket?.subject ?? '',
    customer: {
      name: ticket?.requester?.name ?? '',
      email: ticket?.requester?.email ?? '',
      account: ticket?.organization ?? '',
    },
    ticketUrl: ticket && (ticket.ticketId || ticket.source === 'generic') ? ticket.url : '',
    reportedBy: [opts.reporter?.name.trim(), opts.reporter?.team.trim()].filter(Boolean).join(' / '),
    briefLocale: opts.briefLocale,
    createdAt: now,
    updatedAt: now,
    impact: {
      breadth: { names: customerName },
      duration: { since: ticket?.createdAt ?? '' },
    },
    triage: { answers: detectTextSignals(ticket && { ...ticket, messages }) },
    description: descriptionFrom(withoutSalutations(firstCustomer?.text ?? ticket?.page?.selection ?? '')),
    repro: {
      evidence:
        ticket?.page?.errors ?? findErrorLines(ticket?.messages?.map((m) => ({ ...m, text: withoutReplies(m.text) }))),
    },
    communication: {
      lastUpdate: lastAgentReply ? { at: lastAgentReply.at ?? '', text: lastUpdateText(lastAgentReply.text) } : {},
    },
    supporting: { links: ticket?.links ?? [] },
  });
  return { ...draft, prefilled: filledPaths(draft) };
}
