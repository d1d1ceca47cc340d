import { beforeAll, describe, expect, test } from 'vitest';
import { descriptionFrom } from '../../lib/escalation/description';
import { draftKey } from '../../lib/escalation/draft-key';
import { Escalation, type TicketContext } from '../../lib/escalation/model';
import { draftFromTicket, prefilledAfterEdit } from '../../lib/escalation/prefill';
import { zendesk } from '../../lib/helpdesks/zendesk';
import { fixtureFetch, parseHtml, TICKET_URL, ticketHtml } from './support/zendesk';

const valueAt = (e: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), e);

const NOW = new Date('2026-11-22T12:00:00Z');
const FIRST_CUSTOMER_MESSAGE =
  'Since Monday our nightly CSV export from Reports > Export stops at exactly 10,000 rows. We have 14,212 invoices for October, so 4,212 are missing. The job finishes with status "completed" but the log shows an error. This blocks our month-end close.\nERROR ExportJobError: cursor expired after page 100 (request_id=req_8f3a2c)';

describe('draftFromTicket on the ticket read through the API', () => {
  let ticket: TicketContext;
  let draft: Escalation;

  beforeAll(async () => {
    ticket = await zendesk.read(parseHtml(''), TICKET_URL, fixtureFetch());
    expect(ticket.source).toBe('api');
    draft = draftFromTicket(ticket, { id: 'esc-1', now: NOW, reporter: { name: 'Sam Rivera', team: ' ' } });
  });

  test('identifies the draft by helpdesk and ticket', () => {
    expect(draft.id).toBe('esc-1');
    expect(draft.key).toBe('zendesk:acme.zendesk.com:4821');
    expect(draft.status).toBe('draft');
    expect(draft.createdAt).toBe(NOW.toISOString());
    expect(draft.updatedAt).toBe(NOW.toISOString());
    expect(draft.reportedBy).toBe('Sam Rivera');
  });

  test("the brief's Reported by is the options' name and team, and the draft takes the default brief language", () => {
    const d = draftFromTicket(ticket, {
      id: 'esc-2',
      now: NOW,
      reporter: { name: ' Sam Rivera ', team: 'Tier 2 EMEA' },
      briefLocale: 'zh-CN',
    });
    expect(d.reportedBy).toBe('Sam Rivera / Tier 2 EMEA');
    expect(d.briefLocale).toBe('zh-CN');
    expect(draftFromTicket(ticket, { id: 'esc-3', now: NOW }).reportedBy).toBe('');
  });

  test('fills the header from the ticket', () => {
    expect(draft.summary).toBe('Data export stops at 10,000 rows for large accounts');
    expect(draft.customer).toEqual({ name: 'Dana Whitfield', email: 'dana@acme.example', account: 'Acme Corp' });
    expect(draft.ticketUrl).toBe('https://acme.zendesk.com/agent/tickets/4821');
    expect(draft.impact.breadth.names).toBe('Acme Corp');
    expect(draft.impact.duration.since).toBe('2026-11-18T09:12:00Z');
  });

  test('describes the issue with the first customer message, at most 5 sentences, its log line kept a line', () => {
    expect(draft.description).toBe(FIRST_CUSTOMER_MESSAGE);
  });

  test('collects the exact error lines of the thread', () => {
    expect(draft.repro.evidence).toEqual([
      'ERROR ExportJobError: cursor expired after page 100 (request_id=req_8f3a2c)',
      'HTTP 500 from /api/export/page/101 in the browser console.',
    ]);
  });

  test('takes the last agent reply as the last customer update', () => {
    expect(draft.communication.lastUpdate).toEqual({
      at: '2026-11-19T09:30:00Z',
      text: "We're still investigating. Engineering has the request id and I will update you by 5pm.",
    });
  });

  test('keeps a snapshot of the ticket without its thread', () => {
    expect(draft.ticket).toMatchObject({ helpdesk: 'zendesk', ticketId: '4821', subject: ticket.subject });
    expect(draft.ticket?.messages).toBeUndefined();
    expect(JSON.stringify(draft)).not.toContain('auditors need the full export');
    // The ticket itself is not changed.
    expect(ticket.messages).toHaveLength(5);
  });

  test('lists every prefilled field, and only filled ones', () => {
    expect(draft.prefilled).toEqual(
      expect.arrayContaining([
        'summary',
        'customer.name',
        'customer.email',
        'customer.account',
        'ticketUrl',
        'impact.breadth.names',
        'impact.duration.since',
        'description',
        'repro.evidence',
        'communication.lastUpdate.at',
        'communication.lastUpdate.text',
      ]),
    );
    for (const path of draft.prefilled) {
      const value = valueAt(draft, path);
      expect(Array.isArray(value) ? value.length : String(value ?? '').trim(), path).toBeTruthy();
    }
    expect(draft.prefilled).not.toContain('severity');
    expect(draft.prefilled).not.toContain('reportedBy');
  });
});

