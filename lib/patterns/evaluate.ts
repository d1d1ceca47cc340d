// Precision and recall of the matcher on a labelled set of pairs; used by the unit test and the bench.
import { createIndex, MATCH_THRESHOLD, POSSIBLE_THRESHOLD } from './index';
import type { PatternInput } from './input';
import { compare, docOf, type PatternDoc } from './similarity';

export interface LabelledPair {
  a: PatternInput;
  b: PatternInput;
  same: boolean;
  note?: string;
}

export interface PairScore {
  score: number;
  same: boolean;
  note: string | undefined;
}

/** Scores every pair with IDF taken from an index holding all the set's escalations. */
export function scorePairs(pairs: readonly LabelledPair[]): PairScore[] {
  const docs = pairs.map((p, i) => [docOf({ ...p.a, id: `${i}a` }), docOf({ ...p.b, id: `${i}b` })] as const);
  const index = createIndex(docs.flat());
  return pairs.map((p, i) => {
    const [a, b] = docs[i] as (typeof docs)[number];
    return { score: compare(a, b, index.rarityFor(a.id)).score, same: p.same, note: p.note };
  });
}

export function precisionRecall(
  scores: readonly PairScore[],
  threshold: number,
): { precision: number; recall: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    const predicted = s.score >= threshold;
    if (predicted && s.same) tp++;
    else if (predicted) fp++;
    else if (s.same) fn++;
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn };
}

/**
 * The share of repeats the panel puts in front of the agent: with every escalation of the set stored, each
 * side of a same-issue pair is the draft, and the other side counts as shown when it is a match or among
 * the best `offered` possibly related, as in the Similar issues box.
 */
export function shownRecall(pairs: readonly LabelledPair[], offered: number): number {
  const index = createIndex(pairs.flatMap((p, i) => [docOf({ ...p.a, id: `${i}a` }), docOf({ ...p.b, id: `${i}b` })]));
  let repeats = 0;
  let shown = 0;
  pairs.forEach((p, i) => {
    if (!p.same) return;
    for (const [draft, other] of [
      [`${i}a`, `${i}b`],
      [`${i}b`, `${i}a`],
    ] as const) {
      repeats++;
      const found = index.query(index.get(draft) as PatternDoc, {
        threshold: POSSIBLE_THRESHOLD,
        days: Number.POSITIVE_INFINITY,
        explain: false,
      });
      const possible = found.filter((m) => m.score < MATCH_THRESHOLD).slice(0, offered);
      if (found.some((m) => m.id === other && m.score >= MATCH_THRESHOLD) || possible.some((m) => m.id === other)) {
        shown++;
      }
    }
  });
  return repeats ? shown / repeats : 1;
}
