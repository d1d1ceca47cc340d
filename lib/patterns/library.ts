// Stored escalations and drafts as the matcher sees them: an incremental index (kept as records change,
// never rebuilt per keystroke) and, beside it, what the panel shows of each match. Pure.

import { stripReordering } from '../brief/sanitize';
import type { Bilingual } from '../escalation/criteria';
import { customerOf } from '../escalation/customer';
import { type Escalation, type Helpdesk, SEVERITIES, type Severity } from '../escalation/model';
import { type Cluster, clustering } from './clusters';
import { conceptLabel } from './concepts';
import { customersIn } from './customers';
import {
  createIndex,
  DEFAULT_WINDOW_DAYS,
  MATCH_THRESHOLD,
  type Match,
  POSSIBLE_THRESHOLD,
  withinWindow,
} from './index';
import { customerKey, matchKey, patternInputOf, recurrenceInputOf, requesterKey } from './input';
import { saysItIsBack } from './recurrence';
import { shown } from './shown';
import { compare, docOf, fieldTexts, type PatternDoc } from './similarity';
import { words, writtenWords } from './tokens';

export interface PatternEntry {
  id: string;
  kind: 'record' | 'draft';
  status: Escalation['status'];
  summary: string;
  customerName: string;
  customerKey: string | undefined;
  /** Who the requester is by their address (input.ts): what ties a domain to an organization (customers.ts). */
  requesterKey: string | undefined;
  ticketUrl: string;
  /** The ticket's key (draftKey): one ticket opened at two addresses (a queue, /browse/) has one key. */
  key: string;
  helpdesk: Helpdesk | undefined;
  createdAt: string;
  /** When the customer reported it: the ticket's creation, else the escalation's. */
  reportedAt: string;
  /** The chosen severity, else the suggested one, else none. */
  severity: Severity | undefined;
  revenue: { amount: number | undefined; currency: string };
  rootCause: string;
  learning: string;
  /** Escalations the agent linked as the same issue. */
  linked: readonly string[];
}

const isTime = (s: string | undefined): s is string => !!s && Number.isFinite(Date.parse(s));
// The ticket's creation, else the escalation's; '' when neither reads as a time (a hand-edited import).
const reportedAt = (e: Escalation) =>
  isTime(e.ticket?.createdAt) ? e.ticket.createdAt : isTime(e.createdAt) ? e.createdAt : '';

// Never empty when the customer is known: the key (input.ts) reads the requester's address on the ticket when
// the agent cleared the Customer fields.
const customerNameOf = (e: Escalation) =>
  customerOf(e) || e.customer.email.trim() || e.ticket?.requester?.email?.trim() || '';

const unstopped = (s: string) =>
  stripReordering(s)
    .trim()
    .replace(/[.。!！]+$/u, '');

// Most escalations link nothing: one shared empty list keeps 10,000 entries from holding 10,000 of them.
const NONE_LINKED: readonly string[] = [];

function entryOf(e: Escalation, kind: PatternEntry['kind']): PatternEntry {
  return {
    id: e.id,
    kind,
    status: e.status,
    summary: shown(e.summary),
    customerName: shown(customerNameOf(e)),
    customerKey: customerKey(e),
    requesterKey: requesterKey(e),
    ticketUrl: e.ticketUrl,
    key: e.key,
    helpdesk: e.ticket?.helpdesk,
    createdAt: e.createdAt,
    reportedAt: reportedAt(e),
    severity: e.severity ?? e.suggested.severity,
    revenue: { amount: e.impact.revenueAtRisk.amount, currency: e.impact.revenueAtRisk.currency },
    // Whole, as it becomes the evidence of "recurring after a fix"; the panel's sentences end them themselves
    // ("root cause: Cursor expired." not "expired..").
    rootCause: unstopped(e.outcome.rootCause),
    learning: unstopped(e.outcome.learning),
    linked: e.patterns.linked.length ? e.patterns.linked.map((l) => l.id) : NONE_LINKED,
  };
}

export interface SimilarMatch {
  entry: PatternEntry;
  /**
   * Undefined for a linked escalation that no longer scores as possibly related, and for one counted through
   * an agent's link (`via`) that does not either.
   */
  match: Match | undefined;
  linked: boolean;
  /** Counted because an agent linked it as the same issue to this match: its words may be quite other. */
  via?: PatternEntry;
}

export interface Revenue {
  currency: string;
  amount: number;
}

