import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';

// The modules the panel's first scripts hold: those the side panel's entry imports, and those they import,
// following static imports only (import() and type imports load nothing at first paint).
function firstPaintModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^import (?!type )(?:[^'";]*? from )?'(\.[^']+)';/gm)) {
      const base = resolve(dirname(file), spec as string);
      const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => existsSync(f));
      if (found) visit(found);
    }
  };
  visit(resolve(entry));
  return new Set([...seen].map((f) => f.slice(resolve('.').length + 1)));
}

const panel = firstPaintModules(join('entrypoints', 'sidepanel', 'main.tsx'));

test('the side panel first draws the draft: its first scripts hold the editor, triage and the ticket read', () => {
  for (const module of [
    'components/EscalationEditor.tsx',
    'lib/escalation/assess.ts',
    'lib/escalation/prefill.ts',
    'lib/platform/draft-store.ts',
  ]) {
    expect(panel).toContain(module);
  }
});

test('what is needed only after the draft is drawn, or after a click, loads then, not with the first scripts', () => {
  const later = [
    // The similar escalations: reading storage, indexing, and what a match does to the draft.
    'lib/platform/pattern-source.ts',
    'lib/patterns/live-library.ts',
    'lib/patterns/draft-links.ts',
    'lib/patterns/input.ts',
    // The Escalations tab's rows, read once the panel is idle, and its clock.
    'lib/platform/record-index.ts',
    'components/escalations/useClock.ts',
    'lib/followup/schedule.ts',
    'lib/followup/cadence.ts',
    // Mark as escalated: the record and its follow-ups.
    'lib/platform/record-store.ts',
    'lib/followup/actions.ts',
  ];
  expect(later.filter((module) => panel.has(module))).toEqual([]);
});
