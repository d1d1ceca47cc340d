import { expect, test } from 'vitest';
import { assess } from '../../lib/escalation/assess';
import { handleNote } from '../../lib/escalation/handle-note';
import { draft, NOW } from './engine-draft';

const OFF = { emails: false, phones: false, keep: [] };

test('the note left on a ticket handled in support is masked as the brief is, and keeps result-only rows', () => {
  const d = draft(
    {
      summary: 'Webhook fails \u202egnp.exe\u202c for key sk_live_abcdefghijklmnop1234',
      tried: [
        { action: 'Rotated password: Hunter2Secret', result: 'works' },
        { action: ' ', result: 'Cache cleared, still fails' },
      ],
    },
    { 'documented-solution': true },
  );
  const note = handleNote(d, assess({ draft: d, now: NOW, agentTier: 'l1', timeZone: 'UTC' }), 'en', OFF);
  expect(note).toContain('Handled in support (not escalated)');
  expect(note).toContain('[API key removed]');
  expect(note).toContain('[secret removed]');
  expect(note).not.toMatch(/sk_live|Hunter2Secret|\u202e/);
  expect(note).toContain('- Cache cleared, still fails\n');
});
