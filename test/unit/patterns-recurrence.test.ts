import { describe, expect, test } from 'vitest';
import { saysItIsBack } from '../../lib/patterns/recurrence';

describe('a draft that says its issue is back', () => {
  test.each([
    ['Export cut at 10,000 rows again', true],
    ['Sync is failing again.', true],
    ['Webhooks are late again since Monday', true],
    ['The webhook delay is back', true],
    ['Recurring: invoices duplicated', true],
    ['The login loop is happening again after the update', true],
    ['导出又出现缺行', true],
    ['同步问题再次出现', true],
    ['Please try again later', false],
    ['I logged out and logged in again', false],
    ['Customer refreshed the page again', false],
    ['The report came back empty', false],
    ['Went back to the settings page', false],
    ['Back button does nothing', false],
    ['', false],
  ])('summary %j: %s', (summary, back) => {
    expect(saysItIsBack({ summary })).toBe(back);
  });

  test('a sentence of the description counts, a retry in it does not', () => {
    expect(saysItIsBack({ summary: 'Export incomplete', description: 'Fixed in May. Now it is back.' })).toBe(true);
    expect(saysItIsBack({ summary: 'Export incomplete', description: 'They tried again. Same result.' })).toBe(false);
  });
});