export interface SimilarIssues {
  /**
   * Scored at or above MATCH_THRESHOLD, linked by the agent (whatever their score, even outside the window),
   * or linked by an agent to one of those (within the window): what the counts below are made of.
   */
  matches: SimilarMatch[];
  /**
   * The best few below MATCH_THRESHOLD (from POSSIBLE_THRESHOLD): for the agent to judge, not counted
   * until linked. The same issue told in other words lands here at least as often as among the matches.
   */
  possible: SimilarMatch[];
  /** How many scored as possibly related; the best POSSIBLE_SHOWN of them are in `possible`. */
  possibleTotal: number;
  dismissed: number;
  /**
   * Distinct known customers, the draft's own included; two tickets from one customer count once. A ticket
   * whose customer is unknown (the draft's or a match's) is not counted, as it may be one of the others:
   * the count is the same whichever of the tickets is the draft.
   */
  customers: number;
  customerNames: string[];
  /** Matches whose customer is unknown. */
  unattributed: number;
  /** The draft's own customer is unknown, so it is not counted either. */
  ownUnknown: boolean;
  /** Whole days from the earliest report (the draft's ticket or a match's) to now; 0 without matches. */
  days: number;
  /**
   * Revenue at risk of the customers counted (the draft's included), one figure per customer (see
   * revenueByCurrency), summed per currency; none without matches.
   */
  revenue: Revenue[];
  /**
   * Revenue at risk on the tickets whose customer is unknown (matches, and the draft), summed per currency:
   * apart, as they are from the count. At most what they add, as each may be a customer counted, or several
   * one customer.
   */
  unattributedRevenue: Revenue[];
  /** Resolved escalations the draft resembles: a recurrence after a supposed fix. */
  recurring: SimilarMatch[];
  /**
   * When the draft says its issue is back (recurrence.ts) and no match is resolved: the closest possibly
   * related resolved escalation from POSSIBLY_RECURRING up, for the agent to judge (and link if it is one).
   */
  possiblyRecurring: SimilarMatch | undefined;
  /**
   * The severities of the matches in the order they were reported, then the draft's, when they only ever
   * went up and did go up: the issue is getting worse. Empty otherwise.
   */
  rising: Severity[];
}

const rank = (s: Severity) => SEVERITIES.length - SEVERITIES.indexOf(s);

function risingSeverity(matches: readonly SimilarMatch[], draft: Severity | undefined): Severity[] {
  const seen = matches
    .filter((m) => m.entry.severity !== undefined)
    .sort((a, b) => (Date.parse(a.entry.reportedAt) || 0) - (Date.parse(b.entry.reportedAt) || 0))
    .map((m) => m.entry.severity as Severity);
  if (draft) seen.push(draft);
  const steps = seen.filter((s, i) => i === 0 || s !== seen[i - 1]);
  const up = steps.length >= 2 && steps.every((s, i) => i === 0 || rank(s) > rank(steps[i - 1] as Severity));
  return up ? steps : [];
}

const DAY_MS = 86_400_000;
// More would bury the few worth a look; each is one click to link or dismiss.
export const POSSIBLE_SHOWN = 5;

// Between possibly related (from 0.38) and a match (0.56). On the labelled pairs about 4 in 10 scoring from
// here are one issue; lower, a resolved escalation sharing little more than the product area ("export times
// out" for "export cut at 10,000 rows again") would be offered as the old issue.
const POSSIBLY_RECURRING = 0.45;

// One figure per customer: their largest in the currency of their latest figure (the draft's, else that of
// the escalation created last). Figures in two currencies cannot be compared, and the latest is the one the
// customer stands by now: $48,000 on an earlier escalation and €45,000 on the draft is €45,000.
function revenueByCurrency(
  entries: readonly PatternEntry[],
  who: (entry: PatternEntry) => string,
  first: string,
  self: string,
): Revenue[] {
  const withFigure = entries.filter(hasFigure);
  const when = (entry: PatternEntry) =>
    entry.id === self ? Number.POSITIVE_INFINITY : Date.parse(entry.createdAt) || 0;
  const latest = new Map<string, PatternEntry>();
  for (const entry of withFigure) {
    const prev = latest.get(who(entry));
    if (!prev || when(prev) < when(entry)) latest.set(who(entry), entry);
  }
  const perCustomer = new Map<string, { currency: string; amount: number }>();
  for (const entry of withFigure) {
    const currency = latest.get(who(entry))?.revenue.currency;
    const amount = entry.revenue.amount as number;
    if (entry.revenue.currency !== currency) continue;
    const prev = perCustomer.get(who(entry));
    if (!prev || prev.amount < amount) perCustomer.set(who(entry), { currency, amount });
  }
  return summed(perCustomer.values(), first);
}

