import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import { draft, OPTS } from './brief-fixture';

const ZWSP = '\u200b';

// Jira's renderer escapes a "&" for HTML unless it starts an entity, which it keeps (atlassian-renderer's
// HtmlEscaper): "&lt;b&gt;" typed in a ticket showed as "<b>" and "&copy;" as "©".
describe('Jira: an HTML entity typed in the ticket shows as typed', () => {
  const jira = renderBrief(
    draft({
      summary: 'Invoice shows &lt;b&gt;',
      description: 'Footer: &copy; &nbsp; &shy; &#169; &#x3C;. AT&T & co; a&b',
    }),
    'jira',
    'en',
    OPTS,
  );

  test('in the title', () => {
    expect(jira).toContain(`Invoice shows &${ZWSP}lt;b&${ZWSP}gt;`);
  });

  test('in the description; a "&" that starts no entity stays as typed', () => {
    expect(jira).toContain(
      `Footer: &${ZWSP}copy; &${ZWSP}nbsp; &${ZWSP}shy; &${ZWSP}\\#169; &${ZWSP}\\#x3C;. AT&T & co; a&b`,
    );
  });
});
