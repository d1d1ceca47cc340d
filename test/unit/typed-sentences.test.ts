import { describe, expect, test } from 'vitest';
import { deEscalationMessages, resolutionMessages } from '../../lib/followup/messages';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { messagesOf, translatorOf } from './support/messages';

const MASKING = redactionOf({ unmasked: [] }, DEFAULT_SETTINGS);
const en = translatorOf(messagesOf('locales/en.yml'));
const zh = translatorOf(messagesOf('locales/zh_CN.yml'));
const record = draft({
  summary: 'Exports stop',
  customer: { name: 'Dana', email: '', account: '' },
  ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821',
});
const told = (note: string, t = en) => deEscalationMessages(record, 'workaround', note, t, MASKING).customer;
const fixed = (cause: string, t = en) =>
  resolutionMessages(record, { rootCause: cause, learning: '', told: cause }, t, MASKING).customer;

describe('what the agent typed starts its sentence with a capital letter', () => {
  test('a word typed in lower case is capitalised where it starts a sentence of the message', () => {
    expect(told('use the retry button')).toContain('a workaround should unblock you now. Use the retry button. Let us');
    expect(fixed('cursor TTL was too short')).toContain('we have fixed it. Cursor TTL was too short. Could you');
    expect(
      resolutionMessages(
        record,
        { rootCause: 'cursor TTL', learning: 'alert on expiry', told: 'cursor TTL' },
        en,
        MASKING,
      ).tracking,
    ).toContain('Root cause: Cursor TTL. Learning: Alert on expiry.');
    expect(deEscalationMessages(record, 'workaround', 'it was the cache', en, MASKING).team).toContain(
      '. It was the cache.',
    );
  });

  test('in Chinese messages too, after the full stop', () => {
    expect(fixed('cursor TTL was too short', zh)).toContain('我们已经修复了该问题。Cursor TTL was too short。能否');
  });

  test.each([
    'iOS 17 drops the session',
    'npm cache was stale',
    'https://status.acme.com shows it fixed',
    'config.yaml had a typo',
    'eBay orders sync again',
    'rm -rf of the temp folder',
    '`retry` flag set',
    'v2 endpoint restored',
    '已清除缓存',
  ])('"%s", which starts with a name, code or link, stays as typed', (typed) => {
    expect(fixed(typed)).toContain(`we have fixed it. ${typed}`);
    expect(told(typed)).toContain(typed);
  });
});

describe('the root cause stays with the team', () => {
  test('the customer reads what the agent wrote for them, never the root cause, which tracking gets', () => {
    const closing = (told: string) =>
      resolutionMessages(
        record,
        { rootCause: 'billing-worker race after PR #4411, hotfix 2.3.1', learning: '', told },
        en,
        MASKING,
      );
    expect(closing('').customer).toContain('we have fixed it. Could you confirm that everything works for you now?');
    expect(closing('').customer).not.toMatch(/race|4411/);
    expect(closing('a timing problem in exports is fixed').customer).toContain(
      'we have fixed it. A timing problem in exports is fixed. Could you',
    );
    expect(closing('a timing problem in exports is fixed').customer).not.toContain('PR #4411');
    expect(closing('').tracking).toContain('Root cause: Billing-worker race after PR #4411, hotfix 2.3.1.');
  });
});
