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
const fixed = (cause: string, t = en) => resolutionMessages(record, cause, '', t, MASKING).customer;

describe('what the agent typed starts its sentence with a capital letter', () => {
  test('a word typed in lower case is capitalised where it starts a sentence of the message', () => {
    expect(told('use the retry button')).toContain('a workaround should unblock you now. Use the retry button. Let us');
    expect(fixed('cursor TTL was too short')).toContain('we have fixed it. Cursor TTL was too short. Could you');
    expect(resolutionMessages(record, 'cursor TTL', 'alert on expiry', en, MASKING).tracking).toContain(
      'Root cause: Cursor TTL. Learning: Alert on expiry.',
    );
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
