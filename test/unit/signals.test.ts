import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import { assess } from '../../lib/escalation/assess';
import { StoredEscalation } from '../../lib/escalation/migrate';
import type { TicketContext } from '../../lib/escalation/model';
import { draftFromTicket } from '../../lib/escalation/prefill';
import { effectiveSignals } from '../../lib/escalation/reasons';
import { suggestSeverity } from '../../lib/escalation/severity';
import { detectTextSignals, detectTimeSignals, slaStatusFrom, slaStatusOf } from '../../lib/escalation/signals';
import { NOW } from './engine-draft';
import { fastestMs } from './support/timing';

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
    ['4,212 rows were deleted after the import', 'data-loss'],
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

  test("the agent's no to an SLA breach wins over the clock: neither the brief nor the severity claims one", () => {
    const denied = {
      ...fromTicket,
      triage: {
        ...fromTicket.triage,
        answers: {
          'sla-breach': { value: false, source: 'agent' as const },
          'open-beyond-sla': { value: false, source: 'agent' as const },
        },
      },
    };
    expect(slaStatusOf(denied, evening)).toBeUndefined();
    expect(renderBrief(denied, 'text', 'en', { now: evening, timeZone: 'UTC' })).not.toContain('SLA status');
    expect(
      suggestSeverity(denied, effectiveSignals(denied, evening), evening)
        .reasons.map((r) => r.text.en)
        .join(' '),
    ).not.toContain('SLA');
    expect(
      slaStatusOf(
        {
          ...denied,
          impact: { ...denied.impact, contractual: { ...denied.impact.contractual, slaStatus: 'breached' } },
        },
        evening,
      ),
    ).toBe('breached');
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

describe('English tickets: the phrase that makes a criterion, not the everyday word', () => {
  test.each([
    'Is there a scheduled outage this weekend? We want to warn our staff.',
    "After last week's outage, could you send us the RCA for our records?",
    'There’s a scheduled outage on Saturday, will exports still work?',
    'Please send the outage report for October.',
    'Was the API down yesterday at 3pm? We saw some errors in our logs.',
    'How do I set up a phishing simulation campaign for our staff?',
    'How do we protect our team against phishing attacks?',
    'We run a vulnerability scanner nightly; where do I whitelist its IP?',
    'Can I export the vulnerability report from our scan?',
    'Where can I find your GDPR compliance documentation?',
    'Why did my subscription not renew? My card is valid and I want to keep using the product.',
    'Please cancel the subscription I bought by mistake yesterday, I have the other one.',
    'How do I cancel my subscription?',
    'Will my plan renew automatically?',
    'Our lawyers cannot open the shared PDF documents in the Legal folder.',
    'Our lawyers are reviewing the contract template in your editor.',
    'Our journalists cannot upload photos larger than 20 MB to the newsroom.',
    'How do I publish a press release in the newsroom?',
    'How do I post to LinkedIn from the scheduler?',
    'We are going public next year and need SOX reports.',
    'Our CEO wants the weekly report to include revenue per region.',
    'Our CEO asked us to add revenue per region to the report.',
    'Our executive team cannot open the board dashboard.',
    'Is this a regression in 4.2? It also happened on 4.1.',
    'Can you run a linear regression in the reports?',
    'It came back empty.',
    'The site is back up, thanks!',
    'Three rows are missing from the totals table on the dashboard; the export has them.',
    'Some data is missing in the chart for March.',
    // Rows an exported file leaves out are still in the app: one phrasing or another, the same issue.
    '4,212 rows are missing from the export',
    'The CSV export from Reports only contains the first 10000 rows, the remaining rows are missing from the file.',
    'The CSV is missing rows after 10,000.',
    'Rows are missing in the exported spreadsheet.',
    'How do we avoid data loss when migrating to the new version?',
    'Uploaded files are deleted after 30 days, right?',
    'We deleted our old workspace, how do I create a new one?',
    'They estimate 15 lost orders over the weekend.',
  ])('ticks nothing: %s', (text) => {
    expect(detectTextSignals(said(text))).toEqual({});
  });

  test.each([
    ['This is a GDPR compliance concern: our EU customer data is stored in a US region.', 'security'],
    ['Storing EU data in the US violates GDPR.', 'security'],
    ['We received phishing emails pretending to be your billing team.', 'security'],
    ['We were hit by a phishing attack that used your login page.', 'security'],
    ['I want to report a vulnerability: your password reset endpoint does not rate-limit.', 'security'],
    ['Our pentest found a critical vulnerability in your API.', 'security'],
    ['We lost all our customer data after the sync.', 'data-loss'],
    ['All our contacts were deleted overnight.', 'data-loss'],
    ['Half of our invoices are gone after the migration.', 'data-loss'],
    ['Records are missing since the migration and we cannot find them anywhere.', 'data-loss'],
    ['Records are missing from the database after the import.', 'data-loss'],
    ['We are experiencing an outage: our checkout is unreachable.', 'production-down'],
    ['Is there an outage right now? Nothing loads.', 'production-down'],
    ['There’s a major outage affecting all our stores.', 'production-down'],
    ['The site is still down.', 'production-down'],
    ['None of our users can log in since 8am.', 'production-down'],
    ['Our CEO is asking why this is still not fixed.', 'exec-involvement'],
    ['Our CTO wants an update by end of day.', 'exec-involvement'],
    ['Our CFO will call your CEO tomorrow.', 'exec-involvement'],
    ['Please escalate this to your management.', 'exec-involvement'],
    ['If this is not fixed by Friday we will cancel our subscription.', 'churn-threat'],
    ['We won’t renew unless this is fixed.', 'churn-threat'],
    ["We're seriously considering switching to a competitor.", 'churn-threat'],
    ['We are not going to renew our contract.', 'churn-threat'],
    ['The same bug happens again, even though you said it was fixed in the last release.', 'recurring-after-fix'],
    ['This bug was fixed in 4.1 but it came back in 4.2.', 'recurring-after-fix'],
    ['This is a regression: it worked in 4.1 and broke in 4.2.', 'recurring-after-fix'],
    ['The sync is broken again since the latest update.', 'recurring-after-fix'],
    ['The same error has reappeared after your patch.', 'recurring-after-fix'],
    ['Our lawyers will be in touch.', 'pr-legal-risk'],
    ['We have forwarded this to our legal team.', 'pr-legal-risk'],
    ['A journalist from TechCrunch contacted us about the failed payments.', 'pr-legal-risk'],
    ['If this is not fixed we will go to the press.', 'pr-legal-risk'],
    ["I'm going to post about this on LinkedIn.", 'pr-legal-risk'],
  ])('still ticks its criterion: %s → %s', (text, id) => {
    const found = detectTextSignals(said(text));
    expect(Object.keys(found)).toEqual([id]);
    expect(found[id as keyof typeof found]?.evidence).toMatch(/“.+”/);
  });

  test.each([
    ['We have an outage.', 'production-down'],
    ['This outage has cost us thousands.', 'production-down'],
    ['The outage started at 9am and nothing works', 'production-down'],
    ['Our CEO wants this fixed by Friday.', 'exec-involvement'],
    ['Our CEO has asked me to escalate this.', 'exec-involvement'],
    ['Our CTO asked that you call him.', 'exec-involvement'],
    ['We want to cancel our contract.', 'churn-threat'],
    ['Please cancel our contract effective immediately.', 'churn-threat'],
    ['We need to cancel our subscription because of this.', 'churn-threat'],
    ['We intend to terminate the contract', 'churn-threat'],
    ['This is a case of data loss.', 'data-loss'],
    ['Reports of data loss from several users', 'data-loss'],
    ['Phishing emails are being sent in your name', 'security'],
    ['Our attorney says this breaches the contract', 'pr-legal-risk'],
    ["You fixed the export bug last month but it's happening again.", 'recurring-after-fix'],
    ["We had this exact issue in September and you fixed it. It's happening again.", 'recurring-after-fix'],
    ['Same problem as last month, which you fixed, is back.', 'recurring-after-fix'],
    ['We got an email claiming to be from you asking for our password - is this phishing?', 'security'],
    ['Is this a scam? We received a text saying our account is suspended.', 'security'],
    ['Several of our users received emails pretending to be from your support.', 'security'],
    ['Someone is sending fake invoices in your name.', 'security'],
    ['Someone is impersonating your support on Twitter.', 'security'],
    ['我们收到冒充你们客服的短信，让我们点链接重置密码。', 'security'],
    ['这封邮件是不是钓鱼？', 'security'],
    ['Is this email legit or phishing?', 'security'],
    ['Is this a fake email? It asks for my password.', 'security'],
    ['We got a message claiming to be from your billing team asking for card details.', 'security'],
  ])('the plain ways customers say it tick its criterion: %s → %s', (text, id) => {
    const found = detectTextSignals(said(text));
    expect(Object.keys(found)).toEqual([id]);
    expect(found[id as keyof typeof found]?.evidence).toMatch(/“.+”/);
  });

  test.each([
    'In case of data loss, how do we restore a backup?',
    'What is the risk of data loss during the migration?',
    'I want to cancel the subscription I bought by mistake.',
    'We want to cancel our duplicate subscription.',
    'Our attorney says the PDF export is blank.',
    'We have an outage window on Sunday, will exports work?',
    'Was the outage caused by the DNS change?',
    'Our CEO asked me to email you the quarterly numbers.',
    'It works again after your fix, thanks!',
    'You fixed the login issue and now it works again.',
    "You fixed the bug, we're back to normal.",
    'You fixed the login, did exports start again?',
    'Is this phishing filter configurable?',
    'How do we stop people pretending to be from your company?',
    'Is this scam detection feature available on the Pro plan? We are evaluating upgrading.',
    'Is this fake data in the demo account? I see names like John Doe.',
    'Is it fake or real that you are raising prices next month?',
    'How do I log in when impersonating your support staff account?',
    'We send emails pretending to be from you as part of our phishing awareness training.',
    '是不是诈骗防护功能需要额外付费？',
    'Hi team, you fixed the bug and the reports are back! Can you also tell me how to add a second admin?',
    "You solved the problem with the printer, and we're back in business.",
    "You patched it yesterday and now it's back up and running.",
    'We got a chargeback on order 1234. Is this fraud?',
    'Your risk engine flagged payment 88. Is it fraud or not?',
    'A shopper left a 1-star review on our store. Is it fake?',
  ])('the same words asked about tick nothing: %s', (text) => {
    expect(detectTextSignals(said(text))).toEqual({});
  });

  test('a ticket titled just "Outage" is one; an "Outage follow-up" is not', () => {
    expect(Object.keys(detectTextSignals(ticket({ subject: 'Outage' })))).toEqual(['production-down']);
    expect(detectTextSignals(ticket({ subject: 'Outage follow-up' }))).toEqual({});
  });

  test.each([
    'Is there a scheduled outage this weekend? We want to warn our staff.',
    'How do I set up a phishing simulation campaign for our staff?',
    'Our CEO wants the weekly report to include revenue per region.',
  ])('the panel header stays at Handle in support, not a Critical escalation: %s', (text) => {
    const a = assess({
      draft: draftFromTicket(said(text), { id: 'e', now: NOW }),
      now: NOW,
      agentTier: 'l1',
      timeZone: 'UTC',
    });
    expect(a.decision).toBe('handle');
    expect(a.severity).not.toBe('critical');
  });

  test('a compliance concern escalates to Security', () => {
    const a = assess({
      draft: draftFromTicket(
        said('This is a GDPR compliance concern: our EU customer data is stored in a US region.'),
        {
          id: 'e',
          now: NOW,
        },
      ),
      now: NOW,
      agentTier: 'l1',
      timeZone: 'UTC',
    });
    expect(a.decision).toBe('escalate');
    expect(a.target).toBe('security');
  });
});

describe('Chinese tickets: the phrase that makes a criterion, not the everyday word', () => {
  test.each([
    '媒体库里上传的图片缩略图不显示',
    '点击"管理层报表"标签后页面是空白的',
    '在手机上无法访问附件预览,电脑上正常',
    '客户流失率报表里的数字和仪表盘上的不一致',
    '高管驾驶舱的图表加载很慢',
    '我们CEO看不到仪表盘',
    '忘记了安全问题的答案,怎么重置?',
    '日历同步提示"未授权",需要重新授权吗?',
    '导出功能有个小漏洞:日期格式不对。',
    '内存泄漏导致应用变慢。',
    '为避免数据丢失,请问如何备份?',
    '连接丢失后上传的文件无法打开',
    '系统设置页面无法访问',
    '安卓系统打不开附件',
    'iOS 系统打不开附件',
    '每次刷新页面,弹窗都会再次出现',
    '导出后又出现了一个空白列',
    '如果这个问题再次出现,我会告诉你们',
    '登录问题昨天已经解决了,谢谢',
    '我们是一家律师事务所,想了解团队版价格',
    '起诉书模板在哪里下载?',
    '我要起诉书模板',
    '上传的照片曝光过度',
    '如何把文章一键发布到社交媒体?',
    '我想取消订阅营销邮件',
    '我们要取消这个订单',
    '采购单要更换供应商,怎么操作?',
    '我要更换产品图片',
    '能不能换一家快递?',
    '如何在系统里取消合同审批?',
    '计划换一家银行卡支付',
    '合同到期后不再续费会怎样?',
    '数据泄露防护功能怎么开启?',
    '如果修复后又出现,我再联系你们',
    '如果再出现请告诉我们',
    '如果发版之后又出现了，请告诉我们',
    '发版后又出现了一个新按钮',
    '部署后又出现了新的菜单项',
    '又出现了，你们已经修复了吗？',
    '上个月修复了一个导出问题，谢谢',
    '没有数据丢失',
    '我们担心数据全丢了',
    '数据全部导出后，表格是空的',
    '合规报告在哪里下载？',
    '如何导出GDPR数据？',
    '我们会续费',
    '如果明年不续费，数据会保留多久？',
    // A full-width comma ends the clause, as an ASCII one does.
    '我们的CEO看了报表，财务在催发票',
    '我们老板想要一个周报导出功能',
    '不续费的话数据会保留吗',
    '媒体文件上传失败',
    '我想投诉到你们的客服经理',
    // 不续费 chosen as a setting, or said of the customer's own members, is billing, not a threat to leave.
    '我已经设置了到期不续费，但还是被扣款了',
    '为什么选了不续费还是自动扣款',
    '用户选择不续费后仍收到续费提醒',
    '我们的会员都不续订了，因为续订按钮坏了',
    // A compliance question, or a denial, is no security or compliance issue.
    '请问你们有GDPR合规问题的相关文档吗',
    '合规问题咨询：数据存储在哪个区域',
    '这个不是合规问题',
    '我们想了解一下合规风险评估流程',
    // 在解决: a fix under way, not one that was made.
    '页面又出现了报错，客服说已经在解决了',
  ])('ticks nothing: %s', (text) => {
    expect(detectTextSignals(said(text))).toEqual({});
  });

  test.each([
    ['发现安全漏洞', 'security'],
    ['这是一个安全问题:其他用户能看到我们的发票', 'security'],
    ['用户数据泄露', 'security'],
    ['我们的客户信息被泄露了', 'security'],
    ['有人未经授权访问了我们的账户', 'security'],
    ['我们的管理员账号被盗了', 'security'],
    ['导入后发票表的数据丢失了', 'data-loss'],
    ['我们丢失了上个月的所有记录', 'data-loss'],
    ['数据库损坏,无法恢复', 'data-loss'],
    ['昨天的订单数据全部被删除了', 'data-loss'],
    ['系统宕机了', 'production-down'],
    ['你们的平台现在完全无法访问', 'production-down'],
    ['网站打不开了,所有客户都在投诉', 'production-down'],
    ['所有用户都无法登录', 'production-down'],
    ['服务中断了两个小时', 'production-down'],
    ['我们的 API 无法访问', 'production-down'],
    ['我们的CEO要求每小时同步一次进度', 'exec-involvement'],
    ['我们要求与你们的管理层沟通', 'exec-involvement'],
    ['请把这个问题升级到你们的管理层', 'exec-involvement'],
    ['我们总裁已经亲自过问此事', 'exec-involvement'],
    ['我们老板在催', 'exec-involvement'],
    ['我们领导一直在问进度', 'exec-involvement'],
    ['如果再不修复,我们会考虑更换供应商', 'churn-threat'],
    ['我们打算不再续约', 'churn-threat'],
    ['我们准备取消合同', 'churn-threat'],
    ['正在考虑换用竞争对手的产品', 'churn-threat'],
    ['我们打算换其他平台', 'churn-threat'],
    ['再这样下去我们只能换一家了', 'churn-threat'],
    ['上周修复后问题又出现了', 'recurring-after-fix'],
    ['之前说已经解决了,今天又出现了', 'recurring-after-fix'],
    ['同样的错误再次出现', 'recurring-after-fix'],
    ['这是一个回归问题', 'recurring-after-fix'],
    ['我们的律师正在审查此事', 'pr-legal-risk'],
    ['我们将起诉你们', 'pr-legal-risk'],
    ['我们保留追究法律责任的权利', 'pr-legal-risk'],
    ['如果不解决,我们会联系媒体', 'pr-legal-risk'],
    ['我们会把这件事发到微博上', 'pr-legal-risk'],
    ['已经有媒体报道了这个故障', 'pr-legal-risk'],
    ['媒体已经报道了此事', 'pr-legal-risk'],
    ['我们无法访问你们的平台，整个团队都停工了', 'production-down'],
    ['系统崩溃了，无法访问', 'production-down'],
    ['泄露了大量用户数据', 'security'],
    ['我们发现了一个漏洞，其他客户能看到我们的数据', 'security'],
    ['此事已经上报给我们的管理层', 'exec-involvement'],
    ['上个月修复了，但现在又出现了', 'recurring-after-fix'],
    ['发版之后又出现了', 'recurring-after-fix'],
    ['又出现了，上个月你们说已经修复了。', 'recurring-after-fix'],
    ['我们的数据全丢了', 'data-loss'],
    ['这涉及GDPR合规问题', 'security'],
    ['这违反了个人信息保护法', 'security'],
    ['明年不续费了', 'churn-threat'],
    ['明年到期不续费了', 'churn-threat'],
    ['又出现了，之前说现在解决了', 'recurring-after-fix'],
    ['又出现了，你们上次已经修复中文乱码', 'recurring-after-fix'],
    ['又出现了，上次说已经做了重要修复', 'recurring-after-fix'],
    ['合同到期不续约了', 'churn-threat'],
    ['我们决定到期不续约', 'churn-threat'],
    ['我们已经选择不续约了', 'churn-threat'],
    ['已经有客户投诉到媒体了', 'pr-legal-risk'],
    // A full-width comma ends the clause: what comes after it is no question about the one before.
    ['明年我们不续约了，你们怎么说都没用', 'churn-threat'],
    // A threat on a condition is a threat, as "We will not renew if this keeps happening" is.
    ['要是再这样就不续约了', 'churn-threat'],
    ['若不修好就不续约了', 'churn-threat'],
    ['如果这样就不续约', 'churn-threat'],
  ])('still ticks its criterion: %s → %s', (text, id) => {
    const found = detectTextSignals(said(text));
    expect(Object.keys(found)).toEqual([id]);
    expect(found[id as keyof typeof found]?.evidence).toMatch(/“.+”/);
  });
});

test('a long message of near-misses is read in linear time', () => {
  const text = `${'you fixed back again '.repeat(10_000)}?`;
  expect(fastestMs(() => detectTextSignals(said(text)), 500)).toBeLessThan(500);
});
