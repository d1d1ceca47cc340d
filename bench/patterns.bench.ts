import { mkdirSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { test } from 'vitest';
import { ESCALATION_SCHEMA_VERSION, Escalation } from '../lib/escalation/model';
import { clusterOpen } from '../lib/patterns/clusters';
import { type LabelledPair, precisionRecall, scorePairs, shownRecall } from '../lib/patterns/evaluate';
import { MATCH_THRESHOLD, POSSIBLE_THRESHOLD } from '../lib/patterns/index';
import type { PatternInput } from '../lib/patterns/input';
import { createLibrary, POSSIBLE_SHOWN } from '../lib/patterns/library';
import holdoutC from '../test/fixtures/patterns/holdout-c.json';
import holdoutD from '../test/fixtures/patterns/holdout-d.json';
import holdoutE from '../test/fixtures/patterns/holdout-e.json';
import holdoutF from '../test/fixtures/patterns/holdout-f.json';
import holdoutG from '../test/fixtures/patterns/holdout-g.json';
import holdoutH from '../test/fixtures/patterns/holdout-h.json';
import holdoutI from '../test/fixtures/patterns/holdout-i.json';
import holdoutJ from '../test/fixtures/patterns/holdout-j.json';
import holdoutK from '../test/fixtures/patterns/holdout-k.json';
import holdoutL from '../test/fixtures/patterns/holdout-l.json';
import pairs from '../test/fixtures/patterns/pairs.json';
import pairsB from '../test/fixtures/patterns/pairs-b.json';
import pairsC from '../test/fixtures/patterns/pairs-c.json';
import { medianMs } from './median';

const now = new Date('2026-11-22T12:00:00Z');
const DOCS = 10_000;

// Deterministic pseudo-random (mulberry32), so every run indexes the same escalations.
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const AREAS = ['export', 'login', 'sso', 'billing', 'webhook', 'api', 'import', 'search', 'dashboard', 'mobile'];
const VERBS = ['fails', 'stops', 'hangs', 'crashes', 'loops', 'times out', 'is slow', 'drops data', 'duplicates'];
const NOUNS = 'report contact invoice deal ticket file user account page job sync record field token session'.split(
  ' ',
);
const FILLER = (
  'customer says since yesterday after update every time for all admins only on chrome intermittently with large ' +
  'accounts when scheduled on mobile in production the team reproduced confirmed workaround none needed urgent ' +
  'renewal quarter close blocked degraded'
).split(' ');
// A vocabulary of 3,000 rare words so postings are not all the same few lists.
const RARE = Array.from({ length: 3000 }, (_, i) => `term${i.toString(36)}`);

// What the matcher reads, plus the revenue the panel sums over matches.
type Synthetic = PatternInput & { impact: { revenueAtRisk: { amount: number } } };

function synthetic(i: number, r: () => number): Synthetic {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const area = pick(AREAS);
  const words = (n: number) => Array.from({ length: n }, () => (r() < 0.3 ? pick(RARE) : pick(FILLER))).join(' ');
  const evidence: string[] = [];
  if (r() < 0.4) evidence.push(`${area[0]?.toUpperCase()}${area.slice(1)}${pick(NOUNS)}Error at line ${i}`);
  if (r() < 0.3) evidence.push(`HTTP ${pick([500, 502, 503, 504, 429, 401, 403])} from /api/${area}`);
  if (r() < 0.2) evidence.push(`E${1000 + Math.floor(r() * 400)}`);
  return {
    id: `e${i}`,
    summary: `${area} ${pick(NOUNS)} ${pick(VERBS)} ${words(3)}`,
    description: `${words(25)} ${pick(NOUNS)} ${pick(VERBS)} ${words(15)}`,
    repro: { evidence },
    ticket: { tags: [area, pick(['urgent', 'vip', 'normal'])], organization: `org${Math.floor(r() * 2000)}` },
    impact: { revenueAtRisk: { amount: Math.floor(r() * 100_000) } },
    createdAt: new Date(now.getTime() - Math.floor(r() * 180) * 86_400_000).toISOString(),
  };
}

// The bench config passes no --expose-gc; turning the flag on at run time exposes gc to a fresh context.
function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}
const gc = findGc();
const heapUsed = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

// Measures only; budgets (query 30 ms, index heap 30 MB) are judged by whoever reads the figures.
// A synthetic input as the escalation the panel stores.
const stored = (input: Synthetic, status: 'escalated' | 'resolved') =>
  Escalation.parse({
    id: input.id,
    schemaVersion: ESCALATION_SCHEMA_VERSION,
    key: `zendesk:${input.id}`,
    createdAt: input.createdAt,
    updatedAt: input.createdAt,
    status,
    summary: input.summary,
    description: input.description,
    repro: { evidence: input.repro?.evidence ?? [] },
    ticket: {
      helpdesk: 'zendesk',
      url: `https://acme.zendesk.com/agent/tickets/${input.id}`,
      source: 'api',
      missing: [],
      tags: input.ticket?.tags,
      organization: input.ticket?.organization,
    },
    impact: input.impact,
  });

