import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import { draft, OPTS } from './brief-fixture';

const ZWSP = '\u200b';
const HOSTILE = [
  '<mailto:attacker@evil.example|support@acme.example>',
  '<tel:+15550100|Call support>',
  '<#C024BE7LR|general>',
  '<Sms:+15550100|text us>',
  '<!subteam^S024BE7LH|@support>',
];

// Posted through a webhook or a workflow, Slack reads each of these as a link showing other words, a
// channel, or a ping: a zero-width space after the "<" keeps it text, in ticket text and the logs alike.
describe('Slack: every angle-bracket control form in ticket text stays text', () => {
  const slack = renderBrief(
    draft({ summary: 's', description: HOSTILE.join(' '), repro: { evidence: [HOSTILE.join('\n')] } }),
    'slack',
    'en',
    OPTS,
  );
  const [text, logs] = slack.split('```');

  test.each(HOSTILE)('%s', (typed) => {
    const kept = `<${ZWSP}${typed.slice(1)}`.replace(`|@`, `|@${ZWSP}`);
    expect(text).toContain(kept);
    expect(logs).toContain(kept);
  });

  test('a link in capitals showing another address', () => {
    const e = draft({ summary: 's', description: 'see <HTTPS://evil.example|https://good.example> now' });
    expect(renderBrief(e, 'slack', 'en', OPTS)).toContain(`see <${ZWSP}https://evil.example|https://good.example> now`);
  });

  test('a user mention in brackets', () => {
    const e = draft({ summary: 's', description: 'ask <@U024BE7LH>', repro: { evidence: ['<@U024BE7LH>'] } });
    const out = renderBrief(e, 'slack', 'en', OPTS);
    expect(out).toContain(`ask <${ZWSP}@${ZWSP}U024BE7LH>`);
    expect(out).toContain(`\n<${ZWSP}@${ZWSP}U024BE7LH>\n`);
  });

  test('a "<" that starts no control form stays as typed', () => {
    const e = draft({ summary: 's', description: 'a < b, <3, <div>, x<y', repro: { evidence: ['if a<b: <br>'] } });
    const out = renderBrief(e, 'slack', 'en', OPTS);
    expect(out).toContain('a < b, <3, <div>, x<y');
    expect(out).toContain('\nif a<b: <br>\n');
  });
});
