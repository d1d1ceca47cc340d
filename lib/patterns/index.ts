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
  MAX_TF,
  norm,
  type PatternDoc,
  type PatternFeatures,
  termFrequency,
  termWeight,
} from './similarity';

const LOG_TF = Array.from({ length: MAX_TF + 1 }, (_, tf) => 1 + Math.log(Math.max(1, tf)));

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
  add(doc: PatternDoc | PatternInput): void;
  remove(id: string): boolean;
  has(id: string): boolean;
  /** The stored escalation as a comparison reads it (built afresh: the index keeps it in a smaller form). */
  get(id: string): PatternDoc | undefined;
  readonly size: number;
  idf: Idf;
  query(draft: PatternDoc | PatternInput, options?: QueryOptions): Match[];
}

const isDoc = (d: PatternDoc | PatternInput): d is PatternDoc => 'terms' in d && d.terms instanceof Map;

// Integers small enough to stay unboxed in a plain array: a posting is slot * TF_SPAN + tf, a stored word
// is term id * PACKED_SPAN + (tf * 8 + field mask). One integer per word and escalation, in one array per
// escalation and one per term, is what keeps 10,000 escalations within the heap budget.
const TF_SPAN = MAX_TF + 1;
const PACKED_SPAN = TF_SPAN * 8;
const postingOf = (slot: number, tf: number) => slot * TF_SPAN + tf;
const slotOfPosting = (posting: number) => Math.floor(posting / TF_SPAN);
const termOfWord = (word: number) => Math.floor(word / PACKED_SPAN);
const packedOfWord = (word: number) => word % PACKED_SPAN;

/** A stored escalation: its words packed (above); most have no code and no tag and share one empty map and list. */
interface Stored extends PatternFeatures {
  words: number[];
}
const NO_FEATURES: ReadonlyMap<string, number> = new Map();
const NO_TAGS: readonly string[] = [];

