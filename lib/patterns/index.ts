// An incremental inverted index of past escalations. A query walks only the postings of its own words and
// codes, so it touches only escalations that share a feature with the draft; adding or removing one
// escalation updates its postings, with no rebuild.
import type { PatternInput } from './input';
import { isRef } from './refs';
import {
  type Comparison,
  codeScore,
  combine,
  compare,
  conceptScore,
  docOf,
  type PatternDoc,
  type PatternFeatures,
  type Rarity,
} from './similarity';

/**
 * Chosen on the tuning pairs (test/fixtures/patterns/pairs*.json): the lowest score from which precision
 * stays at or above 0.9 for every higher threshold too; test/unit/patterns.test.ts re-derives it.
 * The held-out sets (holdout-*.json) set no threshold; c to f guided how shared words are counted (similarity.ts),
 * g and h were written after that and never used to tune. The bench prints how it does on each.
 */
export const MATCH_THRESHOLD = 0.56;
/**
 * From here up to MATCH_THRESHOLD an escalation is only "possibly related": shown for the agent to judge,
 * never counted. Chosen on the tuning pairs as the highest score that keeps recall at or above 0.95
 * (test/unit/patterns.test.ts re-derives it): the agent reads what the matcher cannot tell apart.
 */
export const POSSIBLE_THRESHOLD = 0.38;
export const DEFAULT_WINDOW_DAYS = 90;
// The share of escalations a word is assumed to be in before any are stored, and how many escalations'
// worth that assumption weighs.
const PRIOR_SHARE = 0.05;
const PRIOR_WEIGHT = 4;
const DAY_MS = 86_400_000;
// How many stored escalations, and what share of them, make a tracked item too common to tell one issue.
const COMMON_REF_MIN = 10;
const COMMON_REF_SHARE = 0.2;

/**
 * Whether an escalation created at `at` (epoch ms) is in the window of `days` before `now`: up to a day ahead
 * is a clock apart, not the future; one without a date (undefined, NaN) is kept.
 */
export function withinWindow(now: number, days: number): (at: number | undefined) => boolean {
  const since = now - days * DAY_MS;
  const until = now + DAY_MS;
  return (at) => at === undefined || !(at < since || at > until);
}

export interface Match extends Comparison {
  id: string;
}

export interface QueryOptions {
  now?: Date | number;
  /** Only escalations created within this many days before now; those without a date are kept. */
  days?: number;
  threshold?: number;
  limit?: number;
  /** false: matched lists only the shared codes and concepts (no words, tags or fields), for bulk comparison. */
  explain?: boolean;
  /** Only the stored escalations this accepts are scored (the others are not even compared). */
  only?: (id: string) => boolean;
}

export interface PatternIndex {
  add(doc: PatternDoc | PatternInput): void;
  remove(id: string): boolean;
  has(id: string): boolean;
  /** The stored escalation as a comparison reads it (built afresh: the index keeps it in a smaller form). */
  get(id: string): PatternDoc | undefined;
  readonly size: number;
  /** How rare each word is among the stored escalations; a draft that is stored too leaves its own words out. */
  rarityFor(draftId: string | undefined): Rarity;
  query(draft: PatternDoc | PatternInput, options?: QueryOptions): Match[];
}

const isDoc = (d: PatternDoc | PatternInput): d is PatternDoc => 'terms' in d && d.terms instanceof Map;

