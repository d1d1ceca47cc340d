// What similar escalations change in a draft: the pattern criteria, impact breadth, and the supporting
// threads of the ones the agent links. An answer or figure the agent gave is never overwritten. Pure.
import { BRIEF_LABELS, type Locale } from '../brief/labels';
import { splitLinks } from '../brief/links';
import type { SignalId } from '../escalation/criteria';
import type { Escalation, Severity, SignalAnswer } from '../escalation/model';
import { prefilledAfterEdit } from '../escalation/prefill';
import type { PatternEntry, SimilarIssues } from './library';

/** The method escalates when this many customers report the same issue. */
export const PATTERN_CUSTOMERS = 3;

export interface PatternPrefill {
  answers?: Escalation['triage']['answers'];
  /** The customer count to write into Impact; undefined there takes back a count the panel wrote. */
  breadth?: { count: number | undefined };
  /**
   * The affected customers' names to write into Impact (all of them at 3+, what they replaced below), and
   * what to remember of it: the value written and the one it replaced.
   */
  names?: { value: string; applied: Escalation['patterns']['appliedNames'] };
  /** The fields still as the page filled them, when names written here were among them. */
  prefilled?: string[];
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

// Names follow the matches as the count does, when the agent has not written their own (empty before the
// panel wrote any, as the page filled them, or as the panel last wrote them); below three, what the panel
// replaced comes back. Names the panel wrote that the agent emptied stay empty: the mark of what it wrote
// stays beside the empty field to say so.
function namesFollowing(draft: Escalation, similar: SimilarIssues): Pick<PatternPrefill, 'names' | 'prefilled'> {
  const out: Pick<PatternPrefill, 'names' | 'prefilled'> = {};
  const names = draft.impact.breadth.names;
  const applied = draft.patterns.appliedNames;
  const panelOwns = applied !== undefined && names === applied.wrote;
  const fromPage = draft.prefilled.includes('impact.breadth.names');
  const untouched = fromPage || (applied === undefined && !names.trim());
  if (similar.customers >= PATTERN_CUSTOMERS && (panelOwns || untouched)) {
    const replaced = panelOwns ? applied.replaced : names;
    const replacedFromPage = panelOwns ? applied.replacedFromPage : fromPage;
    // The draft's own customer as the page named it, else as the matcher knows it; then the others.
    const others = similar.ownUnknown ? similar.customerNames : similar.customerNames.slice(1);
    const own = replaced.trim() || (similar.ownUnknown ? '' : (similar.customerNames[0] ?? ''));
    const value = [...new Set([own, ...others].filter(Boolean))].join(', ');
    if (value !== names || !panelOwns) {
      out.names = { value, applied: { wrote: value, replaced, replacedFromPage } };
      // The list is no longer what the ticket said.
      const left = prefilledAfterEdit(draft.prefilled, 'impact.breadth.names');
      if (left !== draft.prefilled) out.prefilled = [...left];
    }
  } else if (similar.customers < PATTERN_CUSTOMERS && panelOwns && applied.wrote !== applied.replaced) {
    const { replaced, replacedFromPage } = applied;
    out.names = { value: replaced, applied: { wrote: replaced, replaced, replacedFromPage } };
    if (replacedFromPage && !fromPage) out.prefilled = [...draft.prefilled, 'impact.breadth.names'];
  }
  return out;
}

const PATTERN_CRITERIA = ['three-plus-customers', 'recurring-after-fix', 'severity-increasing'] as const;
type PatternCriterion = (typeof PATTERN_CRITERIA)[number];

/**
 * The triage criteria similar escalations support now, each with what shows it (the customers, the fixed
 * escalation, the severities). `severities` names each severity as the evidence is to say it (the brief's
 * language).
 */
export function patternAnswers(
  similar: SimilarIssues,
  severities: Record<Severity, string>,
): Partial<Record<PatternCriterion, SignalAnswer>> {
  const out: Partial<Record<PatternCriterion, SignalAnswer>> = {};
  const answer = (evidence: string) => ({ value: true, source: 'pattern' as const, evidence });
  if (similar.customers >= PATTERN_CUSTOMERS) out['three-plus-customers'] = answer(similar.customerNames.join(', '));
  const fixed = similar.recurring[0]?.entry;
  if (fixed) out['recurring-after-fix'] = answer([fixed.summary, fixed.rootCause].filter(Boolean).join(' — '));
  if (similar.rising.length) out['severity-increasing'] = answer(similar.rising.map((s) => severities[s]).join(' → '));
  return out;
}

/**
 * The changes similar escalations make to the draft now, or nothing when it already reflects them.
 * `severities` names each severity as the evidence is to say it (the brief's language).
 */
export function patternPrefill(
  draft: Escalation,
  similar: SimilarIssues,
  severities: Record<Severity, string>,
): PatternPrefill {
  const out: PatternPrefill = {};
  const suggested = patternAnswers(similar, severities);
  let answers = draft.triage.answers;
  for (const id of PATTERN_CRITERIA) answers = answerFor(answers, id, suggested[id]) ?? answers;
  if (answers !== draft.triage.answers) out.answers = answers;

  // A count the panel wrote follows the matches, down to none; one the agent typed is theirs, and so is the
  // empty field where the agent emptied the panel's (the count it wrote stays remembered beside it).
  const count = draft.impact.breadth.count;
  const applied = draft.patterns.appliedCount;
  if (applied === undefined ? count === undefined : count === applied) {
    const next = similar.customers >= PATTERN_CUSTOMERS ? similar.customers : undefined;
    if (next !== count) out.breadth = { count: next };
  }
  Object.assign(out, namesFollowing(draft, similar));
  return out;
}

/** Which of Impact's breadth fields still hold what the panel wrote from similar escalations (their hints say so). */
export function writtenByPatterns(draft: Escalation): { count: boolean; names: boolean } {
  const { count, names } = draft.impact.breadth;
  const applied = draft.patterns.appliedNames;
  return {
    count: count !== undefined && count === draft.patterns.appliedCount,
    names: applied !== undefined && names === applied.wrote && applied.wrote !== applied.replaced,
  };
}

export type Situation = 'several' | 'no-known-customer' | 'other-customer' | 'same-customer' | 'possible' | 'none';

function says(s: SimilarIssues): Situation {
  if (!s.matches.length) return s.possible.length ? 'possible' : 'none';
  if (s.customers > 1) return 'several';
  if (s.matches.length === s.unattributed) return 'no-known-customer';
  return s.ownUnknown ? 'other-customer' : 'same-customer';
}

/** What the Similar issues box says first, and whether it is a pattern (3+ customers) that stands out. */
export function situationOf(s: SimilarIssues): { says: Situation; pattern: boolean } {
  return { says: says(s), pattern: s.matches.length > 0 && s.customers >= PATTERN_CUSTOMERS };
}

/** The supporting-threads line for a linked escalation, punctuated in the brief's language. */
export const threadLine = (e: PatternEntry, locale: Locale) =>
  [
    BRIEF_LABELS[locale].labelled(e.customerName || e.customerKey || '—', e.summary || BRIEF_LABELS[locale].noSummary),
    e.ticketUrl,
  ]
    .filter(Boolean)
    .join(' — ');

// A line of the supporting threads that stands for the linked escalation: the line Link wrote, or that line
// as the agent edited it, still in its shape ("Customer: summary — address", words added after it). A line
// that only mentions the address is the agent's own, and …/tickets/3101 is not …/tickets/310.
const ticketAddress = (text: string) => / — (https?:\/\/\S+)$/.exec(text)?.[1];
const SEPARATOR = ' — ';
// Where the summary starts after "Customer: " or "客户：" (lines written before Chinese briefs had their
// own colon have ": " whatever the language).
const summaryStart = (head: string) => {
  const ascii = head.indexOf(': ');
  const wide = head.indexOf('：');
  return Math.min(ascii > 0 ? ascii + 2 : Number.POSITIVE_INFINITY, wide > 0 ? wide + 1 : Number.POSITIVE_INFINITY);
};
// "Customer: summary — " before the address, checked without a pattern that backtracks over a long line.
const isLinkLineHead = (head: string) =>
  head.endsWith(SEPARATOR) && summaryStart(head) < head.length - SEPARATOR.length;
const standsFor = (line: string, text: string) => {
  if (line === text) return true;
  const address = ticketAddress(text);
  if (!address) return false;
  const parts = splitLinks(line);
  let head = '';
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1 && part === address && isLinkLineHead(head)) return true;
    head += part;
  }
  return false;
};

export function link(draft: Escalation, entry: PatternEntry): Pick<Escalation, 'patterns' | 'supporting'> {
  if (draft.patterns.linked.some((l) => l.id === entry.id)) return draft;
  const text = threadLine(entry, draft.briefLocale ?? 'en');
  const listed = draft.supporting.threads.some((line) => standsFor(line, text));
  return {
    patterns: { ...draft.patterns, linked: [...draft.patterns.linked, { id: entry.id, text }] },
    supporting: {
      ...draft.supporting,
      threads: listed ? draft.supporting.threads : [...draft.supporting.threads, text],
    },
  };
}

export function unlink(draft: Escalation, id: string): Pick<Escalation, 'patterns' | 'supporting'> {
  const linked = draft.patterns.linked.find((l) => l.id === id);
  if (!linked) return draft;
  const exact = draft.supporting.threads.indexOf(linked.text);
  const at = exact >= 0 ? exact : draft.supporting.threads.findIndex((line) => standsFor(line, linked.text));
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
