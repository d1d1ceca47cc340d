// Explainable similarity of two escalations: shared error codes weigh most, then what the issue is about
// (product area and symptom, see concepts.ts), the rare words they share and shared product-area tags. A
// different area, symptom or error is evidence against. Pure: no browser APIs.
import { conceptKind, concepts, speaksOfConcept } from './concepts';
import type { PatternInput } from './input';
import { isRef, trackerRefs } from './refs';
import { areaTags, codes, words } from './tokens';

const FIELDS = ['summary', 'description', 'evidence'] as const;
export type PatternField = (typeof FIELDS)[number] | 'tags';
const FIELD_BIT: Record<(typeof FIELDS)[number], number> = { summary: 1, description: 2, evidence: 4 };
const WORDS_FIELDS = FIELD_BIT.summary | FIELD_BIT.description;
// Beside the fields a tracked item's address was found in: the agent named it as the (the related
// links, an update, the root cause), not a ticket or log that mentions it in passing (a library's warning
// that links its own bug, a signature).
const TRACKED_BY_AGENT = 8;

/** What a comparison reads besides the words: the index keeps these of every stored escalation as they are. */
export interface PatternFeatures {
  id: string;
  /** code → bit mask of the fields it occurs in. */
  codes: ReadonlyMap<string, number>;
  /** concept (`area:…`, `symptom:…`) → bit mask of the fields it occurs in. */
  concepts: ReadonlyMap<string, number>;
  /** Which kinds of codes and concepts it has (bits of KIND). */
  kinds: number;
  tags: readonly string[];
  /** Epoch ms, or undefined when the input had no parsable date. */
  createdAt: number | undefined;
}

export interface PatternDoc extends PatternFeatures {
  /** term → bit mask of the fields it occurs in. */
  terms: ReadonlyMap<string, number>;
}

let anonymous = 0;

/** The texts of an escalation-like input the matcher reads, by field. */
export function fieldTexts(e: PatternInput): Record<(typeof FIELDS)[number], string> {
  return {
    summary: e.summary ?? '',
    description: e.description ?? '',
    evidence: [...(e.evidence ?? []), ...(e.repro?.evidence ?? [])].join('\n'),
  };
}

/** Builds the matcher's view of an escalation-like input. */
export function docOf(e: PatternInput): PatternDoc {
  const texts = fieldTexts(e);
  const terms = new Map<string, number>();
  const codeMap = new Map<string, number>();
  const conceptMap = new Map<string, number>();
  for (const field of FIELDS) {
    const bit = FIELD_BIT[field];
    for (const w of words(texts[field])) terms.set(w, (terms.get(w) ?? 0) | bit);
    for (const c of [...codes(texts[field]), ...trackerRefs(texts[field])]) codeMap.set(c, (codeMap.get(c) ?? 0) | bit);
  }
  // Concepts are looked for once in the whole text, then only those found in each field.
  for (const c of concepts(FIELDS.map((f) => texts[f]).join('\n'))) {
    let mask = 0;
    for (const field of FIELDS) if (speaksOfConcept(c, texts[field])) mask |= FIELD_BIT[field];
    conceptMap.set(c, mask);
  }
  // A root cause names the error more often than the draft did: its codes count, its words would only dilute.
  for (const c of codes(`${e.outcome?.rootCause ?? ''}\n${e.outcome?.learning ?? ''}`)) {
    if (!codeMap.has(c)) codeMap.set(c, 0);
  }
  // The bug, error group or incident the agent tracked it as: in the related links, an update, the root cause.
  for (const c of trackerRefs([...(e.references ?? []), e.outcome?.rootCause ?? ''].join('\n'))) {
    codeMap.set(c, (codeMap.get(c) ?? 0) | TRACKED_BY_AGENT);
  }
  const created = e.createdAt ? Date.parse(e.createdAt) : Number.NaN;
  return {
    id: e.id ?? `doc-${++anonymous}`,
    terms,
    codes: codeMap,
    concepts: conceptMap,
    kinds: kindsOf(codeMap, conceptMap),
    tags: areaTags([...(e.tags ?? []), ...(e.ticket?.tags ?? [])]),
    createdAt: Number.isFinite(created) ? created : undefined,
  };
}

/**
 * How rare a term is among stored escalations, from near 0 (in nearly all) to 1 (in none): inverse document
 * frequency over its largest value. The index supplies one; a standalone comparison counts every word as rare.
 */
export type Rarity = (term: string) => number;
const ALL_RARE: Rarity = () => 1;

