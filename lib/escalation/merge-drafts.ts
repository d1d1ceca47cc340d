import type { Escalation } from './model';

// When the save was made and what the engine suggested then say nothing about what the agent wrote.
const UNTRACKED = new Set(['updatedAt', 'suggested']);

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);

// The "from ticket" marks are a set: a mark either panel removed (the agent edited that field) is gone, one
// either added (the panel filled it) is there.
function mergeMarks(base: Json, mine: Json, theirs: Json): Json {
  const list = (v: Json) => (Array.isArray(v) ? v : []);
  const [b, m, t] = [list(base), list(mine), list(theirs)];
  return [...new Set([...m, ...t])].filter((p) => (b.includes(p) ? m.includes(p) && t.includes(p) : true));
}

function mergeValue(base: Json, mine: Json, theirs: Json, path: string, clashes: string[]): Json {
  if (same(mine, theirs) || same(theirs, base)) return mine;
  if (same(mine, base)) return theirs;
  if (path === 'prefilled') return mergeMarks(base, mine, theirs);
  // Objects merge field by field; lists and text are one value each (half of two lists is neither).
  if (isObject(base) && isObject(mine) && isObject(theirs)) {
    const out: Record<string, Json> = {};
    for (const k of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const at = path ? `${path}.${k}` : k;
      out[k] = UNTRACKED.has(at) ? mine[k] : mergeValue(base[k], mine[k], theirs[k], at, clashes);
    }
    return out;
  }
  clashes.push(path);
  return mine;
}

/**
 * Two panels' versions of one draft, both changed from `base` (what storage held when they parted): each
 * field one of them changed is taken from that one. Where both changed the same field differently, this
 * panel's (`mine`) is kept and the field is named in `clashes`, so the other version can be kept aside.
 */
export function mergeDrafts(
  base: Escalation,
  mine: Escalation,
  theirs: Escalation,
): { merged: Escalation; clashes: string[] } {
  const clashes: string[] = [];
  const merged = mergeValue(
    JSON.parse(JSON.stringify(base)),
    JSON.parse(JSON.stringify(mine)),
    JSON.parse(JSON.stringify(theirs)),
    '',
    clashes,
  ) as Escalation;
  return { merged, clashes };
}