// Escalations as agents write them: each joins three of the labelled sets' escalations (their summary, all
// three descriptions and evidence, about 75 distinct words), plus its own ticket and order numbers, so the
// vocabulary grows as a real store's does.
function agentWritten(count: number): Escalation[] {
  const texts = [pairs, pairsB, pairsC, holdoutC, holdoutD, holdoutE, holdoutF].flatMap((set) =>
    (set as LabelledPair[]).flatMap((p) => [p.a, p.b]),
  );
  const r = rng(7);
  return Array.from({ length: count }, (_, i) => {
    const parts = [0, 1, 2].map(() => texts[Math.floor(r() * texts.length)] as PatternInput);
    const own = `ticket ${100_000 + i}, order SO-${(i * 7919) % 100_000}`;
    return stored(
      {
        id: `w${i}`,
        summary: parts[0]?.summary ?? '',
        description: `${parts.map((p) => p.description ?? '').join('\n')}\n${own}`,
        repro: { evidence: parts.flatMap((p) => p.evidence ?? []) },
        ticket: { tags: parts[0]?.tags ?? [], organization: `org${i % 2000}` },
        impact: { revenueAtRisk: { amount: 0 } },
        createdAt: now.toISOString(),
      },
      'escalated',
    );
  });
}

test('measure', () => {
  const r = rng(42);
  const inputs = Array.from({ length: DOCS }, (_, i) => synthetic(i, r));
  // What the panel does per keystroke: the draft as typed against the library of stored escalations
  // (tokenising the draft, querying the index, grouping customers and revenue).
  const records = inputs.map((input, i) => stored(input, i % 5 === 0 ? 'resolved' : 'escalated'));
  const library = createLibrary();
  const before = heapUsed();
  const buildStart = performance.now();
  for (const e of records) library.put(e, 'record');
  const libraryBuild10kMs = performance.now() - buildStart;
  // The index and what the panel shows of each escalation, not the records (read from storage, then let go).
  const indexHeapMB = (heapUsed() - before) / (1024 * 1024);
  const written = agentWritten(DOCS);
  const writtenLibrary = createLibrary();
  const beforeWritten = heapUsed();
  for (const e of written) writtenLibrary.put(e, 'record');
  const writtenHeapMB = (heapUsed() - beforeWritten) / (1024 * 1024);
  let writtenWords = 0;
  for (const e of written) writtenWords += writtenLibrary.index.get(e.id)?.terms.size ?? 0;
  const draft = Escalation.parse({
    id: 'draft',
    schemaVersion: ESCALATION_SCHEMA_VERSION,
    key: 'zendesk:draft',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    summary: 'Export report fails for large accounts',
    description: 'customer says since yesterday after update every export job fails with large accounts',
    repro: { evidence: ['ExportreportError at line 1', 'HTTP 504 from /api/export'] },
    ticket: {
      helpdesk: 'zendesk',
      url: 'https://acme.zendesk.com/agent/tickets/1',
      source: 'api',
      missing: [],
      tags: ['export'],
    },
  });
  let found = 0;
  const query10kMs = medianMs(
    () => {
      found = library.similar(draft, { now }).matches.length;
    },
    15,
    5,
  );
  // Agents link what they judge one issue: every escalation linked to the one stored before it, the most a
  // match can bring with it through links.
  records.forEach((e, i) => {
    const before = records[i - 1];
    if (before) library.put({ ...e, patterns: { ...e.patterns, linked: [{ id: before.id, text: '' }] } }, 'record');
  });
  let foundLinked = 0;
  const query10kLinkedMs = medianMs(
    () => {
      foundLinked = library.similar(draft, { now }).matches.length;
    },
    15,
    5,
  );
  // Patterns tab: every one of 2,000 open escalations against the others.
  const open = createLibrary();
  for (const e of records.slice(0, 2000)) open.put({ ...e, status: 'escalated' }, 'record');
  let clusters = 0;
  let largestCluster = 0;
  const cluster2000Ms = medianMs(() => {
    const found = clusterOpen(open);
    clusters = found.length;
    largestCluster = Math.max(0, ...found.map((c) => c.members.length));
  }, 3);
  const tuning = [...pairs, ...pairsB, ...pairsC] as LabelledPair[];
  // Per set: precision and recall of the matches, and the share of repeats shown as a match or among the
  // possibly related offered (what an agent sees at all).
  const quality = (set: readonly LabelledPair[]) => {
    const scores = scorePairs(set);
    const matched = precisionRecall(scores, MATCH_THRESHOLD);
    return {
      pairs: set.length,
      precision: matched.precision,
      recall: matched.recall,
      shownRecall: shownRecall(set, POSSIBLE_SHOWN),
    };
  };
  const tuned = quality(tuning);
  const figures = {
    query10kMs,
    query10kLinkedMs,
    matchesFoundLinked: foundLinked,
    indexHeapMB,
    writtenHeapMB,
    writtenWordsPerEscalation: writtenWords / DOCS,
    libraryBuild10kMs,
    cluster2000Ms,
    clusters,
    largestCluster,
    precision: tuned.precision,
    recall: tuned.recall,
    pairs: tuning.length,
    tuningShownRecall: tuned.shownRecall,
    holdoutC: quality(holdoutC as LabelledPair[]),
    holdoutD: quality(holdoutD as LabelledPair[]),
    holdoutE: quality(holdoutE as LabelledPair[]),
    holdoutF: quality(holdoutF as LabelledPair[]),
    holdoutG: quality(holdoutG as LabelledPair[]),
    holdoutH: quality(holdoutH as LabelledPair[]),
    holdoutI: quality(holdoutI as LabelledPair[]),
    holdoutJ: quality(holdoutJ as LabelledPair[]),
    holdoutK: quality(holdoutK as LabelledPair[]),
    holdoutL: quality(holdoutL as LabelledPair[]),
    threshold: MATCH_THRESHOLD,
    possibleThreshold: POSSIBLE_THRESHOLD,
    matchesFound: found,
    gcAvailable: Boolean(gc),
  };
  console.log(figures);
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/patterns.json', JSON.stringify(figures, null, 2));
});