// Integers small enough to stay unboxed in a plain array: a posting is a slot, a stored word is
// term id * 8 + field mask. One integer per word and escalation, in one array per escalation and one per
// term, is what keeps 10,000 escalations within the heap budget.
const termOfWord = (word: number) => Math.floor(word / 8);
const maskOfWord = (word: number) => word % 8;

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
  // Terms are numbered (numbers of terms no escalation has any more are reused); a term's postings list the
  // escalations that have it, so a query never looks a term up in another escalation's words.
  const termIds = new Map<string, number>();
  const termText: string[] = [];
  const postings: number[][] = [];
  const freeIds: number[] = [];
  const featurePostings = new Map<string, number[]>();
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
  const postTerm = (key: string, slot: number): number => {
    const known = termIds.get(key);
    if (known !== undefined) {
      (postings[known] as number[]).push(slot);
      return known;
    }
    const id = freeIds.pop() ?? termText.length;
    // The index keeps its own copy of the term: a slice of the escalation's text would keep that whole text alive.
    const own = key.length > 12 ? [...key].join('') : ` ${key}`.slice(1);
    termIds.set(own, id);
    termText[id] = own;
    postings[id] = [slot];
    return id;
  };
  const unpostTerm = (id: number, slot: number) => {
    const list = postings[id] as number[];
    const i = list.indexOf(slot);
    if (i >= 0) list.splice(i, 1);
    if (list.length) return;
    termIds.delete(termText[id] as string);
    termText[id] = '';
    freeIds.push(id);
  };

  // Inverse document frequency over its largest value, that of a word no escalation has. The share of
  // escalations with the word is smoothed towards PRIOR_SHARE: one or five escalations cannot tell a common
  // word from a rare one, and a word in the only other escalation is neither. `own` is 1 when the draft
  // asking is stored too: its own words are not evidence of how common they are.
  const rarityOf = (id: number, own: number) => {
    const others = Math.max(0, slotOf.size - own);
    const df = Math.max(0, (postings[id] as number[]).length - own);
    const weight = PRIOR_WEIGHT * PRIOR_SHARE;
    const share = (df + weight) / (others + PRIOR_WEIGHT);
    const rarest = weight / (others + PRIOR_WEIGHT);
    return (1 - Math.log(share)) / (1 - Math.log(rarest));
  };
  const rarityFor = (draftId: string | undefined): Rarity => {
    const own = draftId !== undefined && slotOf.has(draftId) ? 1 : 0;
    return (term) => {
      const id = termIds.get(term);
      return id === undefined ? 1 : rarityOf(id, own);
    };
  };

  function remove(id: string): boolean {
    const slot = slotOf.get(id);
    if (slot === undefined) return false;
    const stored = slots[slot] as Stored;
    for (const word of stored.words) unpostTerm(termOfWord(word), slot);
    for (const c of stored.codes.keys()) unpost(featurePostings, c, slot);
    for (const c of stored.concepts.keys()) unpost(featurePostings, c, slot);
    slots[slot] = undefined;
    freeSlots.push(slot);
    slotOf.delete(id);
    return true;
  }

  function add(input: PatternDoc | PatternInput): void {
    const doc = isDoc(input) ? input : docOf(input);
    remove(doc.id);
    const slot = freeSlots.pop() ?? slots.length;
    const words = new Array<number>(doc.terms.size).fill(0);
    let k = 0;
    for (const [t, mask] of doc.terms) words[k++] = postTerm(t, slot) * 8 + maskOfWord(mask);
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
  }

  function docAt(slot: number): PatternDoc {
    const { words, ...features } = slots[slot] as Stored;
    const terms = new Map<string, number>();
    for (const word of words) terms.set(termText[termOfWord(word)] as string, maskOfWord(word));
    return { ...features, terms };
  }

  // A tracked item that a large share of the stored escalations point at is a team's habit (an umbrella
  // epic, a link every brief carries), not one issue: it is left out of what the draft is matched on.
  function withoutCommonRefs(doc: PatternDoc): PatternDoc {
    const common = [...doc.codes.keys()].filter((c) => {
      const n = isRef(c) ? (featurePostings.get(c)?.length ?? 0) : 0;
      return n >= COMMON_REF_MIN && n > COMMON_REF_SHARE * slotOf.size;
    });
    if (!common.length) return doc;
    const codes = new Map(doc.codes);
    for (const c of common) codes.delete(c);
    return { ...doc, codes };
  }

  function query(input: PatternDoc | PatternInput, options: QueryOptions = {}): Match[] {
    const draft = withoutCommonRefs(isDoc(input) ? input : docOf(input));
    const now = options.now === undefined ? Date.now() : +options.now;
    const inWindow = withinWindow(now, options.days ?? DEFAULT_WINDOW_DAYS);
    const threshold = options.threshold ?? MATCH_THRESHOLD;
    if (scratch.length < slots.length) scratch = new Float64Array(Math.max(slots.length, scratch.length * 2));
    const sharedRarity = scratch;
    const own = slotOf.has(draft.id) ? 1 : 0;
    const explainRarity = rarityFor(draft.id);
    const touched: number[] = [];
    const touch = (slot: number) => {
      if (sharedRarity[slot] === 0) {
        touched.push(slot);
        sharedRarity[slot] = Number.MIN_VALUE; // marks the slot as a candidate even when it shares no word
      }
    };
    for (const t of draft.terms.keys()) {
      const id = termIds.get(t);
      if (id === undefined) continue;
      const r = rarityOf(id, own);
      for (const slot of postings[id] as number[]) {
        touch(slot);
        sharedRarity[slot] = (sharedRarity[slot] as number) + r;
      }
    }
    for (const c of draft.codes.keys()) for (const slot of featurePostings.get(c) ?? []) touch(slot);
    for (const c of draft.concepts.keys()) for (const slot of featurePostings.get(c) ?? []) touch(slot);

    const matches: Match[] = [];
    for (const slot of touched) {
      const shared = sharedRarity[slot] as number;
      sharedRarity[slot] = 0;
      const doc = slots[slot] as Stored;
      if (doc.id === draft.id) continue;
      if (!inWindow(doc.createdAt) || (options.only && !options.only(doc.id))) continue;
      const fast = combine(draft, doc, shared);
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
                tags: [],
                fields: [],
              },
            }
          : compare(draft, docAt(slot), explainRarity);
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
    rarityFor,
    query,
  };
}