describe('draftFromTicket on a reply with a signature and a quoted earlier reply', () => {
  const OLD = 'Could you tell us whether the export fails with an error? ERROR PreviousError: old thing';
  const body = `<div data-test-id="omni-log-message-content"><p>The export is still cut at 10,000 rows.</p><p>--<br>Dana Whitfield<br>Head of Finance, Acme Corp<br>Tel +1 415 555 0100</p><div class="zd-quoted"><p>On Mon, Nov 17, 2026 at 9:00 AM Sam Rivera &lt;support@acme.zendesk.com&gt; wrote:</p><blockquote><p>${OLD}</p></blockquote></div></div>`;
  let ticket: TicketContext;
  let draft: Escalation;

  beforeAll(async () => {
    const html = ticketHtml().replace(
      /<div data-test-id="omni-log-message-content">\s*<p>Since Monday[\s\S]*?<\/div>/,
      body,
    );
    ticket = await zendesk.read(parseHtml(html), TICKET_URL);
    draft = draftFromTicket(ticket, { id: 'esc-q', now: NOW });
  });

  test('describes the issue with the customer’s own words only', () => {
    expect(draft.description).toBe('The export is still cut at 10,000 rows.');
  });

  test('takes no evidence from the quoted agent reply', () => {
    expect(draft.repro.evidence.join('\n')).not.toContain('PreviousError');
    expect(draft.repro.evidence).toEqual(['HTTP 500 from /api/export/page/101 in the browser console.']);
  });

  test('ticks no criterion for words the customer only quotes', () => {
    const d = draftFromTicket(
      {
        helpdesk: 'zendesk',
        ticketId: '9',
        url: 'https://acme.zendesk.com/agent/tickets/9',
        source: 'dom',
        missing: [],
        messages: [
          {
            role: 'customer',
            text: 'Still cut at 10,000 rows.\n\nOn Mon, Nov 17, 2026 at 9:00 AM Sam Rivera <support@acme.zendesk.com> wrote:\n> Is the site down for everyone on your team?',
          },
        ],
      },
      { id: 'esc-r', now: NOW },
    );
    expect(d.triage.answers['production-down']).toBeUndefined();
  });

  test('the thread still shows the whole message', () => {
    const first = ticket.messages?.find((m) => m.role === 'customer')?.text;
    expect(first).toContain('Head of Finance, Acme Corp');
    expect(first).toContain(OLD);
  });
});

describe('draftFromTicket on a customer message with a forwarded alert or a log under "--"', () => {
  const ALERT = 'ERROR 500 Internal Server Error on /api/export request_id=abc123';
  const draftOf = (text: string) =>
    draftFromTicket(
      {
        helpdesk: 'zendesk',
        ticketId: '11',
        url: 'https://acme.zendesk.com/agent/tickets/11',
        source: 'dom',
        missing: [],
        messages: [{ role: 'customer', text }],
      },
      { id: 'esc-f', now: NOW },
    );

  test('takes the forwarded alert as evidence and describes it', () => {
    const d = draftOf(
      `Please see the alert we received below, this is blocking all exports.\n\n---------- Forwarded message ---------\nFrom: Monitoring <alerts@acme.io>\nDate: Mon, 17 Nov 2026 at 09:00\nSubject: Export failed\n\n${ALERT}`,
    );
    expect(d.repro.evidence).toEqual([ALERT]);
    expect(d.description).toContain(ALERT);
  });

  test('takes a log line under "--" as evidence but leaves it out of the description', () => {
    const log = '2026-11-30 12:00:01 ERROR [req-9f2] PaymentGatewayTimeout after 30000 ms';
    const d = draftOf(`Payments fail at checkout. Log below.\n--\n${log}`);
    expect(d.repro.evidence).toEqual([log]);
    expect(d.description).toBe('Payments fail at checkout. Log below.');
  });
});

