// Clusters of similar open escalations for the Patterns tab: escalations are joined when one matches the
// other (single linkage) or when the agent linked one to the other, and a cluster says what its members
// share. Pure.
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

/**
 * Every open escalation is queried against the library once; clusters of two or more, largest first.
 * A generator: it yields the share done after each escalation, so a caller can spread the work over time
 * slices (the panel stays responsive with thousands open); the clusters are its return value.
 */
export function* clustering(library: PatternLibrary): Generator<number, Cluster[]> {
  const open = [...library.entries()].filter((e) => e.kind === 'record' && isOpen(e));
  const parent = new Map(open.map((e) => [e.id, e.id]));
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
  const features = new Map<string, Map<string, number>>();
  const count = (root: string, feature: string) => {
    const f = features.get(root) ?? new Map<string, number>();
    f.set(feature, (f.get(feature) ?? 0) + 1);
    features.set(root, f);
  };
  const edges: { a: string; b: string; shared: string[] }[] = [];
  const join = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const [i, entry] of open.entries()) {
    yield i / open.length;
    // The agent's judgement that two are one issue stands whatever the scores say.
    for (const id of entry.linked) if (parent.has(id)) join(entry.id, id);
    const doc = library.index.get(entry.id);
    if (!doc) continue;
    // Open escalations are compared whatever their age: an old open one is still open.
    const matches = library.index.query(doc, {
      days: Number.POSITIVE_INFINITY,
      threshold: MATCH_THRESHOLD,
      explain: false,
    });
    for (const m of matches) {
      if (m.id <= doc.id || !parent.has(m.id)) continue;
      edges.push({ a: doc.id, b: m.id, shared: [...m.matched.concepts, ...m.matched.codes] });
      join(doc.id, m.id);
    }
  }
  for (const e of edges) for (const f of e.shared) count(find(e.a), f);

  const groups = new Map<string, PatternEntry[]>();
  for (const e of open) {
    const root = find(e.id);
    const list = groups.get(root) ?? [];
    list.push(e);
    groups.set(root, list);
  }
  const clusters: Cluster[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2) continue;
    const keys = new Set<string>();
    let unknown = 0;
    for (const m of members) {
      if (m.customerKey) keys.add(m.customerKey);
      else unknown++;
    }
    const shared = [...(features.get(root) ?? new Map<string, number>())]
      .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .map(([f]) => f);
    members.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id));
    clusters.push({ members, customers: keys.size, unattributed: unknown, shared });
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
