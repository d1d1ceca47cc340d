import { describe, expect, test } from 'vitest';
import { link, threadLine, unlink } from '../../lib/patterns/draft-links';
import { createLibrary } from '../../lib/patterns/library';
import { draft, webhooksLate } from './engine-draft';

// A stored escalation whose summary was never written.
function emptyco() {
  const lib = createLibrary();
  lib.put(
    webhooksLate('empty1', 'Emptyco', { summary: '', ticketUrl: 'https://acme.zendesk.com/agent/tickets/empty1' }),
    'record',
  );
  const entry = lib.entry('empty1');
  if (!entry) throw new Error('not stored');
  return entry;
}

describe('linking a match without a summary', () => {
  test('the supporting-threads line says "(no summary)", as the list does, in the brief\'s language', () => {
    expect(threadLine(emptyco(), 'en')).toBe('Emptyco: (no summary) — https://acme.zendesk.com/agent/tickets/empty1');
    expect(threadLine(emptyco(), 'zh-CN')).toBe('Emptyco：（无摘要） — https://acme.zendesk.com/agent/tickets/empty1');
  });

  test('Link writes that line and Unlink takes it away again', () => {
    const d = draft({ id: 'draft-1', key: 'zendesk:900' });
    const linked = { ...d, ...link(d, emptyco()) };
    expect(linked.supporting.threads).toEqual([
      'Emptyco: (no summary) — https://acme.zendesk.com/agent/tickets/empty1',
    ]);
    const edited = {
      ...linked,
      supporting: { ...linked.supporting, threads: [`${linked.supporting.threads[0]} (same bug)`] },
    };
    expect(unlink(edited, 'empty1').supporting.threads).toEqual([]);
  });
});