describe('draftFromTicket on partial tickets', () => {
  test('without a ticket the draft is blank', () => {
    const d = draftFromTicket(undefined, { id: 'esc-2', now: NOW });
    expect(d.key).toBe('blank');
    expect(d.summary).toBe('');
    expect(d.ticket).toBeUndefined();
    expect(d.ticketUrl).toBe('');
    expect(d.description).toBe('');
    expect(d.repro.evidence).toEqual([]);
    expect(d.prefilled).toEqual([]);
  });

  test('a ticket with only a subject prefills only the summary', () => {
    const d = draftFromTicket(
      {
        helpdesk: 'zendesk',
        url: 'https://acme.zendesk.com/agent/dashboard',
        subject: 'Printer on fire',
        source: 'dom',
        missing: [],
      },
      { id: 'esc-3', now: NOW },
    );
    // Without a ticket id the page URL is not a ticket link, and the draft is not tied to a ticket.
    expect(d.key).toBe('blank');
    expect(d.ticketUrl).toBe('');
    expect(d.prefilled).toEqual(['summary']);
    expect(d.communication.lastUpdate).toEqual({ at: '', text: '' });
  });

  test('a reply whose author the page did not place is never taken for the last update to the customer', () => {
    const d = draftFromTicket(
      {
        helpdesk: 'jira',
        ticketId: 'SUP-1301',
        url: 'https://acme.atlassian.net/browse/SUP-1301',
        source: 'dom',
        missing: ['requester'],
        messages: [
          { role: 'customer', text: 'Export stops at 10,000 rows' },
          { role: 'unknown', author: 'Иван Петров', text: 'Спасибо!' },
        ],
      },
      { id: 'esc-4', now: NOW },
    );
    expect(d.communication.lastUpdate).toEqual({ at: '', text: '' });
    expect(d.description).toBe('Export stops at 10,000 rows');
  });

  test('without an organization the requester names the affected customer', () => {
    const d = draftFromTicket(
      {
        helpdesk: 'zendesk',
        ticketId: '7',
        url: 'https://acme.zendesk.com/agent/tickets/7',
        requester: { name: 'Dana Whitfield' },
        source: 'dom',
        missing: [],
      },
      { id: 'esc-4', now: NOW },
    );
    expect(d.impact.breadth.names).toBe('Dana Whitfield');
    expect(d.customer.account).toBe('');
  });

  test('a ticket opened with files only is described by the first customer message in words', () => {
    const at = '2026-11-18T09:12:00Z';
    const d = draftFromTicket(
      {
        helpdesk: 'zendesk',
        ticketId: '7',
        url: 'https://acme.zendesk.com/agent/tickets/7',
        messages: [
          { role: 'customer', at, text: '[attachment: export-log.txt]\n[attachment: screen.png]' },
          { role: 'customer', at, text: 'The nightly export stops at 10,000 rows.' },
        ],
        source: 'dom',
        missing: [],
      },
      { id: 'esc-5', now: NOW },
    );
    expect(d.description).toBe('The nightly export stops at 10,000 rows.');
    const filesOnly = draftFromTicket(
      {
        helpdesk: 'zendesk',
        ticketId: '8',
        url: 'https://acme.zendesk.com/agent/tickets/8',
        messages: [{ role: 'customer', at, text: '[attachment: export-log.txt]' }],
        source: 'dom',
        missing: [],
      },
      { id: 'esc-6', now: NOW },
    );
    expect(filesOnly.description).toBe('[attachment: export-log.txt]');
  });
});

describe('draftKey', () => {
  test.each([
    [
      { helpdesk: 'zendesk', ticketId: '4821', url: 'https://acme.zendesk.com/agent/tickets/4821' } as const,
      'zendesk:acme.zendesk.com:4821',
    ],
    [
      { helpdesk: 'freshdesk', ticketId: '12', url: 'https://acme.freshdesk.com/a/tickets/12' } as const,
      'freshdesk:acme.freshdesk.com:12',
    ],
    [
      { helpdesk: 'front', ticketId: 'cnv_1a2b', url: 'https://app.frontapp.com/open/cnv_1a2b' } as const,
      'front:cnv_1a2b',
    ],
    [{ helpdesk: 'zendesk', ticketId: '' } as const, 'blank'],
    [{ helpdesk: 'zendesk' } as const, 'blank'],
    [undefined, 'blank'],
  ])('%o -> %s', (ticket, key) => {
    expect(draftKey(ticket)).toBe(key);
  });
});

