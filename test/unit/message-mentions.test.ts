import { describe, expect, test } from 'vitest';
import { customerUpdate, deEscalationMessages, resolutionMessages } from '../../lib/followup/messages';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { messagesOf, translatorOf } from './support/messages';

const ZWSP = '\u200b';
const SETTINGS = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const MASKING = redactionOf({ unmasked: [] }, SETTINGS);
const en = translatorOf(messagesOf('locales/en.yml'));
const record = draft({
  summary: '@here exports stop for @channel',
  customer: { name: 'Dana', email: '', account: '' },
  ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821',
  log: [{ at: '2026-11-23T10:00:00Z', kind: 'update-team', text: '@everyone fix is in review' }],
});
const NOTE = 'ping @here, see https://status.example.com/@here';

// A message pasted into Slack pings a whole channel with an @here, @channel or @everyone it quotes; a
// zero-width space after the @ keeps it readable, as the brief's formats do. An address keeps its own.
const broken = (s: string) => s.replace(/@(?=here|channel|everyone)/g, `@${ZWSP}`);

describe('the messages after escalating break a channel-wide mention they quote', () => {
  test('de-escalation: the summary and what the agent typed', () => {
    const messages = deEscalationMessages(record, 'workaround', NOTE, en, MASKING);
    expect(messages.team).toContain(broken('@here exports stop for @channel'));
    expect(messages.team).toContain(`Ping @${ZWSP}here, see https://status.example.com/@here.`);
    for (const text of Object.values(messages)) {
      expect(text).not.toMatch(/(?<![/\w])@(?:here|channel|everyone)/);
    }
  });

  test('resolution: the summary, the root cause and the learning', () => {
    const messages = resolutionMessages(
      record,
      { rootCause: '@channel the cursor TTL', learning: '@everyone alert on it', told: '@channel the cursor TTL' },
      en,
      MASKING,
    );
    for (const text of Object.values(messages)) {
      expect(text).not.toMatch(/@(?:here|channel|everyone)/);
    }
    expect(messages.tracking).toContain(`@${ZWSP}channel the cursor TTL`);
  });

  test('the customer update: the summary and the update it quotes', () => {
    const text = customerUpdate(record, 'en', new Date('2026-11-23T11:00:00Z'), SETTINGS, MASKING);
    expect(text).toContain(`"${broken('@here exports stop for @channel')}"`);
    expect(text).toContain(`- @${ZWSP}everyone fix is in review`);
  });
});
