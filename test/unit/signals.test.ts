import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import { StoredEscalation } from '../../lib/escalation/migrate';
import type { TicketContext } from '../../lib/escalation/model';
import { draftFromTicket } from '../../lib/escalation/prefill';
import { effectiveSignals } from '../../lib/escalation/reasons';
import { suggestSeverity } from '../../lib/escalation/severity';
import { detectTextSignals, detectTimeSignals, slaStatusFrom, slaStatusOf } from '../../lib/escalation/signals';
import { NOW } from './engine-draft';

const ticket = (over: Partial<TicketContext>): TicketContext => ({
  helpdesk: 'zendesk',
  url: 'u',
  source: 'dom',
  missing: [],
  ...over,
});
const said = (text: string) => ticket({ messages: [{ role: 'customer', text }] });

describe('signals the ticket shows', () => {
  test.each([
    ['We think there is a security vulnerability in the share link', 'security'],
    ['Our data was exposed records from another tenant', 'security'],
    ['发现安全漏洞', 'security'],
    ['After the import we have data loss in the invoices table', 'data-loss'],
    ['4,212 rows are missing from the export', 'data-loss'],
    ['The whole site is down since 9am', 'production-down'],
    ['Total outage for all our users', 'production-down'],
    ['系统宕机了', 'production-down'],
    ['Our CEO wants to speak with your executive team', 'exec-involvement'],
    ['We will cancel our contract if this is not fixed', 'churn-threat'],
    ['It is happening again after your fix last month', 'recurring-after-fix'],
    ['Our lawyer is reviewing this', 'pr-legal-risk'],
  ])('“%s” → %s, with the words as evidence', (text, id) => {
    const found = detectTextSignals(said(text));
    expect(found[id as keyof typeof found]?.value).toBe(true);
    expect(found[id as keyof typeof found]?.source).toBe('ticket');
    expect(found[id as keyof typeof found]?.evidence).toMatch(/“.+”/);
  });

  test('ordinary text prefills nothing', () => {
    expect(
      detectTextSignals(said('How do I change my avatar? Thanks for the quick help, the page works fine.')),
    ).toEqual({});
  });

  test.each([
    'How do I turn on two-factor in the security settings?',
    'When I press Save on the webhook page nothing happens.',
    'There is a memory leak in the desktop app after an hour.',
    'The CSV download came back empty.',
    'Sue from accounting asked about the executive dashboard.',
    'We use the Twitter integration to post updates.',
    '内存泄露导致应用变慢。',
    '请问安全设置在哪里?',
    '网络连接丢失后需要重新登录。',
    'Thanks, the login issue was fixed yesterday.',
    'Our CEO cannot see the dashboard.',
    'The VP of Sales role cannot export.',
    'We do not need churn reports in this view.',
  ])('ordinary support words prefill nothing: %s', (text) => {
    expect(detectTextSignals(said(text))).toEqual({});
  });

  test.each([
    ['Customer credentials were leaked in the export file', 'security'],
    ['This looks like a security issue: other users see my invoices', 'security'],
    ['It came back after the last release', 'recurring-after-fix'],
    ['If this goes on we will talk to the press', 'pr-legal-risk'],
    ['We will sue if our data is not restored', 'pr-legal-risk'],
    ['I will post this on Twitter', 'pr-legal-risk'],
    ['It was fixed but now it is back', 'recurring-after-fix'],
    ['Our CEO is asking for an update every hour', 'exec-involvement'],
    ['We are considering leaving you for a competitor', 'churn-threat'],
    ["If this goes on we'll churn", 'churn-threat'],
    ['The CEO escalated this', 'exec-involvement'],
    ['our CEO, Dana, escalated this to me', 'exec-involvement'],
    ['Our VP of Engineering is asking daily', 'exec-involvement'],
    ['It was fixed last week and it is broken again', 'recurring-after-fix'],
    ['Our website is down', 'production-down'],
    ['Our API is down since 9:00', 'production-down'],
    ['用户数据泄露', 'security'],
  ])('the phrases that make a criterion still count: %s', (text, id) => {
    expect(Object.keys(detectTextSignals(said(text)))).toContain(id);
  });

  test.each([
    ['checkout-down', 'production-down'],
    ['db_down', 'production-down'],
    ['PR', 'pr-legal-risk'],
    ['media', 'pr-legal-risk'],
  ])('tag %s counts as %s', (tag, id) => {
    expect(Object.keys(detectTextSignals(ticket({ tags: [tag] })))).toEqual([id]);
  });

  test('tags count only as whole words', () => {
    const none = [
      'security_settings',
      'sla_breach',
      'csv_download',
      'incident',
      'cancel_order',
      'exec_summary_export',
      'drop-down',
      'slow-down',
      'media_upload',
      'press_kit',
      'pr-review',
      'legal_entity_settings',
    ];
    expect(detectTextSignals(ticket({ tags: none }))).toEqual({});
    expect(
      Object.keys(
        detectTextSignals(
          ticket({ tags: ['security', 'site-down', 'SEV-1', 'churn_risk', 'regression', 'data-breach'] }),
        ),
      ).sort(),
    ).toEqual(['churn-threat', 'production-down', 'recurring-after-fix', 'security']);
  });

  test('agent replies are not read as the customer saying it', () => {
    const t = ticket({ messages: [{ role: 'agent', text: 'This is not a security issue and nothing is down.' }] });
    expect(detectTextSignals(t)).toEqual({});
  });

  test('tags count, and name the tag', () => {
    expect(detectTextSignals(ticket({ tags: ['data_loss', 'outage'] }))).toMatchObject({
      'data-loss': { evidence: '#data_loss' },
      'production-down': { evidence: '#outage' },
    });
  });

  test.each([
    ['2026-11-22T11:00:00Z', 'breached'],
    ['2026-11-22T15:00:00Z', 'at_risk'],
    ['2026-11-23T12:00:00Z', 'within'],
    ['not a date', undefined],
    [undefined, undefined],
  ])('SLA due %s → %s', (due, status) => {
    expect(slaStatusFrom(due, NOW)).toBe(status);
  });

  test('a past SLA due date prefills breach and open-beyond-SLA; an imminent one only the breach', () => {
    expect(Object.keys(detectTimeSignals(ticket({ dueAt: '2026-11-21T00:00:00Z' }), NOW))).toEqual([
      'sla-breach',
      'open-beyond-sla',
    ]);
    expect(Object.keys(detectTimeSignals(ticket({ dueAt: '2026-11-22T13:00:00Z' }), NOW))).toEqual(['sla-breach']);
    expect(detectTimeSignals(ticket({ dueAt: '2026-11-25T13:00:00Z' }), NOW)).toEqual({});
    expect(detectTimeSignals(ticket({ dueAt: '2026-11-21T17:00:00+01:00' }), NOW)['sla-breach']?.evidence).toBe(
      'SLA 2026-11-21 16:00 UTC',
    );
  });
});

