// What similar escalations change in a draft: the pattern criteria, impact breadth, and the supporting
// threads of the ones the agent links. An answer or figure the agent gave is never overwritten. Pure.
import type { SignalId } from '../escalation/criteria';
import type { Escalation, SignalAnswer } from '../escalation/model';
import type { PatternEntry, SimilarIssues } from './library';

/** The method escalates when this many customers report the same issue. */
export const PATTERN_CUSTOMERS = 3;

export interface PatternPrefill {
  answers?: Escalation['triage']['answers'];
  breadthCount?: number;
  appliedCount?: number;
}

function answerFor(
  answers: Escalation['triage']['answers'],
  id: SignalId,
  next: SignalAnswer | undefined,
): Escalation['triage']['answers'] | undefined {
  const current = answers[id];
  if (current && current.source !== 'pattern') return undefined;
  if (!next) {
    if (!current) return undefined;
    const { [id]: _removed, ...rest } = answers;
    return rest;
  }
  if (current?.value === next.value && current.evidence === next.evidence) return undefined;
  return { ...answers, [id]: next };
}

/** The changes similar escalations make to the draft now, or nothing when it already reflects them. */
export function patternPrefill(draft: Escalation, similar: SimilarIssues): PatternPrefill {
  const out: PatternPrefill = {};
  let answers = draft.triage.answers;
  const pattern =
    similar.customers >= PATTERN_CUSTOMERS
      ? { value: true, source: 'pattern' as const, evidence: similar.customerNames.join(', ') }
      : undefined;
  answers = answerFor(answers, 'three-plus-customers', pattern) ?? answers;
  const fixed = similar.recurring[0]?.entry;
  const recurring = fixed
    ? {
        value: true,
        source: 'pattern' as const,
        evidence: [fixed.summary, fixed.rootCause].filter(Boolean).join(' — '),
      }
    : undefined;
  answers = answerFor(answers, 'recurring-after-fix', recurring) ?? answers;
  const rising = similar.rising.length
    ? { value: true, source: 'pattern' as const, evidence: similar.rising.join(' → ') }
    : undefined;
  answers = answerFor(answers, 'severity-increasing', rising) ?? answers;
  if (answers !== draft.triage.answers) out.answers = answers;

  const count = draft.impact.breadth.count;
  const ours = count === undefined || count === draft.patterns.appliedCount;
  if (ours && similar.customers >= PATTERN_CUSTOMERS && count !== similar.customers) {
    out.breadthCount = similar.customers;
    out.appliedCount = similar.customers;
  }
  return out;
}

export const threadLine = (e: PatternEntry) =>
  [`${e.customerName || e.customerKey || '—'}: ${e.summary}`, e.ticketUrl].filter(Boolean).join(' — ');

export function link(draft: Escalation, entry: PatternEntry): Pick<Escalation, 'patterns' | 'supporting'> {
  if (draft.patterns.linked.some((l) => l.id === entry.id)) return draft;
  const text = threadLine(entry);
  return {
    patterns: { ...draft.patterns, linked: [...draft.patterns.linked, { id: entry.id, text }] },
    supporting: { ...draft.supporting, threads: [...draft.supporting.threads, text] },
  };
}

export function unlink(draft: Escalation, id: string): Pick<Escalation, 'patterns' | 'supporting'> {
  const linked = draft.patterns.linked.find((l) => l.id === id);
  if (!linked) return draft;
  const at = draft.supporting.threads.indexOf(linked.text);
  return {
    patterns: { ...draft.patterns, linked: draft.patterns.linked.filter((l) => l.id !== id) },
    supporting: {
      ...draft.supporting,
      threads: at < 0 ? draft.supporting.threads : draft.supporting.threads.filter((_, i) => i !== at),
    },
  };
}

/** A dismissed match is never offered again for this draft; dismissing a linked one unlinks it. */
export function dismiss(draft: Escalation, id: string): Pick<Escalation, 'patterns' | 'supporting'> {
  const { patterns, supporting } = unlink(draft, id);
  return { patterns: { ...patterns, dismissed: [...new Set([...patterns.dismissed, id])] }, supporting };
}
