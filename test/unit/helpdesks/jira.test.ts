import { describe, expect, test, vi } from 'vitest';
import { TicketContext } from '../../../lib/escalation/model';
import { draftFromTicket } from '../../../lib/escalation/prefill';
import { adfToText, wikiToText } from '../../../lib/helpdesks/adf';
import { apiBase, bodyText, commentRole, jira, jiraSite } from '../../../lib/helpdesks/jira';
import { hostMatches } from '../../../lib/helpdesks/registry';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { trackerRefs } from '../../../lib/patterns/refs';
import { caseFetch, caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'jira');
if (!file) throw new Error('test/fixtures/jira/cases.json is missing');
const [ordinary, hard] = file.cases as [FixtureCase, FixtureCase];
const ORIGIN = 'https://acme.atlassian.net';
const ISSUE_API = '/rest/api/2/issue/SUP-1234?fields=*navigable,-comment';
const COMMENTS_API = '/rest/api/2/issue/SUP-1234/comment?startAt=0&maxResults=100&expand=properties';
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const page = (c: FixtureCase) => parseHtml(fixtureText('jira', c.page));
const fixtureJson = (name: string) => JSON.parse(fixtureText('jira', name)) as Record<string, unknown>;

type Answer = { status?: number; body?: unknown; bad?: boolean };
// A fake same-origin API: exact path+query -> answer; anything else is 403.
function fakeApi(routes: Record<string, Answer | (() => Answer)>) {
  return vi.fn<FetchLike>(async (url) => {
    const u = new URL(url);
    const route = routes[u.pathname + u.search];
    const a =
      typeof route === 'function' ? route() : (route ?? { status: 403, body: { errorMessages: ['Forbidden'] } });
    const status = a.status ?? 200;
    return {
      ok: status < 300,
      status,
      json: async () => {
        if (a.bad) throw new SyntaxError("Unexpected token '<'");
        return a.body;
      },
    };
  });
}

const ordinaryRoutes = (): Record<string, Answer> => ({
  [ISSUE_API]: { body: fixtureJson('api-issue-SUP-1234.json') },
  [COMMENTS_API]: { body: fixtureJson('api-comments-SUP-1234.json') },
});