describe('descriptionFrom', () => {
  test.each([
    ['nothing', undefined, ''],
    ['an empty message', '', ''],
    ['one sentence without a full stop', 'Export is broken', 'Export is broken'],
    ['line breaks', 'First line.\n\n  Second line!\nThird?', 'First line. Second line! Third?'],
    ['more than five sentences', 'One. Two. Three. Four. Five. Six. Seven.', 'One. Two. Three. Four. Five.'],
    ['a quoted sentence end', 'He said "stop." Then it failed.', 'He said "stop." Then it failed.'],
    [
      'dots in a link and a version end no sentence',
      'Since the 4.2.1 release our export at https://app.globex.example/reports?id=7&fmt=csv stops at row 10,000. Finance is blocked. A. B. C. D.',
      'Since the 4.2.1 release our export at https://app.globex.example/reports?id=7&fmt=csv stops at row 10,000. Finance is blocked. A. B. C.',
    ],
    [
      'numbered steps and an abbreviation end no sentence',
      'Steps 1. Open the portal 2. Click Sign in. About 400 users (approx. 40 teams) are blocked. We tried e.g. another browser. Two. Three. Four.',
      'Steps 1. Open the portal 2. Click Sign in. About 400 users (approx. 40 teams) are blocked. We tried e.g. another browser. Two. Three.',
    ],
    [
      'Chinese sentences',
      '导出在一万行处停止。我们有一万四千张发票！缺少的数据怎么办？第四句。第五句。第六句。',
      '导出在一万行处停止。我们有一万四千张发票！缺少的数据怎么办？第四句。第五句。',
    ],
  ])('%s', (_name, input, expected) => {
    expect(descriptionFrom(input)).toBe(expected);
  });

  test.each([
    [
      'numbered steps and a log line read from the Jira API (SUP-1234)',
      'After we rotated the Okta signing certificate on Monday, every login to https://portal.acme.example ends back on the login page.\n\nSteps\n1. Open the portal\n2. Click Sign in with SSO\n3. Authenticate in Okta\n\nERROR SamlResponseValidator: signature does not match any trusted certificate (kid=okta-2026-11)\n\nAbout 400 users are blocked. See the incident page (https://status.acme.example/incidents/42).',
      'After we rotated the Okta signing certificate on Monday, every login to https://portal.acme.example ends back on the login page.\nSteps\n1. Open the portal\n2. Click Sign in with SSO\n3. Authenticate in Okta\nERROR SamlResponseValidator: signature does not match any trusted certificate (kid=okta-2026-11)\nAbout 400 users are blocked. See the incident page (https://status.acme.example/incidents/42).',
    ],
    [
      'the same read from the Jira page, without blank lines',
      'After we rotated the Okta signing certificate on Monday, every login to https://portal.acme.example ends back on the login page.\nSteps\n1. Open the portal\n2. Click Sign in with SSO\n3. Authenticate in Okta\nERROR SamlResponseValidator: signature does not match any trusted certificate (kid=okta-2026-11)\nAbout 400 users are blocked. See the incident page.',
      'After we rotated the Okta signing certificate on Monday, every login to https://portal.acme.example ends back on the login page.\nSteps\n1. Open the portal\n2. Click Sign in with SSO\n3. Authenticate in Okta\nERROR SamlResponseValidator: signature does not match any trusted certificate (kid=okta-2026-11)\nAbout 400 users are blocked. See the incident page.',
    ],
    [
      'bullets and an exception (SUP-1301)',
      '问题 / Проблема\n导出任务在 10,000 行处中断。Выгрузка обрывается на 10 000 строк.\n- 影响 3 个工作区\n- 每天 08:15 UTC 的定时任务\n\nExportJobError: cursor expired after page 100',
      '问题 / Проблема 导出任务在 10,000 行处中断。Выгрузка обрывается на 10 000 строк.\n- 影响 3 个工作区\n- 每天 08:15 UTC 的定时任务\nExportJobError: cursor expired after page 100',
    ],
    [
      'soft-wrapped prose, even around an error code, is one paragraph',
      'Since Tuesday every webhook delivery to our\nERP endpoint fails with HTTP 401. Nothing\nchanged on our side.\n\nOur warehouse does not get new orders.',
      'Since Tuesday every webhook delivery to our ERP endpoint fails with HTTP 401. Nothing changed on our side. Our warehouse does not get new orders.',
    ],
    [
      'a wrapped step, a nested one and a stack trace',
      'The export fails:\n1. Open Reports and\n   choose Export\n  - CSV only\n2. Wait\njava.lang.IllegalStateException: cursor expired\n    at com.acme.export.Job.run(Job.java:42)\nIt worked last week.',
      'The export fails:\n1. Open Reports and choose Export\n  - CSV only\n2. Wait\njava.lang.IllegalStateException: cursor expired\n    at com.acme.export.Job.run(Job.java:42)\nIt worked last week.',
    ],
    [
      'Chinese paragraphs, run on without a space where Chinese meets Chinese (Zendesk 4830)',
      '导出报表在第 10,000 行后被截断，我们的财务团队无法完成月末结算。\n\n第 1 条消息。',
      '导出报表在第 10,000 行后被截断，我们的财务团队无法完成月末结算。第 1 条消息。',
    ],
    [
      'a Chinese line wrapped mid-sentence, and Chinese beside Latin words',
      '我们的财务\n团队受阻。\nExport 在\n第二天恢复。The job\nfailed again.',
      '我们的财务团队受阻。Export 在第二天恢复。The job failed again.',
    ],
    [
      'time-stamped log lines',
      'Sync stopped tonight.\n2026-11-18 09:02:11 WARN sync slow\n[2026-11-18T09:02:12Z] queue full\nPlease help.',
      'Sync stopped tonight.\n2026-11-18 09:02:11 WARN sync slow\n[2026-11-18T09:02:12Z] queue full\nPlease help.',
    ],
  ])('keeps the lines of %s', (_name, input, expected) => {
    expect(descriptionFrom(input)).toBe(expected);
  });

  test('counts sentences across kept lines: five, then the cut', () => {
    expect(descriptionFrom('Intro.\n1. One.\n2. Two.\n3. Three.\n4. Four.\n5. Five.')).toBe(
      'Intro.\n1. One.\n2. Two.\n3. Three.\n4. Four.',
    );
  });

  test('keeps whole sentences within 1200 characters', () => {
    const sentence = `${'word '.repeat(99)}end. `; // 504 characters
    const d = descriptionFrom(sentence.repeat(4));
    expect(d).toBe(sentence.repeat(2).trim());
    expect(d.length).toBeLessThanOrEqual(1200);
  });

  test('cuts a single sentence longer than 1200 characters', () => {
    const d = descriptionFrom('a'.repeat(5000));
    expect(d).toBe('a'.repeat(1200));
  });
});

