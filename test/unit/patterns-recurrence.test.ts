import { describe, expect, test } from 'vitest';
import { saysItIsBack } from '../../lib/patterns/recurrence';
import { fastestMs } from './support/timing';

describe('a draft that says its issue is back', () => {
  test.each([
    'Export cut at 10,000 rows again',
    // A month before "again" is no "may".
    'Invoice totals doubled in May again',
    'Statements off by a cent for April and May again',
    'Sync is failing again.',
    'Payments failing again',
    'Checkout broken again',
    'Calls dropping again',
    'Webhooks are late again since Monday',
    'The webhook delay is back',
    'The bug has returned',
    'It came back after the 4.2 update',
    'The crash recurs on every launch',
    'Dashboard regressed in 5.1',
    'A regression since 5.2: totals wrong',
    "It's back since the update",
    "We didn't change anything but order sync failing again",
    'The order sync bug from March is back',
    'Orders not syncing again',
    'Emails bouncing again',
    '同步又超时了',
    '登录又不能用了',
    "It didn't fail again for a week, but now the export is failing again",
    "The export isn't loading again",
    'It was fixed in May but it is back',
    'When they export the CSV it fails again',
    'The export should work but is failing again',
    "It was working fine for a week but now it's failing again",
    'Sync is failing again until we restart the worker',
    'The bug is back for all EU customers',
    'The login loop we fixed last sprint has come back for SSO users',
    '问题又回来了',
    'Report times out again',
    'App crashing on launch again',
    'Sync stopped once more',
    '修复没多久又出现了',
    '又重复扣款了',
    '导出又出现缺行',
    '同步问题再次出现',
    '又卡住了',
    'Invoices failing to send again',
    'Emails delayed again',
    'Invoices late again',
    'Sync failed and we see it again',
    'Upgraded to 4.2 and users are locked out again',
    'Sync failed and users report duplicates again',
    'Import failed and customers reported timeouts again',
    'Import failed and we found duplicates again',
    'Calendar sync broke and users double-book meetings again',
    'Checkout broken and customers abandon carts again',
    "We don't know why sync is failing again",
    'Not sure why the sync is failing again',
    'The error is showing again',
    'Duplicate orders showing again',
    '数据又出现重复',
    'We will escalate because sync is failing again',
  ])('%j: back', (summary) => {
    expect(saysItIsBack({ summary })).toBe(true);
  });

  test.each([
    'Please try again later',
    'I logged out and logged in again',
    'Customer emailed again',
    'Thanks again!',
    'The report came back empty',
    'Back button does nothing',
    'The servers are back up',
    'Recurring invoices are not generated',
    'It has not failed again since Tuesday',
    'If the webhook fails again, please send the logs',
    '修复后没有再次出现',
    '如果再次出现，请联系我们',
    '客户又开始问进度了',
    'Sync working again',
    'Data showing up again',
    'The orders are showing again',
    '数据又出现了',
    '订单重新出现在列表里',
    'Customer wants it back',
    "It's not happening again",
    'The customer is back from holiday',
    'The customer has returned the item',
    'again',
    'Thanks, the data is back',
    'Since the fix in May the problem never came back',
    'It has not recurred.',
    "Why it hasn't failed again is unclear",
    'Customer asking about refund again',
    'Customer called about the failed payment again',
    'Customer followed up about the broken sync again',
    'If the job times out again, page us',
    'Customer is worried the sync will fail again',
    'It might crash on launch again',
    'Export will be slow again',
    'Export is failing and we tried again',
    'Failed so we ran it again',
    'The import failed, so we re-ran it again',
    'The import failed so the customer ran it again',
    'Export failed and then we ran it again',
    'Import failed so we had to re-run it again',
    'Import failed so we need to re-run it again',
    'Invoice export failed; the customer exported it again',
    // The retry's last word is read whole: "re-imported", "synced", "uploaded", "exported".
    'Import failed and we re-imported again',
    'Sync stuck so the admin synced again',
    'Upload failed so the customer uploaded again',
    'CSV export cut off and the user exported again',
    'We delayed the rollout again',
    'Engineering delayed the release again',
    'Login fails after logging in again',
    'Sync failed then worked again',
    'It looks like Jane is back',
    '客户又回来了，要求更新进度',
    '客户又重复了一遍他的需求',
    'Jane is back and asking for an update on the export',
    'Several SKUs are back-ordered since Monday',
    'Payout was returned by the bank',
    'Please send us the HAR file if you reload the page and it fails again',
    'Customer says they are not paying again until this is fixed',
    'Customer emails again',
    '客户又挂了电话',
    '是不是又出错了',
    '希望以后不要再次出现',
    'It returned an error 500',
    'It came back empty',
    'We are waiting; the issue is back with engineering',
    'Customer asked: is it broken again?',
    'Export regression test request',
    '客户担心问题再次出现',
    '',
  ])('%j: not back', (summary) => {
    expect(saysItIsBack({ summary })).toBe(false);
  });

  test('a long text is looked through in linear time', () => {
    const input = { summary: 'thanks again '.repeat(15_000), description: 'x, '.repeat(40_000) };
    expect(fastestMs(() => saysItIsBack(input), 500)).toBeLessThan(500);
    expect(saysItIsBack(input)).toBe(false);
  });

  test('"it happened again" in the description is a return; imagined or denied it is not', () => {
    const back = (description: string) => saysItIsBack({ summary: 'Export incomplete', description });
    expect(back('Fixed in May. This morning it happened again.')).toBe(true);
    expect(back('The error occurred again at 9am.')).toBe(true);
    expect(back('If it happens again, send the logs.')).toBe(false);
    expect(back('It never happened again.')).toBe(false);
    // Asking to be reminded is no return.
    expect(back('Customer asked what happened again.')).toBe(false);
    expect(back('Can you remind me what happened again?')).toBe(false);
  });

  test('something delayed again in the description is a return; someone delaying something again is not', () => {
    const back = (description: string) => saysItIsBack({ summary: 'Notifications late', description });
    expect(back('Notifications delayed again this morning.')).toBe(true);
    expect(back('Payouts were delayed by a day again.')).toBe(true);
    expect(back('Our payouts are delayed again.')).toBe(true);
    expect(back('Webhooks delayed for hours again.')).toBe(true);
    expect(back('We delayed the rollout again.')).toBe(false);
    expect(back('The team delayed the rollout again.')).toBe(false);
    expect(back('Engineering delayed the release again.')).toBe(false);
    expect(back("We've delayed the release again.")).toBe(false);
    expect(back('They have delayed the fix again.')).toBe(false);
    expect(back('The vendor delayed the shipment again.')).toBe(false);
  });

  test('something delayed to, across, during or because of something again is a return, in a summary or a description', () => {
    for (const text of [
      'Emails delayed to Gmail again',
      'Emails delayed to customers again',
      'Sync delayed across accounts again',
      'reports delayed every morning again',
      'SMS delayed during peak hours again',
      'Payouts delayed after the update again',
      'Orders delayed because of the webhook again',
    ]) {
      expect(saysItIsBack({ summary: text }), text).toBe(true);
      expect(saysItIsBack({ summary: 'Late', description: text }), text).toBe(true);
    }
    for (const text of [
      'The team delayed the rollout again.',
      'Engineering delayed the release again.',
      "We've delayed the release again.",
      'They have delayed the fix again.',
      'The vendor delayed the shipment again.',
    ]) {
      expect(saysItIsBack({ summary: text }), text).toBe(false);
      expect(saysItIsBack({ summary: 'Late', description: text }), text).toBe(false);
    }
    expect(saysItIsBack({ summary: 'We delayed the rollout again' })).toBe(false);
  });

  test('a sentence of the description counts; one ending in "again" there is no return by itself', () => {
    expect(saysItIsBack({ summary: 'Export incomplete', description: 'Fixed in May. Now the issue is back.' })).toBe(
      true,
    );
    expect(saysItIsBack({ summary: 'Export incomplete', description: 'They tried again. Same result again.' })).toBe(
      false,
    );
  });
});
