import { describe, expect, test } from 'vitest';
import type { EscalationInput } from '../../lib/escalation/model';
import { MATCH_THRESHOLD } from '../../lib/patterns/index';
import { matchKey, patternInputOf } from '../../lib/patterns/input';
import { createLibrary, explain } from '../../lib/patterns/library';
import { trackerRef, trackerRefs } from '../../lib/patterns/refs';
import { compare, docOf } from '../../lib/patterns/similarity';
import { draft } from './engine-draft';

const NOW = new Date('2026-11-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const BUG = 'https://acme.atlassian.net/browse/ENG-4521';

describe('tracked bugs and incidents an address points at', () => {
  test.each([
    [BUG, 'ref:acme.atlassian.net/ENG-4521'],
    ['https://acme.atlassian.net/browse/ENG-4521?focusedCommentId=1#c1', 'ref:acme.atlassian.net/ENG-4521'],
    ['https://acme.atlassian.net/jira/servicedesk/projects/SUP/issues/SUP-1200', 'ref:acme.atlassian.net/SUP-1200'],
    ['https://jira.acme.com/jira/browse/OPS-7', 'ref:jira.acme.com/OPS-7'],
    ['https://github.com/Acme/App/issues/812', 'ref:github.com/acme/app/issues/812'],
    ['https://www.github.com/acme/app/pull/813/files', 'ref:github.com/acme/app/pull/813'],
    ['https://gitlab.com/acme/app/-/issues/77', 'ref:gitlab.com/acme/app/-/issues/77'],
    ['https://gitlab.acme.io/acme/app/-/merge_requests/9', 'ref:gitlab.acme.io/acme/app/-/merge_requests/9'],
    ['https://linear.app/acme/issue/PAY-88/refunds-fail', 'ref:linear.app/acme/issue/PAY-88'],
    ['https://linear.app/globex/issue/PAY-88', 'ref:linear.app/globex/issue/PAY-88'],
    ['https://acme.sentry.io/issues/4411223344/?project=2', 'ref:acme.sentry.io/issues/4411223344'],
    ['https://status.acme.com/incidents/x1y2z3w4v5', 'ref:status.acme.com/incidents/x1y2z3w4v5'],
    ['https://acme.pagerduty.com/incidents/Q1ABC2DEF3', 'ref:acme.pagerduty.com/incidents/q1abc2def3'],
    ['https://dev.azure.com/acme/app/_workitems/edit/5120', 'ref:dev.azure.com/acme/app/_workitems/edit/5120'],
    ['https://app.shortcut.com/acme/story/3141/export-cap', 'ref:app.shortcut.com/acme/story/3141'],
    ['https://app.incident.io/acme/incidents/212', 'ref:app.incident.io/acme/incidents/212'],
  ])('%s is %s', (address, ref) => {
    expect(trackerRef(address)).toBe(ref);
  });

  test.each([
    'https://acme.zendesk.com/agent/tickets/4830',
    'https://acme.freshdesk.com/a/tickets/58217',
    'https://github.com/acme/app/issues/new',
    'https://help.acme.com/issues/login-problems',
    'https://status.acme.com/incidents/history',
    'https://acme.atlassian.net/wiki/spaces/SUP/pages/123/Escalations',
    'https://docs.acme.com/exports',
    'https://docs.acme.com/sso/issues/error-500',
    'https://git.acme.com/projects/WEB/repos/web/browse/v2/src/app.ts',
    'https://acme.atlassian.net/browse/eng-4521',
    'https://github.com/acme/app/pull/new',
    'not a link',
  ])('%s is no tracked item', (address) => {
    expect(trackerRef(address)).toBeUndefined();
  });

  test('are read from the addresses in a text, each once', () => {
    expect(trackerRefs(`Engineering tracks it as ${BUG}. Dup of ${BUG}, see https://docs.acme.com/exports`)).toEqual([
      'ref:acme.atlassian.net/ENG-4521',
    ]);
  });
});

// Two reports of one bug in words that share nothing: the second agent found the bug Engineering filed.
const filed = (extra: Partial<EscalationInput> = {}) =>
  draft({
    id: 'filed',
    key: 'zendesk:100',
    status: 'escalated',
    summary: 'Reminder texts going out at 3am',
    description: 'SMS reminders are sent in the middle of the night.',
    customer: { name: '', email: '', account: 'Globex' },
    createdAt: daysAgo(5),
    log: [
      { at: daysAgo(5), kind: 'created', text: 'Escalated to Engineering' },
      { at: daysAgo(4), kind: 'update-team', text: `Engineering filed ${BUG}` },
    ],
    ...extra,
  });
const second = (extra: Partial<EscalationInput> = {}) =>
  draft({
    id: 'draft',
    key: 'zendesk:200',
    summary: "Patients getting 'see you tomorrow' message overnight",
    description: 'Our clinic staff say patients complain.',
    customer: { name: '', email: '', account: 'Initech' },
    supporting: { links: [BUG], threads: [], logs: [] },
    ...extra,
  });

describe('similar issues through a tracked bug', () => {
  test('a draft pointing at the bug another escalation was filed as is a match, and says so', () => {
    const lib = createLibrary();
    lib.put(filed(), 'record');
    const s = lib.similar(second(), { now: NOW });
    expect(s.matches.map((m) => m.entry.id)).toEqual(['filed']);
    expect(
      explain(s.matches[0]?.match?.matched ?? { words: [], codes: [], concepts: [], tags: [], fields: [] }, 'en', 3),
    ).toContain('acme.atlassian.net/ENG-4521');
  });

  test('without the bug in common the two are no match', () => {
    const lib = createLibrary();
    lib.put(filed(), 'record');
    const s = lib.similar(second({ supporting: { links: [], threads: [], logs: [] } }), { now: NOW });
    expect(s.matches).toEqual([]);
  });

  test('the bug can be named in the description or the root cause as well', () => {
    const inText = docOf(
      patternInputOf(second({ supporting: { links: [], threads: [], logs: [] }, description: `Same as ${BUG}` })),
    );
    const inRootCause = docOf(
      patternInputOf(filed({ log: [], outcome: { rootCause: `Timezone offset dropped (${BUG})`, learning: '' } })),
    );
    expect(compare(inText, inRootCause).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  test('two different bugs are no evidence against one issue told in the same words', () => {
    const a = { summary: 'CSV export stops at 10,000 rows', description: 'Large exports are cut off at 10,000 rows.' };
    const withBugs = compare(
      docOf({ ...a, references: ['https://github.com/acme/app/issues/1'] }),
      docOf({ ...a, references: ['https://github.com/acme/app/issues/2'] }),
    );
    expect(withBugs.score).toBe(compare(docOf(a), docOf(a)).score);
  });

  test('an address two logs merely mention (a library warning linking its own bug) overrides nothing', () => {
    const warning = 'see https://github.com/urllib3/urllib3/issues/2168';
    const sso = { summary: 'SSO login fails with ERR_SAML_SIGNATURE', description: 'Users cannot sign in via Okta.' };
    const csv = { summary: 'CSV export stops at 10,000 rows with ERR_EXPORT_LIMIT', description: 'The report is cut.' };
    const mentioned = compare(docOf({ ...sso, evidence: [warning] }), docOf({ ...csv, evidence: [warning] }));
    expect(mentioned.score).toBeLessThan(MATCH_THRESHOLD);
    // An agent who named it as the bug (a related link) is heard.
    const named = compare(docOf({ ...sso, evidence: [warning] }), docOf({ ...csv, references: [warning] }));
    expect(named.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  test('the bug shared outweighs two different error codes', () => {
    const a = docOf({ summary: 'Export fails with E4012', references: [BUG] });
    const b = docOf({ summary: 'Scheduled report fails with E5100', references: [BUG] });
    expect(compare(a, b).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  test('adding the bug to the supporting links matches the draft again', () => {
    const without = second({ supporting: { links: [], threads: [], logs: [] } });
    expect(matchKey(second())).not.toBe(matchKey(without));
  });

  test('a Jira request linked to another customer’s request matches that request’s escalation', () => {
    const jiraTicket = (key: string) => ({
      helpdesk: 'jira' as const,
      ticketId: key,
      url: `https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/7/${key}`,
      source: 'api' as const,
      missing: [],
    });
    const lib = createLibrary();
    lib.put(filed({ log: [], ticket: jiraTicket('SUP-1200'), key: 'jira:SUP-1200' }), 'record');
    const s = lib.similar(
      second({
        ticket: jiraTicket('SUP-1301'),
        key: 'jira:SUP-1301',
        supporting: { links: ['https://acme.atlassian.net/browse/SUP-1200'], threads: [], logs: [] },
      }),
      { now: NOW },
    );
    expect(s.matches.map((m) => m.entry.id)).toEqual(['filed']);
  });

  test('a link a large share of the escalations carry (an umbrella epic) matches nothing; a bug among them still does', () => {
    const epic = 'https://acme.atlassian.net/browse/ESC-1';
    const lib = createLibrary();
    const topics = ['Login page slow', 'Invoice PDF blank', 'Webhook retries', 'Avatar upload', 'Dark mode colours'];
    for (let i = 0; i < 12; i++) {
      const links = i < 2 ? [epic, BUG] : [epic];
      lib.put(
        filed({
          id: `e${i}`,
          key: `zendesk:${300 + i}`,
          summary: `${topics[i % topics.length]} ${i}`,
          description: '',
          customer: { name: '', email: '', account: `Customer ${i}` },
          log: [],
          supporting: { links, threads: [], logs: [] },
        }),
        'record',
      );
    }
    const withEpic = (links: string[]) =>
      lib.similar(second({ description: '', supporting: { links, threads: [], logs: [] } }), { now: NOW });
    expect(withEpic([epic]).matches).toEqual([]);
    expect(withEpic([epic, BUG]).matches.map((m) => m.entry.id)).toEqual(['e0', 'e1']);
  });

  test('a long description cut where its address runs over the cut does not point at another bug', () => {
    // The 4,000-character head would end after "…/browse/ENG-45".
    const description = `${'x '.repeat((4_000 - (BUG.length - 2) - 4) / 2)}see ${BUG} for the details`;
    expect(description.slice(0, 4_000).endsWith('ENG-45')).toBe(true);
    const codes = [
      ...docOf(patternInputOf(second({ description, supporting: { links: [], threads: [], logs: [] } }))).codes.keys(),
    ];
    expect(codes.filter((c) => c.startsWith('ref:'))).toEqual([]);
  });
});