describe('jira URLs', () => {
  test.each([
    ['https://acme.atlassian.net/browse/SUP-1234', 'SUP-1234'],
    ['https://acme.atlassian.net/browse/sup-1234', 'SUP-1234'],
    ['https://acme.atlassian.net/browse/SUP-1234?focusedCommentId=20103', 'SUP-1234'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/7/SUP-1234', 'SUP-1234'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/issue/SUP-1234', 'SUP-1234'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/issues/SUP-1234', 'SUP-1234'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/7?selectedIssue=SUP-1301', 'SUP-1301'],
    ['https://acme.atlassian.net/jira/software/c/projects/SUP/boards/12?selectedIssue=SUP-77', 'SUP-77'],
    // The issue selected in the side panel is the one on screen, not the one the path was opened on.
    [
      'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/7/SUP-1234?selectedIssue=SUP-1301',
      'SUP-1301',
    ],
    // Data Center on the customer's own domain, with and without a context path.
    ['https://jira.example.com/jira/browse/OPS-9', 'OPS-9'],
    ['https://support.example.org/projects/SD/queues/custom/1/SD-12', 'SD-12'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/7', null],
    ['https://acme.atlassian.net/browse/SUP', null],
    ['https://acme.atlassian.net/browse/1234-5', null],
    ['https://acme.atlassian.net/browse/SUP-12/edit', null],
    ['https://acme.atlassian.net/jira/software/c/projects/SUP/boards/12?selectedIssue=not-a-key', null],
    ['https://acme.atlassian.net/browse/SUP-1234?selectedIssue=', 'SUP-1234'],
    ['https://acme.atlassian.net/wiki/spaces/ENG/pages/1?selectedIssue=SUP-1', null],
    ['https://acme.atlassian.net/jira/your-work', null],
    // The customer portal's view of a request, on Cloud and on Data Center.
    ['https://acme.atlassian.net/servicedesk/customer/portal/2/SUP-1234', 'SUP-1234'],
    ['https://jira.example.com/jira/servicedesk/customer/portal/1/SD-12/', 'SD-12'],
    ['https://acme.atlassian.net/servicedesk/customer/portal/2', null],
    ['https://acme.atlassian.net/servicedesk/customer/portal/2/group/5', null],
    ['https://acme.atlassian.net/servicedesk/customer/user/requests', null],
  ])('%s -> %s', (href, key) => {
    expect(jiraSite.ticketIn(new URL(href))?.ticketId ?? null).toBe(key);
  });

  test.each([
    ['acme.atlassian.net', true],
    ['support.acme.atlassian.net', true],
    ['atlassian.net', false],
    ['acme.atlassian.net.evil.example', false],
    ['acme-atlassian.net', false],
  ])('host %s is Jira Cloud: %s', (host, yes) => {
    expect(jiraSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });

  test.each([
    ['/browse/SUP-1', ''],
    ['/jira/browse/SUP-1', '/jira'],
    ['/jira/servicedesk/projects/SUP/queues/custom/7/SUP-1', ''],
    ['/jira/software/c/projects/SUP/boards/12', ''],
    ['/jira/projects/SD/queues/custom/1/SD-12', '/jira'],
    ['/support/secure/RapidBoard.jspa', '/support'],
    ['/servicedesk/customer/portal/2/SUP-1', ''],
    ['/jira/servicedesk/customer/portal/1/SD-12', '/jira'],
  ])('REST API base of %s is "%s"', (path, base) => {
    expect(apiBase(new URL(path, 'https://jira.example.com'), parseHtml(''))).toBe(base);
  });

  // Data Center names its context path in the page; the address alone cannot tell /jira/servicedesk/… under
  // /jira from Cloud's /jira/servicedesk/… at the root.
  const contextPage = (path: string) => parseHtml(`<head><meta name="ajs-context-path" content="${path}"></head>`);
  test.each([
    ['/jira/servicedesk/projects/SD/queues/custom/1/SD-12', '/jira', '/jira'],
    ['/jira/projects/SD/queues/custom/1/SD-12', '/jira', '/jira'],
    ['/support/jira/browse/SD-12', '/support/jira/', '/support/jira'],
    ['/browse/SD-12', '', ''],
    // Not the start of the address, or not a path on this site: the address says.
    ['/jira/browse/SD-12', '/other', '/jira'],
    ['/jira/browse/SD-12', '//evil.example', '/jira'],
    ['/jirafoo/browse/SD-12', '/jira', '/jirafoo'],
  ])('with the page’s context path, REST API base of %s (page says "%s") is "%s"', (path, context, base) => {
    expect(apiBase(new URL(path, 'https://jira.example.com'), contextPage(context))).toBe(base);
  });
});

describe('wiki markup (REST v2, Data Center) to text', () => {
  test.each([
    ['h2. Steps to reproduce', 'Steps to reproduce'],
    ['bq. quoted line', '> quoted line'],
    ['* one\n* two\n** nested', '- one\n- two\n- nested'],
    ['# first\n# second\n## sub\n# third\n\n# again', '1. first\n2. second\n1. sub\n3. third\n\n1. again'],
    ['- dash item', '- dash item'],
    ['{code:java}\nint *x* = a_b_c;\n  return [x|y];\n{code}', 'int *x* = a_b_c;\nreturn [x|y];'],
    ['before {noformat}*raw* _text_{noformat} after', 'before\n*raw* _text_\nafter'],
    [
      'See [the docs|https://docs.example/x] and [https://example.com]',
      'See the docs (https://docs.example/x) and https://example.com',
    ],
    ['[https://same.example|https://same.example]', 'https://same.example'],
    ['ping [~accountid:5b10ac8d] and [~jsmith]', 'ping @5b10ac8d and @jsmith'],
    ['*bold* _italic_ +under+ -strike- ^sup^ ~sub~ {{mono}} ??cite??', 'bold italic under strike sup sub mono cite'],
    ['snake_case_name, 2026-11-18, ls -la, a*b*c', 'snake_case_name, 2026-11-18, ls -la, a*b*c'],
    ['**markdown** and <img src=x onerror=alert(1)>', '**markdown** and <img src=x onerror=alert(1)>'],
    [
      '||Env||Result||\n|prod|fail|\n|staging|[ok|https://ci.example/1]|',
      'Env | Result\nprod | fail\nstaging | ok (https://ci.example/1)',
    ],
    ['{color:red}Red alert{color} {quote}quoted{quote}', 'Red alert\n> quoted'],
    [
      '{quote}On Monday you said it was fixed{quote}\nIt is not fixed.',
      '> On Monday you said it was fixed\nIt is not fixed.',
    ],
    [
      'You wrote:\n{quote}\nh3. Workaround\n* export in *batches*\n\nof 5,000 rows\n{quote}\nThat fails too.',
      'You wrote:\n> Workaround\n> - export in batches\n\n> of 5,000 rows\nThat fails too.',
    ],
    ['{quote}unclosed quote', 'unclosed quote'],
    ['line one\\\\line two', 'line one\nline two'],
    ['escaped \\*not bold\\* and \\[not a link\\]', 'escaped *not bold* and [not a link]'],
    ['!screenshot.png|thumbnail! attached', '[screenshot.png] attached'],
    ['above\n----\nbelow', 'above\n\nbelow'],
  ])('%j', (wiki, text) => {
    expect(wikiToText(wiki)).toBe(text);
  });
});

describe('a quote in a Jira comment', () => {
  test.each([
    ['wiki markup', '{quote}On Monday you said it was fixed{quote}\nIt is still broken for all 40 users.'],
    ['a bq. line', 'bq. On Monday you said it was fixed\nIt is still broken for all 40 users.'],
    [
      'ADF',
      {
        type: 'doc',
        version: 1,
        content: [
          {
            type: 'blockquote',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'On Monday you said it was fixed' }] }],
          },
          { type: 'paragraph', content: [{ type: 'text', text: 'It is still broken for all 40 users.' }] },
        ],
      },
    ],
  ])('in %s is not taken for the customer’s own words', (_name, body) => {
    const text = bodyText(body);
    const draft = draftFromTicket(
      {
        helpdesk: 'jira',
        ticketId: 'SUP-1',
        url: 'https://acme.atlassian.net/browse/SUP-1',
        source: 'api',
        missing: [],
        messages: [{ role: 'customer', text }],
      },
      { id: 'd1', now: new Date('2026-11-30T12:00:00Z') },
    );
    expect(draft.description).toBe('It is still broken for all 40 users.');
    // The thread in the panel shows the quote, marked as a mail quote is.
    expect(text).toBe('> On Monday you said it was fixed\nIt is still broken for all 40 users.');
  });
});

