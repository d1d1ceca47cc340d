// An incremental inverted index of past escalations. A query walks only the postings of its own words and
// codes, so it touches only escalations that share a feature with the draft; adding or removing one
// escalation updates its postings, with no rebuild.
import type { PatternInput } from './input';
import {
  type Comparison,
  codeScore,
  combine,
  compare,
  conceptScore,
  docOf,
  type Idf,
  norm,
  type PatternDoc,
  termFrequency,
  termWeight,
} from './similarity';

const LOG_TF = Array.from({ length: 64 }, (_, tf) => 1 + Math.log(Math.max(1, tf)));
const tfWeight = (tf: number) => (tf < 64 ? (LOG_TF[tf] as number) : 1 + Math.log(tf));

/**
 * Chosen on the tuning pairs (test/fixtures/patterns/pairs*.json): the lowest score from which precision
 * stays at or above 0.9 for every higher threshold too; test/unit/patterns.test.ts re-derives it.
 * The held-out sets (holdout-*.json) were never used to tune anything: the bench prints how it does on them.
 */
export const MATCH_THRESHOLD = 0.56;
/**
 * From here up to MATCH_THRESHOLD an escalation is only "possibly related": shown for the agent to judge,
 * never counted. Chosen on the tuning pairs as the highest score that keeps recall at or above 0.95
 * (test/unit/patterns.test.ts re-derives it): the agent reads what the matcher cannot tell apart.
 */
export const POSSIBLE_THRESHOLD = 0.31;
export const DEFAULT_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

export interface Match extends Comparison {
  id: string;
}

export interface QueryOptions {
  now?: Date | number;
  /** Only escalations created within this many days before now; those without a date are kept. */
  days?: number;
  threshold?: number;
  limit?: number;
  /** false: matched lists only the shared codes and concepts (no words, no fields), for bulk comparison. */
  explain?: boolean;
}

export interface PatternIndex {
  add(doc: PatternDoc | PatternInput): PatternDoc;
  remove(id: string): boolean;
  has(id: string): boolean;
  get(id: string): PatternDoc | undefined;
  readonly size: number;
  idf: Idf;
  query(draft: PatternDoc | PatternInput, options?: QueryOptions): Match[];
}

const isDoc = (d: PatternDoc | PatternInput): d is PatternDoc => 'terms' in d && d.terms instanceof Map;