const hasFigure = (entry: PatternEntry) => entry.revenue.amount !== undefined && entry.revenue.amount > 0;

// Sums in several currencies cannot be ranked by amount (¥3,000,000 is not the most): the draft's currency
// first, the one the agent reckons in, then those summing the most figures, then by currency code.
function summed(figures: Iterable<Revenue>, first: string): Revenue[] {
  const sums = new Map<string, { amount: number; figures: number }>();
  for (const { currency, amount } of figures) {
    const sum = sums.get(currency) ?? { amount: 0, figures: 0 };
    sums.set(currency, { amount: sum.amount + amount, figures: sum.figures + 1 });
  }
  return [...sums]
    .sort(
      ([a, x], [b, y]) =>
        Number(b === first) - Number(a === first) || y.figures - x.figures || (a < b ? -1 : a > b ? 1 : 0),
    )
    .map(([currency, { amount }]) => ({ currency, amount }));
}

const TAG: Bilingual = { en: 'tag', 'zh-CN': '标签' };

/**
 * How the panel names a shared feature: an area or symptom in its language, a ticket tag as a tag ("tag
 * data_loss"), a code as it was written.
 */
export function describe(feature: string, locale: keyof Bilingual): string {
  if (/^(?:area|symptom):/.test(feature)) return conceptLabel(feature, locale);
  if (feature.startsWith('tag:')) return `${TAG[locale]} ${feature.slice('tag:'.length)}`;
  return feature.replace(/^[a-z]+:/, '');
}

/**
 * What "Matched on …" lists: the shared areas, symptoms and codes by name, up to `count` shared ticket tags
 * (they add to the score too), then up to `count` shared words that say more than those names. A word whose term is a word of a shared concept's name, in either language
 * ("exports" beside "export", "订单" beside "orders"/"订单"), is that concept again; a narrower one
 * ("refunds" beside "billing", "count" beside "discounts") is what tells, and stays.
 */
export function explain(matched: Match['matched'], locale: keyof Bilingual, count: number): string[] {
  const named = new Set(matched.concepts.flatMap((c) => words(`${conceptLabel(c, 'en')} ${conceptLabel(c, 'zh-CN')}`)));
  // A shared code is named already: a word that is the code ("ExportJobError" beside exportjoberror), a
  // part of one written as one word ("error" of it), or a word of a shared message says it again.
  const codeNames = matched.codes.map((c) => describe(c, locale).toLowerCase());
  const codeTerms = new Set(codeNames.flatMap((c) => words(c)));
  const inCode = (w: string) =>
    codeNames.some((c) => !/\s/.test(c) && c.includes(w.toLowerCase())) || words(w).some((t) => codeTerms.has(t));
  const more = matched.words.filter((w) => !words(w).some((term) => named.has(term)) && !inCode(w));
  return [
    ...new Set([
      ...[...matched.concepts, ...matched.codes, ...matched.tags.slice(0, count)].map((f) => describe(f, locale)),
      ...more.slice(0, count),
    ]),
  ];
}

export interface SimilarOptions {
  now: Date;
  days?: number;
}