describe('Atlassian Document Format (REST v3) to text', () => {
  const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
  const p = (...content: unknown[]) => ({ type: 'paragraph', content });
  const t = (text: string, marks?: unknown[]) => ({ type: 'text', text, ...(marks ? { marks } : {}) });
  const li = (...content: unknown[]) => ({ type: 'listItem', content });

  test.each([
    [
      'heading and paragraph',
      doc({ type: 'heading', attrs: { level: 2 }, content: [t('Impact')] }, p(t('400 users'))),
      'Impact\n400 users',
    ],
    [
      'bold and italic marks are dropped',
      doc(p(t('very', [{ type: 'strong' }]), t(' '), t('broken', [{ type: 'em' }]))),
      'very broken',
    ],
    [
      'link keeps its address',
      doc(p(t('status page', [{ type: 'link', attrs: { href: 'https://status.example' } }]))),
      'status page (https://status.example)',
    ],
    [
      'mention',
      doc(p(t('cc '), { type: 'mention', attrs: { id: '5b10', text: '@Priya Natarajan' } })),
      'cc @Priya Natarajan',
    ],
    ['mention without @', doc(p({ type: 'mention', attrs: { id: '5b10', text: 'Sam' } })), '@Sam'],
    ['hard break', doc(p(t('one'), { type: 'hardBreak' }, t('two'))), 'one\ntwo'],
    [
      'bullet and ordered lists',
      doc(
        { type: 'bulletList', content: [li(p(t('a'))), li(p(t('b')))] },
        { type: 'orderedList', attrs: { order: 3 }, content: [li(p(t('c'))), li(p(t('d')))] },
      ),
      '- a\n- b\n3. c\n4. d',
    ],
    [
      'code block stays verbatim',
      doc({ type: 'codeBlock', attrs: { language: 'js' }, content: [t('if (a && *b*) {}')] }),
      'if (a && *b*) {}',
    ],
    [
      'table rows',
      doc({
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableHeader', content: [p(t('Env'))] },
              { type: 'tableHeader', content: [p(t('Result'))] },
            ],
          },
          {
            type: 'tableRow',
            content: [
              { type: 'tableCell', content: [p(t('prod'))] },
              { type: 'tableCell', content: [p(t('fail'))] },
            ],
          },
        ],
      }),
      'Env | Result\nprod | fail',
    ],
    [
      'inline card, emoji, status, date',
      doc(
        p(
          { type: 'inlineCard', attrs: { url: 'https://x.example/1' } },
          t(' '),
          { type: 'emoji', attrs: { shortName: ':fire:', text: '🔥' } },
          t(' '),
          { type: 'status', attrs: { text: 'BLOCKED' } },
          t(' '),
          { type: 'date', attrs: { timestamp: '1794960000000' } },
        ),
      ),
      'https://x.example/1 🔥 BLOCKED 2026-11-18',
    ],
    [
      'markup in text is literal',
      doc(p(t('<img src=x onerror=alert(1)> **markdown**'))),
      '<img src=x onerror=alert(1)> **markdown**',
    ],
    [
      'a quote keeps its mark',
      doc({ type: 'blockquote', content: [p(t('On Monday you said it was fixed')), p(t('Sam'))] }, p(t('It is not.'))),
      '> On Monday you said it was fixed\n> Sam\nIt is not.',
    ],
    ['garbage', { type: 'doc', content: 'nope' }, ''],
  ])('%s', (_name, adf, text) => {
    expect(adfToText(adf)).toBe(text);
  });
});

