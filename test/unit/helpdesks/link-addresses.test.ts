import { expect, test } from 'vitest';
import { blockText, htmlText } from '../../../lib/helpdesks/dom-text';
import { parseHtml } from '../support/cases';

// A message read as HTML (a page's, or an HTML body from an API) keeps a link's address after its text, as
// Jira's API text does; the helpdesk's own links, mentions and downloads add nothing.
const text = (html: string) => blockText(parseHtml(`<div>${html}</div>`).body);

test.each([
  [
    'a web link with text of its own',
    'See the <a href="https://status.acme.example/incidents/77">status page</a>.',
    'See the status page (https://status.acme.example/incidents/77).',
  ],
  [
    'a bug in Jira',
    'Filed as <a href="http://jira.acme.example/browse/ENG-4521"><span>ENG-4521</span></a>',
    'Filed as ENG-4521 (http://jira.acme.example/browse/ENG-4521)',
  ],
  [
    'a link that is its address',
    '<a href="https://portal.acme.example/">https://portal.acme.example</a>',
    'https://portal.acme.example',
  ],
  [
    'its address without the scheme',
    '<a href="https://portal.acme.example/sso">portal.acme.example/sso</a>',
    'portal.acme.example/sso',
  ],
  [
    'a link in the helpdesk (relative)',
    'Assigned to <a href="/agent/users/381">Sam Rivera</a>',
    'Assigned to Sam Rivera',
  ],
  ['a javascript: link', '<a href="javascript:alert(1)">Show more</a>', 'Show more'],
  ['a mail link', 'Write to <a href="mailto:dana@northwind.example">Dana</a>', 'Write to Dana'],
  ['a mention', 'Thanks <a href="https://acme.zendesk.com/agent/users/381">@Sam Rivera</a>', 'Thanks @Sam Rivera'],
  [
    'a Jira user card',
    '<a class="user-hover" href="https://acme.atlassian.net/secure/ViewProfile.jspa?accountId=5b10">Sam Rivera</a> fixed it',
    'Sam Rivera fixed it',
  ],
  [
    'a marked mention',
    '<a data-mention-id="5b10" href="https://acme.atlassian.net/people/5b10">Sam Rivera</a>',
    'Sam Rivera',
  ],
  ['a download', '<a download href="https://files.acme.example/trace.har?sig=a1">trace.har</a>', 'trace.har'],
  ['an image link', '<a href="https://acme.example/"><img src="logo.png" alt="Acme"></a>Hi', 'Hi'],
])('%s', (_name, html, shown) => {
  expect(text(html)).toBe(shown);
});

test('an HTML body from an API keeps it too', () => {
  const page = parseHtml('');
  expect(htmlText('<p>Tracked in <a href="https://github.com/acme/app/issues/812">#812</a></p>', page)).toBe(
    'Tracked in #812 (https://github.com/acme/app/issues/812)',
  );
});