describe('pending deals are a count', () => {
  const base = { id: 'e', schemaVersion: 2, key: 'k', createdAt: 'x', updatedAt: 'y' } as const;
  test.each([
    [3, 3],
    ['4', 4],
    ['', undefined],
    ['1,200', 1200],
    ['12k', 12000],
    ['two deals worth $50k', undefined],
  ])('%o → %o', (stored, count) => {
    expect(Escalation.parse({ ...base, impact: { pendingDeals: stored } }).impact.pendingDeals).toBe(count);
  });
  test('text an older draft held that is no count is kept in the workflow impact, labelled', () => {
    const impact = { pendingDeals: ' two deals worth $50k ', workflowImpact: 'Month-end close blocked' };
    expect(Escalation.parse({ ...base, impact }).impact.workflowImpact).toBe(
      'Month-end close blocked\nPending deals: two deals worth $50k',
    );
    expect(Escalation.parse({ ...base, impact: { pendingDeals: 'a few' } }).impact.workflowImpact).toBe(
      'Pending deals: a few',
    );
    expect(Escalation.parse({ ...base, impact: { pendingDeals: '3 deals' } }).impact.pendingDeals).toBe(3);
  });
  test('a negative count is refused', () => {
    expect(Escalation.safeParse({ ...base, impact: { pendingDeals: -1 } }).success).toBe(false);
  });
});

describe('after the agent edits a prefilled field', () => {
  test('that field, or the list it is part of, is no longer marked; the others stay', () => {
    const marked = ['summary', 'description', 'repro.evidence', 'customer.account'];
    expect(prefilledAfterEdit(marked, 'summary')).toEqual(['description', 'repro.evidence', 'customer.account']);
    expect(prefilledAfterEdit(marked, 'repro.evidence.2')).toEqual(['summary', 'description', 'customer.account']);
    expect(prefilledAfterEdit(marked, 'customer.name')).toBe(marked);
    expect(prefilledAfterEdit(marked, 'summaryExtra')).toBe(marked);
  });
});