export function createLibrary() {
  const index = createIndex();
  const entries = new Map<string, PatternEntry>();
  // A link is stored in the escalation whose agent made it; the judgement that two are one issue holds both
  // ways, so who links to each is kept beside it.
  const linkedFrom = new Map<string, Set<string>>();
  const unlinkFrom = (entry: PatternEntry | undefined) => {
    if (!entry) return;
    for (const to of entry.linked) {
      const from = linkedFrom.get(to);
      from?.delete(entry.id);
      if (from?.size === 0) linkedFrom.delete(to);
    }
  };
  const linkedWith = (id: string): Iterable<string> => [
    ...(entries.get(id)?.linked ?? NONE_LINKED),
    ...(linkedFrom.get(id) ?? []),
  ];

  /**
   * Escalations an agent linked as one issue with one of the draft's matches (the link kept on either side),
   * each with that match: the agent's judgement carries to the next report, whatever the words. One step only:
   * the match it was linked to is listed beside it, and one mistaken link cannot bring in a whole other issue.
   */
  function linkedToMatches(matchIds: Iterable<string>, skip: (entry: PatternEntry) => boolean) {
    const taken = new Set(matchIds);
    const reached = new Map<string, PatternEntry>();
    for (const matchId of taken) {
      const via = entries.get(matchId);
      if (!via) continue;
      for (const id of linkedWith(matchId)) {
        const entry = entries.get(id);
        if (entry && !taken.has(id) && !reached.has(id) && !skip(entry)) reached.set(id, via);
      }
    }
    return reached;
  }

  /**
   * One entry per ticket: an escalated ticket and the new draft started for it afterwards (one key) are one
   * report, listed as the one the agent linked, else the escalation, else the best scored.
   */
  function oneByTicket(found: readonly Match[], linked: ReadonlySet<string>): Match[] {
    const rank = (m: Match) => (linked.has(m.id) ? 0 : 2) + (entries.get(m.id)?.kind === 'record' ? 0 : 1);
    const ticketOf = new Map(found.map((m) => [m, (entries.get(m.id) as PatternEntry).key]));
    const shown = new Map<string, Match>();
    for (const [m, key] of ticketOf) {
      const prev = shown.get(key);
      if (!prev || rank(m) < rank(prev)) shown.set(key, m);
    }
    return found.filter((m) => shown.get(ticketOf.get(m) as string) === m);
  }

  function similar(draft: Escalation, { now, days = DEFAULT_WINDOW_DAYS }: SimilarOptions): SimilarIssues {
    const dismissed = new Set(draft.patterns.dismissed);
    const linked = new Set(draft.patterns.linked.map((l) => l.id));
    const dismissedTickets = new Set([...dismissed].flatMap((id) => entries.get(id)?.key ?? []));
    const linkedTickets = new Set([...linked].flatMap((id) => entries.get(id)?.key ?? []));
    // The ticket's own earlier escalations (a new draft after escalating) are this ticket, not another report.
    const ownTicket = (e: PatternEntry) =>
      e.key === draft.key || (!!draft.ticketUrl && e.ticketUrl === draft.ticketUrl);
    const input = patternInputOf(draft);
    const doc = docOf(input);
    // Shared words are shown as the draft writes them ("invoices", not the stem "invoic"), those that read as
    // a word: a shared "两小" (of 两小时) still counts, but is not shown.
    let written: Map<string, string> | undefined;
    const explained = (m: Match): Match => {
      written ??= writtenWords(Object.values(fieldTexts(input)).join('\n'));
      const asWritten = written;
      return { ...m, matched: { ...m.matched, words: m.matched.words.flatMap((w) => asWritten.get(w) ?? []) } };
    };
    // A dismissed entry's ticket is in dismissedTickets; another entry of a linked one's ticket is left out.
    const candidates = index.query(doc, { now, days, threshold: POSSIBLE_THRESHOLD, explain: false }).filter((m) => {
      const e = entries.get(m.id);
      return (
        !!e &&
        m.id !== draft.id &&
        !dismissedTickets.has(e.key) &&
        (linked.has(m.id) || !linkedTickets.has(e.key)) &&
        !ownTicket(e)
      );
    });
    const found = oneByTicket(candidates, linked);
    // Each ticket's one entry among those found: another of the ticket is not reached through links either.
    const foundTickets = new Map(found.map((m) => [entries.get(m.id)?.key, m.id]));
    const inWindow = withinWindow(now.getTime(), days);
    const reached = linkedToMatches(
      [...found.filter((m) => m.score >= MATCH_THRESHOLD).map((m) => m.id), ...linked],
      (e) =>
        e.id === draft.id ||
        dismissedTickets.has(e.key) ||
        linkedTickets.has(e.key) ||
        ownTicket(e) ||
        (foundTickets.get(e.key) ?? e.id) !== e.id ||
        !inWindow(Date.parse(e.createdAt)),
    );
    const matches: SimilarMatch[] = [];
    const possible: SimilarMatch[] = [];
    let possibleTotal = 0;
    // The closest resolved one that may be the draft's issue come back: offered, and listed to be linked, even
    // when more open ones score higher.
    let closestResolved: SimilarMatch | undefined;
    const back = saysItIsBack(recurrenceInputOf(draft));
    for (const { id, score } of found) {
      const entry = entries.get(id) as PatternEntry;
      const isLinked = linked.has(id);
      const via = reached.get(id);
      const mayBeBack =
        back &&
        !via &&
        !closestResolved &&
        entry.status === 'resolved' &&
        score >= POSSIBLY_RECURRING &&
        score < MATCH_THRESHOLD;
      // Many score as possibly related: beyond the few shown, the fast score (the explained one without the
      // explanation) only counts them.
      if (!isLinked && !via && score < MATCH_THRESHOLD && possible.length >= POSSIBLE_SHOWN && !mayBeBack) {
        possibleTotal++;
        continue;
      }
      const match = explained({ id, ...compare(doc, index.get(id) as PatternDoc, index.rarityFor(doc.id)) });
      if (isLinked || match.score >= MATCH_THRESHOLD) matches.push({ entry, match, linked: isLinked });
      else if (via) matches.push({ entry, match, linked: false, via });
      else if (match.score >= POSSIBLE_THRESHOLD) {
        possibleTotal++;
        const item = { entry, match, linked: false };
        if (mayBeBack) closestResolved = item;
        if (possible.length < POSSIBLE_SHOWN || mayBeBack) possible.push(item);
      }
    }
    possible.sort((a, b) => (b.match?.score ?? 0) - (a.match?.score ?? 0));
    // Linked, or reached through a link, without a score: listed all the same (once per ticket).
    const scored = linked.size || reached.size ? new Set(candidates.map((m) => m.id)) : undefined;
    for (const id of linked) {
      const entry = entries.get(id);
      if (entry && !scored?.has(id)) matches.push({ entry, match: undefined, linked: true });
    }
    for (const [id, via] of reached) {
      if (!scored?.has(id))
        matches.push({ entry: entries.get(id) as PatternEntry, match: undefined, linked: false, via });
    }
    const self = entryOf(draft, 'draft');
    const customers = customersIn([self, ...matches.map((m) => m.entry)]);
    const own = customers.of(self);
    const counted = new Set<string>(own ? [own] : []);
    let unattributed = 0;
    // With no match there is no group to date; with some, the draft's own report is one of them.
    let earliest = matches.length
      ? Math.min(now.getTime(), Date.parse(reportedAt(draft)) || now.getTime())
      : now.getTime();
    for (const { entry } of matches) {
      const customer = customers.of(entry);
      if (customer) counted.add(customer);
      else unattributed++;
      const at = Date.parse(entry.reportedAt);
      if (Number.isFinite(at) && at < earliest) earliest = at;
    }
    // The draft's own customer first, the others in alphabetical order (stable as scores move).
    const others = [...counted]
      .filter((customer) => customer !== own)
      .map(customers.name)
      .sort((a, b) => a.localeCompare(b));
    const recurring = matches.filter((m) => m.entry.status === 'resolved');
    // Revenue as the count: with no match there is no group; with some, the draft is one of them.
    const known: PatternEntry[] = [];
    const unknown: Revenue[] = [];
    for (const entry of matches.length ? [self, ...matches.map((m) => m.entry)] : []) {
      if (customers.of(entry)) known.push(entry);
      else if (hasFigure(entry))
        unknown.push({ currency: entry.revenue.currency, amount: entry.revenue.amount as number });
    }
    return {
      matches,
      possible,
      possibleTotal,
      dismissed: dismissed.size,
      customers: counted.size,
      customerNames: own ? [customers.name(own), ...others] : others,
      unattributed,
      ownUnknown: !own,
      days: Math.max(0, Math.floor((now.getTime() - earliest) / DAY_MS)),
      revenue: revenueByCurrency(known, (entry) => customers.of(entry) as string, self.revenue.currency, self.id),
      unattributedRevenue: summed(unknown, self.revenue.currency),
      recurring,
      possiblyRecurring: recurring.length ? undefined : closestResolved,
      rising: risingSeverity(matches, draft.severity ?? draft.suggested.severity),
    };
  }

  const library = {
    put(e: Escalation, kind: PatternEntry['kind']): void {
      unlinkFrom(entries.get(e.id));
      const entry = entryOf(e, kind);
      entries.set(e.id, entry);
      for (const to of entry.linked) {
        const from = linkedFrom.get(to) ?? new Set<string>();
        linkedFrom.set(to, from.add(e.id));
      }
      index.add(patternInputOf(e));
    },
    /** Removes the entry when it is of this kind (a draft's deletion must not remove its new record). */
    remove(id: string, kind: PatternEntry['kind']): void {
      if (entries.get(id)?.kind !== kind) return;
      unlinkFrom(entries.get(id));
      entries.delete(id);
      index.remove(id);
    },
    get size() {
      return entries.size;
    },
    entries: () => entries.values(),
    entry: (id: string) => entries.get(id),
    index,
    similar,
    /** What similar() reads of a draft: the editor matches again only when it changes. */
    matchKey,
    explain,
    /** Clusters of similar open escalations, computed in steps (see clusters.ts). */
    clusters(): Generator<number, Cluster[]> {
      return clustering(library);
    },
    describe,
  };
  return library;
}

export type PatternLibrary = ReturnType<typeof createLibrary>;
