import { describe, expect, test } from 'vitest';
import { splitLinks } from '../../lib/brief/links';
import { renderBrief } from '../../lib/brief/render';
import { draft, OPTS } from './brief-fixture';

const md = (description: string) => renderBrief(draft({ summary: 's', description }), 'markdown', 'en', OPTS);

// GitHub-flavoured renderers link a bare "www." address themselves, up to the next space, backslashes
// and all: an escape inside one became part of the address it opened (…q=a%5C&b=c).
describe('Markdown: an address is a link whatever it starts with, and nothing in it is escaped', () => {
  test.each([
    ['www.example.com/search?q=a&b=c', '<https://www.example.com/search?q=a&b=c>'],
    ['see www.example.com/docs#install.', 'see <https://www.example.com/docs#install>.'],
    ['(www.example.com/~sam/a_(b)_c)', '(<https://www.example.com/~sam/a_(b)_c>)'],
    ['WWW.Example.com/a*b*c', '<https://WWW.Example.com/a*b*c>'],
    ['HTTPS://Example.com/A_*b*?x=1&y=2', '<https://Example.com/A_*b*?x=1&y=2>'],
    ['Http://example.com/~a', '<http://example.com/~a>'],
  ])('%s', (typed, written) => {
    expect(md(typed)).toContain(`\n${written}\n`);
  });

  test.each([
    ['xwww.example.com/a&b', 'xwww.example.com/a\\&b'],
    ['mail sam@www.example.com', 'mail sam@www.example.com'],
    ['a.www.example.com/#b', 'a.www.example.com/\\#b'],
    ['www. and www.', 'www. and www.'],
  ])('%s is no address of its own and stays text', (typed, written) => {
    expect(md(typed)).toContain(`\n${written}\n`);
  });

  test('an upper-case scheme is a link in every format, written in lower case', () => {
    expect(splitLinks('see HTTPS://x.example/a.')).toEqual(['see ', 'HTTPS://x.example/a', '.']);
    const e = draft({ summary: 's', description: 'see HTTPS://x.example/*a*_b_c now' });
    expect(renderBrief(e, 'jira', 'en', OPTS)).toContain('see https://x.example/*a*_b_c now');
    expect(renderBrief(e, 'slack', 'en', OPTS)).toContain('see https://x.example/*a*_b_c now');
  });

  test('rich text links a www. address to its https:// address, shown as typed', () => {
    const html = renderBrief(
      draft({ summary: 's', supporting: { links: ['www.example.com/a?b=1&c=2'] } }),
      'html',
      'en',
      OPTS,
    );
    expect(html).toContain('<a href="https://www.example.com/a?b=1&#38;c=2">www.example.com/a?b=1&#38;c=2</a>');
  });
});

describe('Slack: a www. address is a link, with nothing in it turned into a look-alike', () => {
  test.each([
    ['www.example.com/path_(x)', 'https://www.example.com/path_(x)'],
    ['see www.example.com/*a*b now', 'see https://www.example.com/*a*b now'],
  ])('%s', (typed, written) => {
    const slack = renderBrief(draft({ summary: 's', description: typed }), 'slack', 'en', OPTS);
    expect(slack).toContain(`\n${written}\n`);
  });
});
