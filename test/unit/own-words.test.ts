import { describe, expect, test } from 'vitest';
import { ownWords, withoutReplies } from '../../lib/escalation/own-words';

const OWN = 'The export is still cut at 10,000 rows.';
const OLD = 'Could you tell us whether the export fails with an error? ERROR PreviousError: old thing';
const SIGNATURE = 'Dana Whitfield\nHead of Finance, Acme Corp\nTel +1 415 555 0100';

describe('ownWords', () => {
  test.each([
    [
      'a Gmail reply header',
      `${OWN}\n\nOn Mon, Nov 17, 2026 at 9:00 AM Sam Rivera <support@acme.zendesk.com> wrote:\n${OLD}`,
    ],
    [
      'a reply header wrapped over two lines',
      `${OWN}\n\nOn Mon, Nov 17, 2026 at 9:00 AM Sam Rivera <\nsupport@acme.zendesk.com> wrote:\n> ${OLD}`,
    ],
    ['a header over ">" lines', `${OWN}\n\nOn 17/11/2026 09:00, Sam Rivera wrote:\n> ${OLD}\n>\n> Sam`],
    ['a signature', `${OWN}\n--\n${SIGNATURE}`],
    ['a signature delimiter with its trailing space', `${OWN}\n-- \n${SIGNATURE}`],
    [
      'a signature above a quoted reply',
      `${OWN}\n--\n${SIGNATURE}\nOn Mon, Nov 17, 2026 at 9:00 AM Sam Rivera <support@acme.zendesk.com> wrote:\n${OLD}`,
    ],
    ['an "Original Message" line', `${OWN}\n\n-----Original Message-----\nFrom: Sam Rivera\n${OLD}`],
    [
      'an Outlook header block',
      `${OWN}\n\n________________________________\nFrom: Sam Rivera <support@acme.zendesk.com>\nSent: Monday, November 17, 2026 9:00 AM\nTo: Dana Whitfield\nSubject: RE: Export\n\n${OLD}`,
    ],
    [
      'an Outlook header block on one line',
      `${OWN}\nFrom: Sam Rivera <support@acme.zendesk.com> Sent: Monday, November 17, 2026 9:00 AM To: Dana\n${OLD}`,
    ],
    ['a German header', `${OWN}\n\nAm 17.11.2026 um 09:00 schrieb Sam Rivera <support@acme.zendesk.com>:\n${OLD}`],
    [
      'a French header',
      `${OWN}\n\nLe lun. 17 nov. 2026 à 09:00, Sam Rivera <support@acme.zendesk.com> a écrit :\n${OLD}`,
    ],
    [
      'a Spanish header',
      `${OWN}\n\nEl lun, 17 nov 2026 a las 9:00, Sam Rivera (<support@acme.zendesk.com>) escribió:\n${OLD}`,
    ],
  ])('keeps the message above %s', (_name, text) => {
    expect(ownWords(text)).toBe(OWN);
  });

  test('keeps what the customer wrote between quoted lines', () => {
    const text = `On Mon, Nov 17, 2026 at 9:00 AM Sam Rivera <support@acme.zendesk.com> wrote:\n> Which browser?\nChrome 131.\n> Any error?\nHTTP 500 from /api/export`;
    expect(ownWords(text)).toBe('Chrome 131.\nHTTP 500 from /api/export');
  });

  const ZH_OWN = '导出仍然在一万行处中断。';
  const ZH_OLD = '请问导出时是否有报错？ERROR PreviousError: old thing';

  test.each([
    ['在 … 写道：', `${ZH_OWN}\n\n在 2026年11月17日 09:00，Sam Rivera <support@acme.zendesk.com> 写道：\n${ZH_OLD}`],
    [
      'Gmail 的 于 … 写道：',
      `${ZH_OWN}\n\nSam Rivera <support@acme.zendesk.com> 于2026年11月17日周一 09:00写道：\n${ZH_OLD}`,
    ],
    [
      'Apple Mail 的日期开头',
      `${ZH_OWN}\n\n2026年11月17日 上午9:00，Sam Rivera <support@acme.zendesk.com> 写道：\n${ZH_OLD}`,
    ],
    ['繁体 寫道：', `${ZH_OWN}\n\n在 2026年11月17日 09:00，Sam Rivera <support@acme.zendesk.com> 寫道：\n${ZH_OLD}`],
    ['原始邮件', `${ZH_OWN}\n\n------------------ 原始邮件 ------------------\n发件人: Sam Rivera\n${ZH_OLD}`],
    [
      'Outlook 中文邮件头',
      `${ZH_OWN}\n\n发件人: Sam Rivera <support@acme.zendesk.com>\n发送时间: 2026年11月17日 9:00\n收件人: 王芳\n主题: 回复: 导出\n${ZH_OLD}`,
    ],
    ['签名', `${ZH_OWN}\n--\n王芳\n财务总监`],
  ])('keeps the Chinese message above %s', (_name, text) => {
    expect(ownWords(text)).toBe(ZH_OWN);
  });

  test.each([
    'My colleague wrote: the export stops at 10,000 rows.\nERROR ExportJobError: cursor expired',
    'On Monday the nightly job wrote:\nERROR ExportJobError: cursor expired',
    'As Sam wrote on 17 Nov at 09:00, the export stops.\nERROR ExportJobError: cursor expired',
    '我们的同事写道：导出在一万行处停止。\nERROR ExportJobError: cursor expired',
    '在11月17日的邮件里他写道：\nERROR ExportJobError: cursor expired',
    'Rows >10k are dropped.\n-> see the attached file',
  ])('keeps customer text that only mentions writing: %s', (text) => {
    expect(ownWords(text)).toBe(text);
  });

  const ALERT = 'ERROR 500 Internal Server Error on /api/export request_id=abc123';

  test.each([
    [
      'a Gmail forward',
      `Please see the alert we received below.\n\n---------- Forwarded message ---------\nFrom: Monitoring <alerts@acme.io>\nDate: Mon, 17 Nov 2026 at 09:00\nSubject: Export failed\nTo: <dana@acme.com>\n\n${ALERT}`,
    ],
    [
      'an Apple Mail forward',
      `See below.\n\nBegin forwarded message:\n\nFrom: Monitoring <alerts@acme.io>\nDate: 17 November 2026 at 09:00:00 GMT\nSubject: Export failed\nTo: Dana <dana@acme.com>\n\n${ALERT}`,
    ],
    [
      '转发的邮件',
      `请看下面的告警。\n\n转发的邮件：\n\n发件人: Monitoring <alerts@acme.io>\n日期: 2026年11月17日 09:00\n主题: 导出失败\n\n${ALERT}`,
    ],
    [
      '---------- 转发的邮件 ----------',
      `请看下面的告警。\n\n---------- 转发的邮件 ----------\n发件人: Monitoring <alerts@acme.io>\n日期: 2026年11月17日 09:00\n主题: 导出失败\n\n${ALERT}`,
    ],
    [
      'a report filter written as From/To/Date',
      `The orders export fails with these filters:\nFrom: 2026-11-01\nTo: 2026-11-30\nDate: order date\nThe page then shows ${ALERT}`,
    ],
    [
      'a From line with an address but no To or Subject',
      `Webhook payload:\nFrom: billing@acme.io\nDate: 2026-11-17\n${ALERT}`,
    ],
  ])('keeps %s whole', (_name, text) => {
    expect(ownWords(text)).toBe(text);
  });

  test('a forwarded message keeps its own quoted reply out', () => {
    const text = `See below.\n\n---------- Forwarded message ---------\nFrom: Monitoring <alerts@acme.io>\nDate: Mon, 17 Nov 2026 at 09:00\nSubject: Export failed\n\n${ALERT}\n\nOn Mon, Nov 17, 2026 at 9:00 AM Sam Rivera <support@acme.zendesk.com> wrote:\n${OLD}`;
    expect(ownWords(text)).toBe(text.slice(0, text.indexOf('\n\nOn Mon')));
  });

  test('a message that is only a quote keeps the quoted text rather than becoming empty', () => {
    const text = '> The export stops at 10,000 rows.\n> ERROR ExportJobError: cursor expired';
    expect(ownWords(text)).toBe('The export stops at 10,000 rows.\nERROR ExportJobError: cursor expired');
  });

  test('a message that is only a signature keeps it', () => {
    expect(ownWords(`--\n${SIGNATURE}`)).toBe(`--\n${SIGNATURE}`);
  });

  test('an empty message stays empty', () => {
    expect(ownWords('')).toBe('');
  });
});

describe('withoutReplies', () => {
  test('keeps what stands under a "--" line', () => {
    const text = `${OWN} Log below.\n--\n2026-11-30 12:00:01 ERROR [req-9f2] PaymentGatewayTimeout after 30000 ms`;
    expect(withoutReplies(text)).toBe(text);
  });

  test.each([
    [
      'a reply header',
      `${OWN}\n--\n${SIGNATURE}\nOn Mon, Nov 17, 2026 at 9:00 AM Sam Rivera <support@acme.zendesk.com> wrote:\n${OLD}`,
    ],
    ['">" lines', `${OWN}\n> ${OLD}`],
    [
      'an Outlook header block',
      `${OWN}\n\nFrom: Sam Rivera <support@acme.zendesk.com>\nSent: Monday, November 17, 2026 9:00 AM\nTo: Dana Whitfield\nSubject: RE: Export\n\n${OLD}`,
    ],
  ])('leaves out what is quoted under %s', (_name, text) => {
    expect(withoutReplies(text)).not.toContain('PreviousError');
  });
});
