// Clusters of similar open escalations for the Patterns tab. Joining whatever matches any member would chain
// different issues into one cluster through an escalation that mentions both ("webhooks and emails late
// since the queue incident"), so a member must match most of its cluster (see grow). Escalations the agent
// linked are in one cluster whatever their scores. Pure.
import { isOpen } from '../followup/status';
import { customersIn } from './customers';
import { MATCH_THRESHOLD } from './index';
import type { PatternEntry, PatternLibrary } from './library';

export interface Cluster {
  members: PatternEntry[];
  /** Distinct known customers (as in the Similar issues box: one without a known customer may be any). */
  customers: number;
  /** Members whose customer is unknown. */
  unattributed: number;
  /** Shared concepts and codes, most frequent across the cluster's matches first. */
  shared: string[];
}

interface Edge {
  score: number;
  shared: string[];
}

/**
 * Each open escalation's cluster (by the id of the one it grew from). A cluster starts from the escalation
 * with the most matches not yet placed and takes, one at a time, the unplaced escalation matching the most
 * of its members, while that one matches more than half of them: an escalation that names two issues, as
 * the start, does not bring the second issue into the first one's cluster.
 */
function* grow(
  open: readonly PatternEntry[],
  neighbours: ReadonlyMap<string, ReadonlyMap<string, Edge>>,
): Generator<number, Map<string, string>> {
  const cluster = new Map<string, string>();
  const starts = [...open].sort(
    (x, y) => (neighbours.get(y.id)?.size ?? 0) - (neighbours.get(x.id)?.size ?? 0) || x.id.localeCompare(y.id),
  );
  for (const { id: start } of starts) {
    if (cluster.has(start)) continue;
    // Growing a few hundred-member clusters out of thousands took half a second in one go: the caller may
    // pause between two clusters.
    yield 1;
    cluster.set(start, start);
    let size = 1;
    // Unplaced escalations next to the cluster: how many of its members each matches.
    const near = new Map<string, number>();
    const reach = (id: string) => {
      for (const n of neighbours.get(id)?.keys() ?? []) if (!cluster.has(n)) near.set(n, (near.get(n) ?? 0) + 1);
    };
    reach(start);
    for (;;) {
      let best: string | undefined;
      let bestCount = 0;
      let bestScore = -1;
      for (const [id, count] of near) {
        const score = neighbours.get(start)?.get(id)?.score ?? 0;
        const better =
          count > bestCount ||
          (count === bestCount && (score > bestScore || (score === bestScore && id < (best as string))));
        if (better) [best, bestCount, bestScore] = [id, count, score];
      }
      if (best === undefined || bestCount * 2 <= size) break;
      near.delete(best);
      cluster.set(best, start);
      size++;
      reach(best);
    }
  }
  return cluster;
}

/**
 * Every open escalation is queried against the library once; clusters of two or more, largest first.
 * A generator: it yields the share done after each escalation, so a caller can spread the work over time
 * slices (the panel stays responsive with thousands open); the clusters are its return value.
 */
export function* clustering(library: PatternLibrary): Generator<number, Cluster[]> {
  const open = [...library.entries()].filter((e) => e.kind === 'record' && isOpen(e));
  const byId = new Map(open.map((e) => [e.id, e]));
  const neighbours = new Map<string, Map<string, Edge>>(open.map((e) => [e.id, new Map()]));
  for (const [i, entry] of open.entries()) {
    yield i / open.length;
    const doc = library.index.get(entry.id);
    if (!doc) continue;
    // Open escalations are compared whatever their age: an old open one is still open. Each pair is scored
    // once, by the query of the one with the lower id; resolved escalations are not scored at all.
    const matches = library.index.query(doc, {
      days: Number.POSITIVE_INFINITY,
      threshold: MATCH_THRESHOLD,
      explain: false,
      only: (id) => id > doc.id && byId.has(id),
    });
    for (const m of matches) {
      const edge = { score: m.score, shared: [...m.matched.concepts, ...m.matched.codes] };
      neighbours.get(doc.id)?.set(m.id, edge);
      neighbours.get(m.id)?.set(doc.id, edge);
    }
  }

  const cluster = yield* grow(open, neighbours);
  // The agent's judgement that two are one issue stands whatever the scores say: escalations linked to one
  // another, directly or through others, go together into the cluster of the oldest of them. Only the
  // linked move; the rest of their clusters stay where they were.
  const linkedTo = new Map<string, string>(open.map((e) => [e.id, e.id]));
  // Path halving keeps a long chain of links from being walked again for every member of it.
  const root = (id: string): string => {
    let r = id;
    for (let up = linkedTo.get(r) as string; up !== r; up = linkedTo.get(r) as string) {
      const next = linkedTo.get(up) as string;
      linkedTo.set(r, next);
      r = next;
    }
    return r;
  };
  for (const e of open) for (const id of e.linked) if (linkedTo.has(id)) linkedTo.set(root(e.id), root(id));
  const byAge = [...open].sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id));
  const oldest = new Map<string, string>();
  for (const e of byAge) if (!oldest.has(root(e.id))) oldest.set(root(e.id), cluster.get(e.id) as string);
  for (const e of open) cluster.set(e.id, oldest.get(root(e.id)) as string);

  const groups = new Map<string, { members: PatternEntry[]; shared: Map<string, number> }>();
  for (const e of open) {
    const key = cluster.get(e.id) as string;
    const group = groups.get(key) ?? { members: [], shared: new Map<string, number>() };
    group.members.push(e);
    // What members share with one another: each matching pair within the cluster once.
    for (const [id, edge] of neighbours.get(e.id) ?? []) {
      if (id <= e.id || cluster.get(id) !== key) continue;
      for (const f of edge.shared) group.shared.set(f, (group.shared.get(f) ?? 0) + 1);
    }
    groups.set(key, group);
  }
  const clusters: Cluster[] = [];
  for (const { members, shared } of groups.values()) {
    if (members.length < 2) continue;
    const customers = customersIn(members);
    const keys = new Set<string>();
    let unknown = 0;
    for (const m of members) {
      const customer = customers.of(m);
      if (customer) keys.add(customer);
      else unknown++;
    }
    members.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id));
    clusters.push({
      members,
      customers: keys.size,
      unattributed: unknown,
      shared: [...shared].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([f]) => f),
    });
  }
  return clusters.sort(
    (x, y) =>
      y.customers - x.customers ||
      y.members.length - x.members.length ||
      (x.members[0]?.id ?? '').localeCompare(y.members[0]?.id ?? ''),
  );
}

export function clusterOpen(library: PatternLibrary): Cluster[] {
  const steps = clustering(library);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