describe('a quote in a Jira comment read from the page', () => {
  // Without the API the reader takes the issue view's text, where a quoted passage ({quote}, bq., an ADF
  // blockquote) is a <blockquote>.
  const quoting = fixtureText('jira', ordinary.page)
    .replace(
      '<p>Metadata URL is',
      '<blockquote><p>Is the site down for everyone on your team?</p><p>ERROR PreviousError: old thing</p></blockquote><p>Metadata URL is',
    )
    .replace(
      '<p>We restored the previous',
      '<blockquote><p>Still failing for everyone.</p><blockquote><p>Is the site down?</p></blockquote></blockquote><p>We restored the previous',
    );
  const read = () => jira.read(parseHtml(quoting), new URL(ordinary.url), caseFetch('jira', ordinary, 403));

  test('is shown with "> " before each of its lines, as a quote read from the API is', async () => {
    const t = await read();
    expect(t.source).toBe('dom');
    expect(t.messages?.[3]?.text).toBe(
      '> Is the site down for everyone on your team?\n> ERROR PreviousError: old thing\nMetadata URL is https://acme.okta.com/app/exk1/sso/saml/metadata. Still failing for everyone on the EU tenant.',
    );
    expect(t.messages?.[4]?.text).toBe(
      '> Still failing for everyone.\n> > Is the site down?\nWe restored the previous certificate as a secondary signing key. Please try again and tell us if it works.',
    );
  });

  test('is not taken for the writer’s own words: no criterion, evidence or last update from it', async () => {
    const draft = draftFromTicket(await read(), { id: 'd1', now: new Date('2026-11-30T13:00:00Z') });
    expect(draft.triage.answers['production-down']).toBeUndefined();
    expect(draft.repro.evidence).toEqual([
      'ERROR SamlResponseValidator: signature does not match any trusted certificate (kid=okta-2026-11)',
    ]);
    expect(draft.communication.lastUpdate.text).toBe(
      'We restored the previous certificate as a secondary signing key. Please try again and tell us if it works.',
    );
  });
});

describe('comment roles', () => {
  const reporter = 'qm:dana';
  test.each([
    ['jsdPublic false is an internal note', { jsdPublic: false, author: { accountId: reporter } }, 'note'],
    [
      'sd.public.comment internal',
      { properties: [{ key: 'sd.public.comment', value: { internal: true } }], author: { accountId: 'x' } },
      'note',
    ],
    [
      'sd.public.comment internal as a string',
      { properties: [{ key: 'sd.public.comment', value: { internal: 'true' } }] },
      'note',
    ],
    [
      'restricted to a role',
      { visibility: { type: 'role', value: 'Administrators' }, author: { accountId: 'x' } },
      'note',
    ],
    [
      'public property is not a note',
      { properties: [{ key: 'sd.public.comment', value: { internal: false } }], author: { accountId: 'x' } },
      'agent',
    ],
    ['the reporter is the customer', { jsdPublic: true, author: { accountId: reporter } }, 'customer'],
    [
      'a portal customer account',
      { jsdPublic: true, author: { accountId: 'qm:other', accountType: 'customer' } },
      'customer',
    ],
    ['Data Center: the reporter by key', { author: { key: reporter, name: 'dana' } }, 'customer'],
    ['anyone else is an agent', { jsdPublic: true, author: { accountId: 'sam', accountType: 'atlassian' } }, 'agent'],
    ['no author', { jsdPublic: true }, 'agent'],
  ])('%s', (_name, comment, role) => {
    expect(commentRole(comment as Record<string, unknown>, reporter)).toBe(role);
  });

  test('without a known reporter only portal customers are customers', () => {
    expect(commentRole({ author: { accountId: 'qm:dana' } }, undefined)).toBe('agent');
    expect(commentRole({ author: { accountId: 'qm:dana', accountType: 'customer' } }, undefined)).toBe('customer');
  });
});

