import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import { draft, FULL, OPTS } from './brief-fixture';

// CommonMark reads two "-" lists with a blank line between them as one loose list, each item a paragraph
// of its own: the asks and the deadline are written as the one tight list they are read as.
describe("Markdown: What's Needed is one tight list", () => {
  test('the asks, then the deadline', () => {
    expect(renderBrief(FULL, 'markdown', 'en', OPTS)).toContain(
      [
        "### What's Needed",
        '- Investigate root cause: Why the export cursor expires after page 100',
        '- Prioritize fix: Needed before the month-end close',
        '- **Deadline:** Nov 23, 2026, 5:00 PM UTC',
        '',
        '### Supporting Context',
      ].join('\n'),
    );
  });

  test('the deadline alone', () => {
    const md = renderBrief(draft({ summary: 's', needed: { deadline: '2026-11-23T17:00' } }), 'markdown', 'en', OPTS);
    expect(md).toContain("### What's Needed\n- **Deadline:** Nov 23, 2026, 5:00 PM UTC\n");
  });
});
