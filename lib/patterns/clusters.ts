// Clusters of similar open escalations for the Patterns tab. A cluster grows from the escalation with the
// most matches: each of its matches, closest first, joins when it also matches at least half of those
// already in. Joining whatever matches any member chains different issues into one cluster through an
// escalation that mentions both ("webhooks and emails late since the queue incident"). Escalations the
// agent linked are in one cluster whatever their scores. Pure.
import { isOpen } from '../followup/schedule';
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

/** Union-find over string ids; `find` compresses the path it walks. */
function disjointSets(ids: Iterable<string>) {
  const parent = new Map<string, string>();
  for (const id of ids) parent.set(id, id);
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    let node = id;
    while (node !== root) {
      const next = parent.get(node) as string;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  return {
    has: (id: string) => parent.has(id),
    find,
    join(a: string, b: string) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) parent.set(ra, rb);
    },
  };
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
    // Open escalations are compared whatever their age: an old open one is still open.
    const matches = library.index.query(doc, {
      days: Number.POSITIVE_INFINITY,
      threshold: MATCH_THRESHOLD,
      explain: false,
    });
    for (const m of matches) {
      if (m.id <= doc.id || !byId.has(m.id)) continue;
      const edge = { score: m.score, shared: [...m.matched.concepts, ...m.matched.codes] };
      neighbours.get(doc.id)?.set(m.id, edge);
      neighbours.get(m.id)?.set(doc.id, edge);
    }
  }

  const sets = disjointSets(byId.keys());
  const features = new Map<string, string[]>();
  const centres = [...open].sort(
    (x, y) => (neighbours.get(y.id)?.size ?? 0) - (neighbours.get(x.id)?.size ?? 0) || x.id.localeCompare(y.id),
  );
  const placed = new Set<string>();
  for (const centre of centres) {
    if (placed.has(centre.id)) continue;
    placed.add(centre.id);
    const members = [centre.id];
    const shared: string[] = [];
    const candidates = [...(neighbours.get(centre.id) ?? [])]
      .filter(([id]) => !placed.has(id))
      .sort((x, y) => y[1].score - x[1].score || x[0].localeCompare(y[0]));
    for (const [id, edge] of candidates) {
      const near = neighbours.get(id);
      let matched = 0;
      for (const m of members) if (near?.has(m)) matched++;
      if (matched * 2 < members.length) continue;
      placed.add(id);
      members.push(id);
      sets.join(id, centre.id);
      shared.push(...edge.shared);
    }
    features.set(centre.id, shared);
  }
  // The agent's judgement that two are one issue stands whatever the scores say.
  for (const e of open) for (const id of e.linked) if (sets.has(id)) sets.join(e.id, id);

  const groups = new Map<string, { members: PatternEntry[]; shared: Map<string, number> }>();
  for (const e of open) {
    const root = sets.find(e.id);
    const group = groups.get(root) ?? { members: [], shared: new Map<string, number>() };
    group.members.push(e);
    for (const f of features.get(e.id) ?? []) group.shared.set(f, (group.shared.get(f) ?? 0) + 1);
    groups.set(root, group);
  }
  const clusters: Cluster[] = [];
  for (const { members, shared } of groups.values()) {
    if (members.length < 2) continue;
    const keys = new Set<string>();
    let unknown = 0;
    for (const m of members) {
      if (m.customerKey) keys.add(m.customerKey);
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