describe('reading through the Jira REST API', () => {
  test('reads every field of the ordinary issue, its SLA and its thread', async () => {
    const fetchFn = fakeApi(ordinaryRoutes());
    const t = await jira.read(parseHtml('<p>loading</p>'), new URL(ordinary.url), fetchFn);
    expect(t).toMatchObject({
      source: 'api',
      ticketId: 'SUP-1234',
      requester: { name: 'Dana Whitfield', email: 'dana@acme.example' },
      organization: 'Acme Corp',
      // The Time to resolution breach, not the completed first-response cycle.
      dueAt: '2026-11-19T17:00:00+0000',
    });
    expect(t.messages?.map((m) => m.author)).toEqual([
      'Dana Whitfield',
      'Sam Rivera',
      'Sam Rivera',
      'Dana Whitfield',
      'Sam Rivera',
    ]);
    expect(t.messages?.[2]?.at).toBe('2026-11-18T10:20:00.000+0000');
    expect(t.messages?.[3]?.text).toBe(
      'Metadata URL is https://acme.okta.com/app/exk1/sso/saml/metadata. Still failing for everyone on the EU tenant.',
    );
  });

  test('only reads: credentialed GETs to the page origin, the issue and its comments', async () => {
    const fetchFn = fakeApi(ordinaryRoutes());
    await jira.read(parseHtml(''), new URL(ordinary.url), fetchFn);
    expect(fetchFn.mock.calls.map(([url]) => url).sort()).toEqual(
      [`${ORIGIN}${COMMENTS_API}`, `${ORIGIN}${ISSUE_API}`].sort(),
    );
    for (const [, init] of fetchFn.mock.calls) {
      const options = (init ?? {}) as Record<string, unknown>;
      expect(options.method ?? 'GET').toBe('GET');
      expect(options.body).toBeUndefined();
      expect(options.credentials).toBe('include');
    }
  });

  test('Data Center under a context path calls its REST API under that path', async () => {
    const fetchFn = fakeApi({
      '/jira/rest/api/2/issue/OPS-9?fields=*navigable,-comment': {
        body: {
          key: 'OPS-9',
          fields: {
            summary: 'Disk full on build agents',
            reporter: { key: 'JIRAUSER1', name: 'ann', displayName: 'Ann Lee' },
          },
        },
      },
      '/jira/rest/api/2/issue/OPS-9/comment?startAt=0&maxResults=100&expand=properties': {
        body: {
          startAt: 0,
          maxResults: 100,
          total: 2,
          comments: [
            {
              author: { key: 'JIRAUSER1', displayName: 'Ann Lee' },
              body: 'Still *full*.',
              created: '2026-11-20T10:00:00.000+0100',
            },
            {
              author: { key: 'JIRAUSER7', displayName: 'Bo Chan' },
              body: 'Cleaning /var/cache',
              properties: [{ key: 'sd.public.comment', value: { internal: true } }],
            },
          ],
        },
      },
    });
    const t = await jira.read(parseHtml(''), new URL('https://jira.example.com/jira/browse/OPS-9'), fetchFn);
    expect(t).toMatchObject({
      source: 'api',
      ticketId: 'OPS-9',
      subject: 'Disk full on build agents',
      requester: { name: 'Ann Lee' },
    });
    expect(t.messages).toEqual([
      { author: 'Ann Lee', role: 'customer', at: '2026-11-20T10:00:00.000+0100', text: 'Still full.' },
      { author: 'Bo Chan', role: 'note', text: 'Cleaning /var/cache' },
    ]);
  });

  test('Data Center under /jira, opened from a queue: the API is read under /jira, as the page says', async () => {
    const fetchFn = fakeApi({
      '/jira/rest/api/2/issue/SD-12?fields=*navigable,-comment': {
        body: {
          key: 'SD-12',
          fields: {
            summary: 'VPN drops every 20 minutes',
            reporter: { key: 'JIRAUSER3', displayName: 'Ann Lee' },
            issuelinks: [{ outwardIssue: { key: 'NET-4' } }],
          },
        },
      },
      '/jira/rest/api/2/issue/SD-12/comment?startAt=0&maxResults=100&expand=properties': {
        body: { startAt: 0, maxResults: 100, total: 0, comments: [] },
      },
    });
    const dc = parseHtml(
      '<html><head><meta name="ajs-context-path" content="/jira"><title>[SD-12] VPN drops</title></head><body></body></html>',
    );
    const url = 'https://jira.acme.example/jira/servicedesk/projects/SD/queues/custom/1/SD-12';
    const t = await jira.read(dc, new URL(url), fetchFn);
    expect(t).toMatchObject({ source: 'api', ticketId: 'SD-12', subject: 'VPN drops every 20 minutes' });
    expect(t.links).toEqual(['https://jira.acme.example/jira/browse/NET-4']);
  });

  test('Cloud: the API is read at the site root, the page’s empty context path or none', async () => {
    for (const head of ['<meta name="ajs-context-path" content="">', '']) {
      const fetchFn = fakeApi(ordinaryRoutes());
      const cloud = parseHtml(`<html><head>${head}</head><body></body></html>`);
      const t = await jira.read(cloud, new URL(ordinary.url), fetchFn);
      expect(t.source).toBe('api');
      expect(fetchFn.mock.calls.map(([u]) => u).sort()).toEqual(
        [`${ORIGIN}${COMMENTS_API}`, `${ORIGIN}${ISSUE_API}`].sort(),
      );
    }
  });

  test('organizations from any JSM organizations field; the due date when there is no SLA', async () => {
    const fetchFn = fakeApi({
      [ISSUE_API]: {
        body: {
          key: 'SUP-1234',
          fields: {
            summary: 'x',
            duedate: '2026-12-01',
            customfield_10700: [
              { id: '1', name: 'Acme', _links: { self: `${ORIGIN}/rest/servicedeskapi/organization/1` } },
              { id: '2', name: 'Acme EU', _links: { self: `${ORIGIN}/rest/servicedeskapi/organization/2` } },
            ],
            customfield_10701: [{ name: 'Not an organization', self: `${ORIGIN}/rest/api/2/version/3` }],
          },
        },
      },
      [COMMENTS_API]: { body: { startAt: 0, maxResults: 100, total: 0, comments: [] } },
    });
    const t = await jira.read(parseHtml(''), new URL(ordinary.url), fetchFn);
    expect(t).toMatchObject({ source: 'api', organization: 'Acme, Acme EU', dueAt: '2026-12-01T23:59:59' });
    expect(t.customFields).toBeUndefined();
    expect(t.missing).toContain('messages');
  });

  test('linked issues (the bug it was filed as, a duplicate request) become the draft’s related links', async () => {
    const linked = (key: string) => ({ key, fields: { summary: 's', status: { name: 'Open' } } });
    const fetchFn = fakeApi({
      [ISSUE_API]: {
        body: {
          key: 'SUP-1234',
          fields: {
            summary: 'x',
            issuelinks: [
              { type: { name: 'Problem/Incident', outward: 'causes' }, outwardIssue: linked('ENG-4521') },
              { type: { name: 'Duplicate', inward: 'is duplicated by' }, inwardIssue: linked('sup-1200') },
              { type: { name: 'Relates' }, outwardIssue: linked('ENG-4521') },
              { type: { name: 'Relates' }, outwardIssue: linked('javascript:alert(1)') },
              { type: { name: 'Relates' } },
              'not a link',
            ],
          },
        },
      },
      [COMMENTS_API]: { body: { startAt: 0, maxResults: 100, total: 0, comments: [] } },
    });
    const t = await jira.read(parseHtml(''), new URL(ordinary.url), fetchFn);
    expect(t.links).toEqual([`${ORIGIN}/browse/ENG-4521`, `${ORIGIN}/browse/SUP-1200`]);
    const draft = draftFromTicket(TicketContext.parse(t), { id: 'd', now: new Date('2026-11-30T12:00:00Z') });
    expect(draft.supporting.links).toEqual([`${ORIGIN}/browse/ENG-4521`, `${ORIGIN}/browse/SUP-1200`]);
    expect(draft.prefilled).toContain('supporting.links');
  });

  test('the customer portal’s view of a request is read through the API, as the agent’s view is', async () => {
    const portal = `${ORIGIN}/servicedesk/customer/portal/2/SUP-1234`;
    const [fromPortal, fromAgentView] = [
      await jira.read(parseHtml(''), new URL(portal), fakeApi(ordinaryRoutes())),
      await jira.read(parseHtml(''), new URL(ordinary.url), fakeApi(ordinaryRoutes())),
    ];
    expect({ ...fromPortal, url: undefined }).toEqual({ ...fromAgentView, url: undefined });
    expect(fromPortal.ticketId).toBe('SUP-1234');
    expect(fromPortal.messages?.length).toBeGreaterThan(1);
  });

  test('an issue without links adds none', async () => {
    const t = await jira.read(parseHtml(''), new URL(ordinary.url), fakeApi(ordinaryRoutes()));
    expect(t.links).toBeUndefined();
    const draft = draftFromTicket(TicketContext.parse(t), { id: 'd', now: new Date('2026-11-30T12:00:00Z') });
    expect(draft.supporting.links).toEqual([]);
    expect(draft.prefilled).not.toContain('supporting.links');
  });

  test('past the page cap: the first page and the newest pages, and the thread says it was cut', async () => {
    const comment = (n: number) => ({ author: { accountId: 's' }, body: `c${n}`, jsdPublic: true });
    const fetchFn = vi.fn<FetchLike>(async (url) => {
      const u = new URL(url);
      const body = u.pathname.endsWith('/comment')
        ? {
            startAt: Number(u.searchParams.get('startAt')),
            maxResults: 1,
            total: 5000,
            comments: [comment(Number(u.searchParams.get('startAt')))],
          }
        : { key: 'SUP-1234', fields: { summary: 'x' } };
      return { ok: true, status: 200, json: async () => body };
    });
    const t = await jira.read(parseHtml(''), new URL(ordinary.url), fetchFn);
    const commentCalls = fetchFn.mock.calls.filter(([url]) => url.includes('/comment?'));
    const newest = Array.from({ length: 9 }, (_, i) => 4991 + i);
    expect(commentCalls.map(([url]) => Number(new URL(url).searchParams.get('startAt')))).toEqual([0, ...newest]);
    expect(t.messages?.map((m) => m.text)).toEqual(['c0', ...newest.map((n) => `c${n}`)]);
    expect(t.truncated).toMatchObject({ keptMessages: 10, totalMessages: 5000 });
  });

  test.each<[string, unknown]>([
    ['5000.5', 5000.5],
    ['"Infinity"', 'Infinity'],
  ])('a comment total of %s is no count: the issue is read, with no cut notice', async (_name, total) => {
    const fetchFn = vi.fn<FetchLike>(async (url) => {
      const u = new URL(url);
      const body = u.pathname.endsWith('/comment')
        ? { startAt: 0, maxResults: 1, total, comments: [{ author: { accountId: 's' }, body: 'c0', jsdPublic: true }] }
        : { key: 'SUP-1234', fields: { summary: 'Export fails' } };
      return { ok: true, status: 200, json: async () => body };
    });
    const t = await jira.read(parseHtml(''), new URL(ordinary.url), fetchFn);
    expect(TicketContext.safeParse(t).success).toBe(true);
    expect(t).toMatchObject({ source: 'api', subject: 'Export fails' });
    expect(t.truncated).toBeUndefined();
  });
});

