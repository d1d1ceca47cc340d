// Helpdesk API bodies are untrusted: these guards read them without trusting their shape, and stay
// small enough for the content script (the resulting TicketContext is zod-validated on receipt).

export type Json = unknown;

export function obj(v: Json): Record<string, Json> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Json>) : undefined;
}

export function arr(v: Json): Json[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: Json): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

// A count an API gives (messages_count, threadCount, total), as a number or its digits. Anything else
// (12.5, -3, "Infinity", 1e300) is no count: taken at its word it would make the thread's total no whole
// number, which the panel refuses with the whole read.
export function count(v: Json): number | undefined {
  const n = typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

export function idOf(v: Json): string | undefined {
  return typeof v === 'number' || typeof v === 'string' ? String(v) : undefined;
}

export function byId(list: Json): Map<string, Record<string, Json>> {
  const out = new Map<string, Record<string, Json>>();
  for (const item of arr(list)) {
    const o = obj(item);
    const id = o && idOf(o.id);
    if (o && id) out.set(id, o);
  }
  return out;
}

// A helpdesk's custom-field object as text values (numbers and booleans written out; empty ones left out).
export function scalars(v: Json): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(obj(v) ?? {})) {
    const s = typeof x === 'boolean' ? String(x) : str(x);
    if (s) out[k] = s;
  }
  return Object.keys(out).length ? out : undefined;
}