export interface Matched {
  /** Shared words, most telling first. */
  words: string[];
  codes: string[];
  /** Shared areas and symptoms (concept ids). */
  concepts: string[];
  /** Shared product-area tags (`tag:…`). */
  tags: string[];
  /** Fields of b where a shared word or code occurs, and 'tags' when a product-area tag is shared. */
  fields: PatternField[];
}
export interface Comparison {
  score: number;
  matched: Matched;
}

// How much one shared code says: an exception name, error id or exact message names the failure; a status
// code is shared by unrelated failures behind one gateway, and a language's own runtime exceptions by
// unrelated bugs in one app ("NullPointerException" in the settings screen and in the schedule).
const RUNTIME_EXCEPTIONS = new Set(
  (
    'nullpointerexception nullreferenceexception typeerror referenceerror rangeerror syntaxerror keyerror ' +
    'valueerror indexerror attributeerror illegalargumentexception illegalstateexception runtimeexception ' +
    'ioexception indexoutofboundsexception arrayindexoutofboundsexception classcastexception ' +
    'argumentnullexception argumentexception invalidoperationexception concurrentmodificationexception ' +
    'outofmemoryerror stackoverflowerror'
  )
    .split(' ')
    .map((name) => `exc:${name}`),
);
const SPECIFIC = (code: string) => !code.startsWith('http:') && !RUNTIME_EXCEPTIONS.has(code);
const CODE_WEIGHT = (code: string) => (SPECIFIC(code) ? 1 : 0.5);
const WEIGHTS = {
  /** Score that shared words alone approach as more of them are shared. */
  words: 0.8,
  /**
   * Shared words, counted by rarity, that give 63% of `words`. Words are counted, not set against the length
   * of the texts (as a cosine would): one agent writes three lines where another writes ten, and both name
   * the issue with the same few telling words. On the labelled pairs this ranks repeats above different issues
   * more often than the cosine did, on every set written by two agents.
   */
  wordScale: 3.3,
  /** Score from one fully shared specific code alone. */
  code: 0.8,
  /** Score from shared product-area tags alone. */
  tags: 0.2,
  /** Factor when both name specific errors and none is shared: likely two different failures. */
  specificConflict: 0.5,
  /** Factor when both give HTTP statuses or runtime exceptions, none shared, and nothing specific is shared. */
  httpConflict: 0.75,
  /** Score from a shared area with a shared symptom alone. */
  concept: 0.7,
  /** Concept similarity when an area is shared and no symptom. */
  areaOnly: 0.35,
  /** Factor when both summaries name product areas and none is shared: likely two parts of the product. */
  areaConflict: 0.6,
  /** Factor when both summaries name symptoms and none is shared: likely two failures of one part. */
  symptomConflict: 0.65,
} as const;

// What kinds of features a doc has, so a comparison walks only the draft's few codes and concepts, never
// the other doc's.
// The summary states what the issue is; a description mentions other parts and symptoms in passing. So two
// escalations count as about different areas (or symptoms) only when both summaries name one.
const KIND = { specific: 1, http: 2, area: 4, symptom: 8, summaryArea: 16, summarySymptom: 32 } as const;

function kindsOf(codes: ReadonlyMap<string, number>, concepts: ReadonlyMap<string, number>): number {
  let kinds = 0;
  // A tracked item shared names the issue; two different ones say nothing against it (one escalation can
  // point at the bug and at the incident it caused, and a bug can be filed twice before one is closed as a
  // duplicate).
  for (const c of codes.keys()) if (!isRef(c)) kinds |= SPECIFIC(c) ? KIND.specific : KIND.http;
  for (const [c, mask] of concepts) {
    const area = conceptKind(c) === 'area';
    kinds |= area ? KIND.area : KIND.symptom;
    if (mask & FIELD_BIT.summary) kinds |= area ? KIND.summaryArea : KIND.summarySymptom;
  }
  return kinds;
}

const both = (a: PatternFeatures, b: PatternFeatures, kind: number) => (a.kinds & kind) !== 0 && (b.kinds & kind) !== 0;

export function codeScore(
  a: PatternFeatures,
  b: PatternFeatures,
): { sim: number; conflict: number; shared: string[]; tracked: boolean } {
  const shared: string[] = [];
  let sum = 0;
  let sharedSpecific = false;
  let tracked = false;
  for (const c of a.codes.keys()) {
    if (!b.codes.has(c)) continue;
    shared.push(c);
    sum += CODE_WEIGHT(c);
    if (!isRef(c)) sharedSpecific ||= SPECIFIC(c);
    else if (((a.codes.get(c) ?? 0) | (b.codes.get(c) ?? 0)) & TRACKED_BY_AGENT) tracked = true;
  }
  let conflict = 1;
  if (!sharedSpecific) {
    if (both(a, b, KIND.specific)) conflict = WEIGHTS.specificConflict;
    else if (shared.length === 0 && both(a, b, KIND.http)) conflict = WEIGHTS.httpConflict;
  }
  return { sim: Math.min(1, sum), conflict, shared, tracked };
}