describe('comment pages without a usable total', () => {
  const comment = (n: number) => ({ author: { accountId: 's' }, body: `c${n}`, jsdPublic: true });
  // `per` comments a page, `length` in all (endless when Infinity), with the total the answer gives.
  const pages = (per: number, length: number, total?: unknown) =>
    vi.fn<FetchLike>(async (url) => {
      const u = new URL(url);
      const startAt = Number(u.searchParams.get('startAt'));
      const n = Math.max(0, Math.min(per, length - startAt));
      const body = u.pathname.endsWith('/comment')
        ? { startAt, maxResults: per, total, comments: Array.from({ length: n }, (_, i) => comment(startAt + i)) }
        : fixtureJson('api-issue-SUP-1234.json');
      return { ok: true, status: 200, json: async () => body };
    });

  test('no total: the pages are read on to the one that ends the list', async () => {
    const t = await jira.read(parseHtml(''), new URL(ordinary.url), pages(2, 5));
    expect(t.source).toBe('api');
    expect(t.messages?.slice(1).map((m) => m.text)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4']);
    expect(t.truncated).toBeUndefined();
  });

  test.each<[string, unknown]>([
    ['no total', undefined],
    ['a total the pages outgrow', 3],
  ])(
    '%s and more pages than the cap: the description and the pages read, then the page’s comments with its latest reply, and the thread says those between may be missing; the rest the API’s',
    async (_name, total) => {
      const fetchFn = pages(2, Number.POSITIVE_INFINITY, total);
      const t = await jira.read(page(ordinary), new URL(ordinary.url), fetchFn);
      expect(fetchFn.mock.calls.filter(([url]) => url.includes('/comment?'))).toHaveLength(10);
      expect(t).toMatchObject({ source: 'api', dueAt: '2026-11-19T17:00:00+0000' });
      // The page's description is the API's: once, first.
      expect(t.messages?.filter((m) => m.text === t.messages?.[0]?.text)).toHaveLength(1);
      expect(t.messages?.slice(1, 21).map((m) => m.text)).toEqual(Array.from({ length: 20 }, (_, i) => `c${i}`));
      expect(roles(t)?.slice(21)).toEqual(['agent', 'note', 'customer', 'agent']);
      expect(t.messages?.at(-1)?.author).toBe('Sam Rivera');
      expect(t.truncated).toMatchObject({ keptMessages: 25, uncounted: true });
    },
  );

  test('no total, more pages than the cap and no thread on the page: the thread is listed as not read', async () => {
    const t = await jira.read(parseHtml('<p>loading</p>'), new URL(ordinary.url), pages(2, Number.POSITIVE_INFINITY));
    expect(t.messages?.length ?? 0).toBe(0);
    expect(t.missing).toContain('messages');
  });
});

describe('falling back to the page when the API does not answer', () => {
  const otherIssue = () => ({ ...fixtureJson('api-issue-SUP-1234.json'), key: 'SUP-1199' });
  test.each<[string, Record<string, Answer>]>([
    ['403 Forbidden', {}],
    [
      '401 on the comments only',
      { [ISSUE_API]: { body: fixtureJson('api-issue-SUP-1234.json') }, [COMMENTS_API]: { status: 401, body: {} } },
    ],
    [
      'a body that is not JSON',
      { [ISSUE_API]: { bad: true }, [COMMENTS_API]: { body: fixtureJson('api-comments-SUP-1234.json') } },
    ],
    [
      'JSON for another issue',
      { [ISSUE_API]: { body: otherIssue() }, [COMMENTS_API]: { body: fixtureJson('api-comments-SUP-1234.json') } },
    ],
    ['JSON without an issue', { [ISSUE_API]: { body: { errorMessages: [] } }, [COMMENTS_API]: { body: {} } }],
  ])('%s', async (_name, routes) => {
    const fetchFn = fakeApi(routes);
    const t = await jira.read(page(ordinary), new URL(ordinary.url), fetchFn);
    expect(fetchFn).toHaveBeenCalled();
    expect(t).toMatchObject({
      source: 'dom',
      ticketId: 'SUP-1234',
      subject: 'SSO login loops back to the portal after the Okta certificate rotation',
      requester: { name: 'Dana Whitfield' },
    });
    expect(roles(t)).toEqual(['customer', 'agent', 'note', 'customer', 'agent']);
  });
});

describe('a link in a description read from the page', () => {
  test('keeps its address, as through the API, so the incident it points at is matched', async () => {
    const read = (status: number) =>
      jira.read(page(ordinary), new URL(ordinary.url), caseFetch('jira', ordinary, status));
    const [dom, api] = [await read(403), await read(200)];
    const lastLine = (t: TicketContext) => t.messages?.[0]?.text.split('\n').at(-1);
    expect(dom.source).toBe('dom');
    expect(lastLine(dom)).toBe(
      'About 400 users are blocked. See the incident page (https://status.acme.example/incidents/42).',
    );
    expect(lastLine(dom)).toBe(lastLine(api));
    expect(trackerRefs(dom.messages?.[0]?.text ?? '')).toEqual(['ref:status.acme.example/incidents/42']);
    // A link shown as its own address is not written twice.
    expect(dom.messages?.[0]?.text).toContain('every login to https://portal.acme.example ends');
  });
});

describe('reading the issue view', () => {
  test('reads only the issue of the URL, not a stale hidden view or the queue list', async () => {
    const t = await jira.read(page(ordinary), new URL(ordinary.url));
    const all = JSON.stringify(t);
    for (const other of ['Cannot reset password', 'Lee Park', 'Globex', 'password', 'Invoice PDF', 'Any update']) {
      expect(all).not.toContain(other);
    }
    // Comment footers (Edit, Delete) and the relative times are not message text.
    expect(t.messages?.[1]?.text).toBe(
      "Thanks Dana. Can you confirm the metadata URL your Okta app uses? I'd like to compare the certificate fingerprints.",
    );
    expect(t.messages?.[1]?.at).toBeUndefined();
  });

  test('views exist but none is the URL issue: reads nothing rather than another issue', async () => {
    const t = await jira.read(page(ordinary), new URL(`${ORIGIN}/browse/SUP-9999`));
    expect(t).toMatchObject({ source: 'dom', ticketId: 'SUP-9999' });
    expect(t.subject).toBeUndefined();
    expect(t.messages).toBeUndefined();
    expect(t.missing).toEqual([
      'subject',
      'status',
      'priority',
      'tags',
      'requester',
      'organization',
      'createdAt',
      'updatedAt',
      'dueAt',
      'messages',
    ]);
  });

  test('a page without issue views (the classic full-page view) is read whole', async () => {
    const html = `<h1 data-testid="issue.views.issue-base.foundation.summary.heading">Printer on fire</h1>
      <div data-testid="issue.views.field.rich-text.description"><p>Smoke &lt;everywhere&gt;</p></div>`;
    const t = await jira.read(parseHtml(html), new URL(`${ORIGIN}/browse/SUP-5`));
    expect(t).toMatchObject({
      subject: 'Printer on fire',
      messages: [{ role: 'customer', text: 'Smoke <everywhere>' }],
    });
  });

  test.each([
    ['an "Internal note" lozenge', '<span><span>Internal note</span></span>', 'note'],
    [
      'a restricted comment',
      '<div data-testid="issue-comment-base.ui.comment.custom-comment.restricted-to">Restricted</div>',
      'note',
    ],
    ['no marker, not the reporter', '', 'agent'],
  ])('comment with %s is read as %s', async (_name, marker, role) => {
    const part = 'issue-comment-base.ui.comment.ak-comment.7';
    const html = `<div data-testid="issue.views.field.user.reporter"><span data-testid="issue.views.field.user.reporter.name.wrapper">Dana</span></div>
      <div data-testid="comment-base-item-7"><div data-testid="${part}">
        <div data-testid="${part}-header"><h3>Sam</h3>${marker}<time datetime="2026-11-18T10:20:00Z">yesterday</time></div>
        <div data-testid="${part}-body"><p>Checked the tenant.</p></div></div></div>`;
    const t = await jira.read(parseHtml(html), new URL(`${ORIGIN}/browse/SUP-5`));
    expect(t.messages).toEqual([{ author: 'Sam', role, at: '2026-11-18T10:20:00Z', text: 'Checked the tenant.' }]);
  });
});

describe('hostile text', () => {
  const HOSTILE = '<img src=x onerror=alert(1)> **markdown** <script>alert(2)</script> `rm -rf` | pipe';
  test.each([
    ['API', 200],
    ['page', 403],
  ])('comes out literal through the %s', async (_name, status) => {
    const doc = page(hard);
    const t = await jira.read(doc, new URL(hard.url), caseFetch('jira', hard, status));
    expect(t.messages?.filter((m) => m.text.includes('onerror')).map((m) => m.text)).toEqual([HOSTILE]);
    expect(doc.querySelector('img[src="x"], script:not([type])')).toBeNull();
  });
});