export function createIndex(initial: Iterable<PatternDoc | PatternInput> = []): PatternIndex {
  // Docs live in slots, reused once free, so a draft saved at every pause does not grow the index.
  const slots: (Stored | undefined)[] = [];
  const freeSlots: number[] = [];
  const slotOf = new Map<string, number>();
  // Terms are numbered (numbers of terms no escalation has any more are reused); a term's postings carry the
  // term frequency, so a query never looks a term up in another escalation's words.
  const termIds = new Map<string, number>();
  const termText: string[] = [];
  const postings: number[][] = [];
  const freeIds: number[] = [];
  const featurePostings = new Map<string, number[]>();
  // Norms depend on every idf, so they are cached per generation. One escalation more or less barely moves
  // any idf of a large index: a new generation starts after changes to 1% of the index, so a stream of single
  // writes (drafts saved as they are typed) does not make every query recompute every norm. In a small index
  // one write moves idf enough to matter, and recomputing costs little: every write starts a generation.
  let generation = 0;
  let changes = 0;
  const changed = () => {
    if (++changes >= Math.max(1, slotOf.size / 100)) {
      generation++;
      changes = 0;
    }
  };
  const normCache: number[] = [];
  const normGeneration: number[] = [];
  let scratch = new Float64Array(64);

  const post = (byKey: Map<string, number[]>, key: string, slot: number) => {
    const slotsOfKey = byKey.get(key);
    if (slotsOfKey) slotsOfKey.push(slot);
    else byKey.set(key, [slot]);
  };
  const unpost = (byKey: Map<string, number[]>, key: string, slot: number) => {
    const slotsOfKey = byKey.get(key);
    if (!slotsOfKey) return;
    const i = slotsOfKey.indexOf(slot);
    if (i >= 0) slotsOfKey.splice(i, 1);
    if (!slotsOfKey.length) byKey.delete(key);
  };
  const postTerm = (key: string, slot: number, tf: number): number => {
    const known = termIds.get(key);
    if (known !== undefined) {
      (postings[known] as number[]).push(postingOf(slot, tf));
      return known;
    }
    const id = freeIds.pop() ?? termText.length;
    // The index keeps its own copy of the term: a slice of the escalation's text would keep that whole text alive.
    const own = key.length > 12 ? [...key].join('') : ` ${key}`.slice(1);
    termIds.set(own, id);
    termText[id] = own;
    postings[id] = [postingOf(slot, tf)];
    return id;
  };
  const unpostTerm = (id: number, slot: number) => {
    const list = postings[id] as number[];
    const i = list.findIndex((posting) => slotOfPosting(posting) === slot);
    if (i >= 0) list.splice(i, 1);
    if (list.length) return;
    termIds.delete(termText[id] as string);
    termText[id] = '';
    freeIds.push(id);
  };

  const idfOf = (id: number) => Math.log((slotOf.size + 1) / ((postings[id] as number[]).length + 1)) + 1;
  const idf: Idf = (term) => {
    const id = termIds.get(term);
    return id === undefined ? Math.log(slotOf.size + 1) + 1 : idfOf(id);
  };

  const slotNorm = (slot: number, stored: Stored) => {
    if (normGeneration[slot] !== generation) {
      let sum = 0;
      for (const word of stored.words) {
        const w = termWeight(packedOfWord(word), idfOf(termOfWord(word)));
        sum += w * w;
      }
      normCache[slot] = Math.sqrt(sum);
      normGeneration[slot] = generation;
    }
    return normCache[slot] as number;
  };

  function remove(id: string): boolean {
    const slot = slotOf.get(id);
    if (slot === undefined) return false;
    const stored = slots[slot] as Stored;
    for (const word of stored.words) unpostTerm(termOfWord(word), slot);
    for (const c of stored.codes.keys()) unpost(featurePostings, c, slot);
    for (const c of stored.concepts.keys()) unpost(featurePostings, c, slot);
    slots[slot] = undefined;
    normGeneration[slot] = -1;
    freeSlots.push(slot);
    slotOf.delete(id);
    changed();
    return true;
  }

  function add(input: PatternDoc | PatternInput): void {
    const doc = isDoc(input) ? input : docOf(input);
    remove(doc.id);
    const slot = freeSlots.pop() ?? slots.length;
    const words = new Array<number>(doc.terms.size).fill(0);
    let k = 0;
    for (const [t, packed] of doc.terms) {
      // docOf counts no further than MAX_TF; a doc built by hand must not overflow into the next term number.
      const tf = Math.min(MAX_TF, termFrequency(packed));
      words[k++] = postTerm(t, slot, tf) * PACKED_SPAN + tf * 8 + (packed % 8);
    }
    slots[slot] = {
      id: doc.id,
      words,
      codes: doc.codes.size ? doc.codes : NO_FEATURES,
      concepts: doc.concepts.size ? doc.concepts : NO_FEATURES,
      kinds: doc.kinds,
      tags: doc.tags.length ? doc.tags : NO_TAGS,
      createdAt: doc.createdAt,
    };
    slotOf.set(doc.id, slot);
    for (const c of doc.codes.keys()) post(featurePostings, c, slot);
    for (const c of doc.concepts.keys()) post(featurePostings, c, slot);
    changed();
  }

  function docAt(slot: number): PatternDoc {
    const { words, ...features } = slots[slot] as Stored;
    const terms = new Map<string, number>();
    for (const word of words) terms.set(termText[termOfWord(word)] as string, packedOfWord(word));
    return { ...features, terms };
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
      const id = termIds.get(t);
      if (id === undefined) continue;
      const i = idfOf(id);
      const wq = termWeight(packed, i) * i;
      for (const posting of postings[id] as number[]) {
        const slot = slotOfPosting(posting);
        touch(slot);
        dots[slot] = (dots[slot] as number) + wq * (LOG_TF[posting % TF_SPAN] as number);
      }
    }
    for (const c of draft.codes.keys()) for (const slot of featurePostings.get(c) ?? []) touch(slot);
    for (const c of draft.concepts.keys()) for (const slot of featurePostings.get(c) ?? []) touch(slot);

    const draftNorm = norm(draft, idf);
    const matches: Match[] = [];
    for (const slot of touched) {
      const dot = dots[slot] as number;
      dots[slot] = 0;
      const doc = slots[slot] as Stored;
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
          : compare(draft, docAt(slot), idf);
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
      return slot === undefined ? undefined : docAt(slot);
    },
    get size() {
      return slotOf.size;
    },
    idf,
    query,
  };
}