export function conceptScore(
  a: PatternFeatures,
  b: PatternFeatures,
): { sim: number; conflict: number; shared: string[] } {
  const shared: string[] = [];
  let sharedArea = false;
  let sharedSymptom = false;
  // Shared and named in a summary of either: what one of them is about, not only mentioned in passing.
  let summaryArea = false;
  let summarySymptom = false;
  for (const [c, maskA] of a.concepts) {
    const maskB = b.concepts.get(c);
    if (maskB === undefined) continue;
    const inSummary = ((maskA | maskB) & FIELD_BIT.summary) !== 0;
    if (conceptKind(c) === 'area') {
      sharedArea = true;
      summaryArea ||= inSummary;
    }
    // A log line names symptoms in passing ("idempotency_key missing"): a symptom counts when it is what
    // the summary or description of both says.
    else if (maskA & WORDS_FIELDS && maskB & WORDS_FIELDS) {
      sharedSymptom = true;
      summarySymptom ||= inSummary;
    } else continue;
    shared.push(c);
  }
  // Both summaries name what they are about and neither names what they share: an area both descriptions
  // mention in passing ("they need an answer before renewal") does not make a kitchen printer and a calendar
  // one part of the product.
  let conflict = 1;
  if (both(a, b, KIND.summaryArea) && !summaryArea) conflict *= WEIGHTS.areaConflict;
  if (both(a, b, KIND.summarySymptom) && !summarySymptom) conflict *= WEIGHTS.symptomConflict;
  let sim = 0;
  if (sharedArea && sharedSymptom) sim = 1;
  else if (sharedArea) sim = WEIGHTS.areaOnly;
  return { sim, conflict, shared };
}

function tagScore(a: PatternFeatures, b: PatternFeatures): { sim: number; shared: string[] } {
  if (!a.tags.length || !b.tags.length) return { sim: 0, shared: [] };
  const shared = a.tags.filter((t) => b.tags.includes(t));
  return { sim: shared.length / Math.min(a.tags.length, b.tags.length), shared };
}

/** Noisy-or of the four signals, then the conflict factors. Shared by compare() and the index's fast path. */
export function combine(a: PatternFeatures, b: PatternFeatures, sharedRarity: number): number {
  const code = codeScore(a, b);
  const concept = conceptScore(a, b);
  const tags = tagScore(a, b);
  const wordSim = WEIGHTS.words * (1 - Math.exp(-sharedRarity / WEIGHTS.wordScale));
  const s =
    1 -
    (1 - WEIGHTS.code * code.sim) * (1 - wordSim) * (1 - WEIGHTS.tags * tags.sim) * (1 - WEIGHTS.concept * concept.sim);
  // An agent who pointed at the bug or incident the other escalation names said it is one issue, whatever
  // else their words name; an address both merely mention is a shared code like any other.
  const conflict = code.tracked ? 1 : code.conflict * concept.conflict;
  return Math.max(0, Math.min(1, s * conflict));
}

/** How alike two escalations are (0..1), and what they share. */
export function compare(a: PatternDoc, b: PatternDoc, rarity: Rarity = ALL_RARE): Comparison {
  const shared: { term: string; rarity: number; mask: number }[] = [];
  let sharedRarity = 0;
  const [small, large] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  for (const [t, maskSmall] of small.terms) {
    const maskLarge = large.terms.get(t);
    if (maskLarge === undefined) continue;
    const r = rarity(t);
    sharedRarity += r;
    shared.push({ term: t, rarity: r, mask: small === b ? maskSmall : maskLarge });
  }
  const code = codeScore(a, b);
  const concept = conceptScore(a, b);
  const tags = tagScore(a, b);
  let mask = 0;
  for (const s of shared) mask |= s.mask;
  for (const c of code.shared) mask |= b.codes.get(c) ?? 0;
  for (const c of concept.shared) mask |= b.concepts.get(c) ?? 0;
  const fields: PatternField[] = FIELDS.filter((f) => mask & FIELD_BIT[f]);
  if (tags.shared.length) fields.push('tags');
  shared.sort((x, y) => y.rarity - x.rarity || x.term.localeCompare(y.term));
  return {
    score: combine(a, b, sharedRarity),
    matched: {
      words: shared.map((s) => s.term),
      codes: code.shared.sort(),
      concepts: concept.shared.sort(),
      tags: tags.shared.sort(),
      fields,
    },
  };
}