export function createIndex(initial: Iterable<PatternDoc | PatternInput> = []): PatternIndex {
  // Docs live in slots; postings hold slot numbers (small integers in plain arrays stay compact).
  const slots: (PatternDoc | undefined)[] = [];
  const slotOf = new Map<string, number>();
  const termPostings = new Map<string, { key: string; slots: number[]; tfs: number[] }>();
  const featurePostings = new Map<string, number[]>();
  // Norms depend on every idf, so they are cached per generation. One escalation more or less barely moves
  // any idf: a new generation starts only after changes to 1% of the index (at least 16), so a stream of
  // single writes (drafts saved as they are typed) does not make every query recompute every norm.
  let generation = 0;
  let changes = 0;
  const changed = () => {
    if (++changes > Math.max(16, slotOf.size / 100)) {
      generation++;
      changes = 0;
    }
  };
  const normCache: number[] = [];
  const normGeneration: number[] = [];
  let scratch = new Float64Array(64);

  const post = (postings: Map<string, number[]>, key: string, slot: number) => {
    const list = postings.get(key);
    if (list) list.push(slot);
    else postings.set(key, [slot]);
  };
  const unpost = (postings: Map<string, number[]>, key: string, slot: number) => {
    const list = postings.get(key);
    if (!list) return;
    const i = list.indexOf(slot);
    if (i >= 0) list.splice(i, 1);
    if (!list.length) postings.delete(key);
  };
  // A term's posting keeps the term frequency beside each slot (small integers), so a query never looks a
  // term up in another escalation's map.
  // Returns the one string instance the index keeps for the term: docs then share it instead of each holding
  // a slice of its own text (which would keep that whole text alive).
  const postTerm = (key: string, slot: number, tf: number): string => {
    const p = termPostings.get(key);
    if (p) {
      p.slots.push(slot);
      p.tfs.push(tf);
      return p.key;
    }
    const own = key.length > 12 ? [...key].join('') : ` ${key}`.slice(1);
    termPostings.set(own, { key: own, slots: [slot], tfs: [tf] });
    return own;
  };
  const unpostTerm = (key: string, slot: number) => {
    const p = termPostings.get(key);
    if (!p) return;
    const i = p.slots.indexOf(slot);
    if (i >= 0) {
      p.slots.splice(i, 1);
      p.tfs.splice(i, 1);
    }
    if (!p.slots.length) termPostings.delete(key);
  };

  const idf: Idf = (term) => {
    const df = termPostings.get(term)?.slots.length ?? 0;
    return Math.log((slotOf.size + 1) / (df + 1)) + 1;
  };

  const slotNorm = (slot: number, doc: PatternDoc) => {
    if (normGeneration[slot] !== generation) {
      normCache[slot] = norm(doc, idf);
      normGeneration[slot] = generation;
    }
    return normCache[slot] as number;
  };

  function remove(id: string): boolean {
    const slot = slotOf.get(id);
    if (slot === undefined) return false;
    const doc = slots[slot] as PatternDoc;
    for (const t of doc.terms.keys()) unpostTerm(t, slot);
    for (const c of doc.codes.keys()) unpost(featurePostings, c, slot);
    for (const c of doc.concepts.keys()) unpost(featurePostings, c, slot);
    slots[slot] = undefined;
    slotOf.delete(id);
    changed();
    return true;
  }

  function add(input: PatternDoc | PatternInput): PatternDoc {
    const doc = isDoc(input) ? input : docOf(input);
    remove(doc.id);
    const slot = slots.length;
    slots.push(doc);
    slotOf.set(doc.id, slot);
    const interned = new Map<string, number>();
    for (const [t, packed] of doc.terms) interned.set(postTerm(t, slot, termFrequency(packed)), packed);
    doc.terms = interned;
    for (const c of doc.codes.keys()) post(featurePostings, c, slot);
    for (const c of doc.concepts.keys()) post(featurePostings, c, slot);
    changed();
    return doc;
  }

  function query(input: PatternDoc | PatternInput, options: QueryOptions = {}): Match[] {
    const draft = isDoc(input) ? input : docOf(input);
    const now = options.now === undefined ? Date.now() : +options.now;
    const since = now - (options.days ?? DEFAULT_WINDOW_DAYS) * DAY_MS;
    const threshold = options.threshold ?? MATCH_THRESHOLD;
    if (scratch.length < slots.length) scratch = new Float64Array(Math.max(slots.length, scratch.length * 2));
    const dots = scratch;
    const touched: number[] = [];
    const touch = (slot: number) => {
      if (dots[slot] === 0) {
        touched.push(slot);
        dots[slot] = Number.MIN_VALUE; // marks the slot as a candidate even when its dot product is 0
      }
    };
    for (const [t, packed] of draft.terms) {
      const p = termPostings.get(t);
      if (!p) continue;
      const i = idf(t);
      const wq = termWeight(packed, i) * i;
      const { slots: list, tfs } = p;
      for (let k = 0; k < list.length; k++) {
        const slot = list[k] as number;
        touch(slot);
        dots[slot] = (dots[slot] as number) + wq * tfWeight(tfs[k] as number);
      }
    }
    for (const c of draft.codes.keys()) for (const slot of featurePostings.get(c) ?? []) touch(slot);
    for (const c of draft.concepts.keys()) for (const slot of featurePostings.get(c) ?? []) touch(slot);

    const draftNorm = norm(draft, idf);
    const matches: Match[] = [];
    for (const slot of touched) {
      const dot = dots[slot] as number;
      dots[slot] = 0;
      const doc = slots[slot] as PatternDoc;
      if (doc.id === draft.id) continue;
      if (doc.createdAt !== undefined && (doc.createdAt < since || doc.createdAt > now + DAY_MS)) continue;
      const denominator = draftNorm * slotNorm(slot, doc);
      const cosine = denominator > 0 ? Math.min(1, dot / denominator) : 0;
      const fast = combine(draft, doc, cosine);
      if (fast < threshold) continue;
      // Only the few above the threshold pay for the explanation.
      const { score, matched } =
        options.explain === false
          ? {
              score: fast,
              matched: {
                words: [],
                codes: codeScore(draft, doc).shared,
                concepts: conceptScore(draft, doc).shared,
                fields: [],
              },
            }
          : compare(draft, doc, idf);
      matches.push({ id: doc.id, score, matched });
    }
    matches.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
    return options.limit === undefined ? matches : matches.slice(0, options.limit);
  }

  for (const d of initial) add(d);
  return {
    add,
    remove,
    has: (id) => slotOf.has(id),
    get: (id) => {
      const slot = slotOf.get(id);
      return slot === undefined ? undefined : slots[slot];
    },
    get size() {
      return slotOf.size;
    },
    idf,
    query,
  };
}