describe('the SLA status a draft stands at follows the clock', () => {
  const opened = new Date('2026-11-22T09:00:00Z');
  const evening = new Date('2026-11-22T19:00:00Z');
  const fromTicket = draftFromTicket(ticket({ ticketId: '1', dueAt: '2026-11-22T17:00:00Z' }), {
    id: 'e1',
    now: opened,
  });

  test('within SLA when the draft was opened, breached in the evening: in the brief and the severity reasons', () => {
    expect(slaStatusOf(fromTicket, opened)).toBe('within');
    expect(slaStatusOf(fromTicket, evening)).toBe('breached');
    const brief = renderBrief(fromTicket, 'text', 'en', { now: evening, timeZone: 'UTC' });
    expect(brief).toContain('SLA status: Breached');
    expect(
      suggestSeverity(fromTicket, effectiveSignals(fromTicket, evening), evening)
        .reasons.map((r) => r.text.en)
        .join(' '),
    ).toContain('SLA breached');
  });

  test("the agent's own choice wins; a status an older release stored when prefilling is dropped on reading", () => {
    const chosen = {
      ...fromTicket,
      impact: { ...fromTicket.impact, contractual: { slaStatus: 'at_risk' as const, obligations: '' } },
    };
    expect(slaStatusOf(chosen, evening)).toBe('at_risk');
    const olderPrefill = StoredEscalation.parse({
      ...chosen,
      impact: { ...chosen.impact, contractual: { slaStatus: 'within', obligations: '' } },
      prefilled: [...chosen.prefilled, 'impact.contractual.slaStatus'],
    });
    expect(olderPrefill.impact.contractual.slaStatus).toBeUndefined();
    expect(olderPrefill.prefilled).not.toContain('impact.contractual.slaStatus');
    expect(slaStatusOf(olderPrefill, evening)).toBe('breached');
  });
});
