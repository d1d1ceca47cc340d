import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BRIEF_LABELS } from '../../lib/brief/labels';
import { DE_ESCALATION_REASONS } from '../../lib/escalation/model';
import { deEscalationMessages, resolutionMessages } from '../../lib/followup/messages';
import { makeTranslate } from '../../lib/i18n/translate';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { messagesOf, panelTranslator, translatorOf } from './support/messages';

const en = messagesOf('locales/en.yml');
const zh = messagesOf('locales/zh_CN.yml');
const MASKING = redactionOf({ unmasked: [] }, DEFAULT_SETTINGS);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('UI messages', () => {
  test.each(['locales/en.yml', 'locales/zh_CN.yml'])(
    '%s: no unquoted value holds " #", which YAML would cut as a comment',
    (file) => {
      const cut = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^\s*[A-Za-z0-9_]+:\s+[^"'\s]/.test(line) && / #/.test(line));
      expect(cut).toEqual([]);
    },
  );

  test.each(['locales/en.yml', 'locales/zh_CN.yml'])(
    '%s: no unquoted value holds ": ", which YAML reads as a mapping and the build refuses',
    (file) => {
      const unquoted = readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => /^\s*[A-Za-z0-9_]+:\s+([^"'\s].*)$/.exec(line)?.[1] ?? '')
        .filter((value) => /:(?:\s|$)/.test(value));
      expect(unquoted).toEqual([]);
    },
  );

  // Chrome reads "$name$" in a message as a named placeholder: "$2$3" holds "$2$", which no message defines,
  // and the browser then refuses to load the whole extension.
  test('no message holds two substitutions side by side, which the browser would read as a named placeholder', () => {
    for (const [key, message] of [...en, ...zh]) expect(message, key).not.toMatch(/\$[A-Za-z0-9_@]+\$/);
  });

  test('English and Chinese have exactly the same keys, and the same substitutions', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, message] of en) {
      const subs = (s: string) => [...new Set(s.match(/\$[1-9]/g))].sort();
      expect(subs(zh.get(key) ?? ''), key).toEqual(subs(message));
    }
  });

  test('every Chinese message is actually Chinese (or a product name)', () => {
    const untranslated = [...zh].filter(
      ([k, v]) =>
        !/[\u4e00-\u9fff]/.test(v) &&
        !/^((brief|options_format)_(markdown|slack|jira)|options_(skipped|named)|brief_maskedNumbered|listSeparator|msg_fullStop)$/.test(
          k,
        ),
    );
    expect(untranslated).toEqual([]);
  });

  test('Chinese messages use full-width punctuation next to Chinese text (not between Latin words or numbers)', () => {
    const cjk = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”]';
    const ascii = new RegExp(`${cjk}\\s*[,:;?!()]|[,:;?!()]\\s*${cjk}`);
    expect([...zh].filter(([, v]) => ascii.test(v))).toEqual([]);
    expect(zh.get('numberInvalid')).toContain('12,000');
    expect(zh.get('options_domainHasPath')).toContain('https://support.acme.com');
  });

  // English words with Chinese punctuation and no Chinese: "“Tested in Chrome”， “Not account-specific”".
  const englishWithFullWidth = (text: string) => {
    const words = text.replace(/\$\{[^}]*\}/g, '');
    return /[A-Za-z]{3}/.test(words) && /[，：；（）]/.test(words) && !/[\u4e00-\u9fff]/.test(words);
  };

  test('Chinese text written in the code (criteria, checklists, hints) uses full-width punctuation too', () => {
    const cjk = '[\\u4e00-\\u9fff]';
    const ascii = new RegExp(`${cjk}[,:;?!()]|[,:;?!()]${cjk}`);
    // String literals only: not comments, nor the patterns that read what customers wrote or pages show
    // (those files, and String.raw patterns).
    const literal = /(?:String\.raw)?(?:'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)/g;
    const found = ['components', 'lib']
      .flatMap(sourceFiles)
      .filter((f) => !/signals\.ts$|quantity\.ts$/.test(f))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\*)/.test(line))
          .flatMap((line) => line.match(literal) ?? [])
          .filter((text) => !text.startsWith('String.raw'))
          .filter((text) => ascii.test(text) || englishWithFullWidth(text))
          .map((text) => `${f}: ${text}`),
      );
    expect(found).toEqual([]);
  });

  test('every key the panel asks for exists', () => {
    const used = new Set<string>();
    for (const file of ['components', 'entrypoints', 'lib'].flatMap(sourceFiles)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !en.has(k))).toEqual([]);
  });
});

describe('makeTranslate', () => {
  const t = makeTranslate({ a: { message: 'Copied as $1 ($2) — $$5' } }, { b: { message: 'fallback $1' } });
  test('substitutes $1..$9 and keeps $$ as a dollar sign', () => {
    expect(t('a', 'Markdown', 3)).toBe('Copied as Markdown (3) — $5');
  });
  test('falls back to the other locale, then to the key itself', () => {
    expect(t('b', 'x')).toBe('fallback x');
    expect(t('missing')).toBe('missing');
  });
  test('a message with a form per count takes the form of its last substitution', () => {
    const plural = makeTranslate({
      two: { message: 'Thread ($1 message) | Thread ($1 messages)' },
      three: { message: 'none | one | $1 many' },
      days: { message: '$1 customers in $2 day | $1 customers in $2 days' },
    });
    expect([plural('two', 1), plural('two', 0), plural('two', 2)]).toEqual([
      'Thread (1 message)',
      'Thread (0 messages)',
      'Thread (2 messages)',
    ]);
    expect([plural('three', 0), plural('three', 1), plural('three', 7)]).toEqual(['none', 'one', '7 many']);
    expect(plural('days', '3', '1')).toBe('3 customers in 1 day');
  });

  test('English counts say one thing in the singular; Chinese has one form', () => {
    const en = panelTranslator('en');
    expect(en('ticket_thread', 1)).toBe('Thread (1 message)');
    expect(en('fields_threadEvidence', 1)).toBe('Add evidence from the thread (1 message)');
    expect(en('steps_missingCount', 1)).toBe('1 item missing');
    expect(en('steps_missingCount', 3)).toBe('3 items missing');
    expect(en('options_exported', 1)).toBe('Exported 1 item.');
    expect(en('patterns_headline', '2', '1')).toBe('2 customers reported this in 1 day.');
    expect(en('patterns_headline', '2', '30')).toBe('2 customers reported this in 30 days.');
    expect(en('patterns_none', 1)).toBe('No similar escalation in the last day.');
    const zh = panelTranslator('zh-CN');
    expect(zh('ticket_thread', 1)).toBe('对话（1 条消息）');
    expect(zh('patterns_headline', '2', '1')).toBe('1 天内有 2 个客户报告了此问题。');
  });

  test('a missing substitution becomes empty, not "undefined"', () => {
    expect(t('a')).toBe('Copied as  () — $5');
  });
});

describe('de-escalation messages', () => {
  const translator = (messages: Map<string, string>) =>
    makeTranslate(Object.fromEntries([...messages].map(([k, message]) => [k, { message }])));

  test.each([
    ['en', en],
    ['zh-CN', zh],
  ] as const)('%s: every reason has its own words for the customer, and every step a message', (_, messages) => {
    const t = translator(messages);
    const record = draft({ summary: 'Exports stop', customer: { name: 'Dana', email: '', account: '' } });
    const customer = DE_ESCALATION_REASONS.map((reason) => {
      const all = deEscalationMessages(record, reason, 'Cache cleared', t, MASKING);
      for (const text of Object.values(all)) expect(text).not.toMatch(/^deesc_/);
      expect(all.customer).toContain('Dana');
      expect(all.customer).toContain('Cache cleared');
      return all.customer;
    });
    expect(new Set(customer).size).toBe(DE_ESCALATION_REASONS.length);
  });
});

describe('messages copied after escalating are masked as the brief is', () => {
  test.each([
    ['en', en],
    ['zh-CN', zh],
  ] as const)(
    '%s: de-escalation and resolution messages hide keys and direction tricks from the ticket',
    (_, messages) => {
      const t = makeTranslate(Object.fromEntries([...messages].map(([k, message]) => [k, { message }])));
      const record = draft({
        summary: 'Webhook fails \u202egnp.exe\u202c for key sk_live_51HxAbCdEfGhIjKlMnOpQrSt',
        customer: { name: 'Dana', email: '', account: '' },
      });
      const all = [
        ...Object.values(deEscalationMessages(record, 'workaround', 'password=hunter2hunter2', t, MASKING)),
        ...Object.values(
          resolutionMessages(
            record,
            {
              rootCause: 'Key sk_live_51HxAbCdEfGhIjKlMnOpQrSt leaked',
              learning: '',
              told: 'Key sk_live_51HxAbCdEfGhIjKlMnOpQrSt leaked',
            },
            t,
            MASKING,
          ),
        ),
      ];
      for (const text of all) expect(text).not.toMatch(/sk_live|hunter2|\u202e|\u202c/);
      expect(all.some((text) => text.includes('[API key removed]'))).toBe(true);
      expect(all.some((text) => text.includes('[secret removed]'))).toBe(true);
    },
  );
});

describe('messages to a customer with no name, and what was typed with its own full stop', () => {
  test.each([
    ['en', en, 'Hi there, '],
    // As the customer update greets them: "您好：".
    ['zh-CN', zh, '您好，关于“Exports stop”'],
  ] as const)('%s greets them as the language does', (_, messages, greeting) => {
    const t = makeTranslate(Object.fromEntries([...messages].map(([k, message]) => [k, { message }])));
    const record = draft({ summary: 'Exports stop', customer: { name: ' ', email: '', account: '' } });
    expect(
      resolutionMessages(record, { rootCause: 'Cache', learning: '', told: 'Cache' }, t, MASKING).customer.startsWith(
        greeting,
      ),
    ).toBe(true);
    expect(deEscalationMessages(record, 'workaround', '', t, MASKING).customer.startsWith(greeting)).toBe(true);
  });

  test('in Chinese a Latin name is set off by a space, a Chinese one is not', () => {
    const t = makeTranslate(Object.fromEntries([...zh].map(([k, message]) => [k, { message }])));
    const named = (name: string) => draft({ summary: 'Exports stop', customer: { name, email: '', account: '' } });
    expect(
      resolutionMessages(named('Dana Whitfield'), { rootCause: 'Cache', learning: '', told: 'Cache' }, t, MASKING)
        .customer,
    ).toMatch(/^Dana Whitfield 您好/);
    expect(deEscalationMessages(named('王先生'), 'workaround', '', t, MASKING).customer).toMatch(/^王先生您好/);
  });

  test('a root cause ending in a full stop gets no second one, and with no learning, Learning is left out', () => {
    const t = makeTranslate(Object.fromEntries([...en].map(([k, message]) => [k, { message }])));
    const record = draft({ summary: 'Exports stop', ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821' });
    expect(
      resolutionMessages(record, { rootCause: 'Stale cache.', learning: ' ', told: 'Stale cache.' }, t, MASKING)
        .tracking,
    ).toMatch(/Root cause: Stale cache\. Ticket: https:\/\/acme\.zendesk\.com\/agent\/tickets\/4821$/);
    expect(
      resolutionMessages(
        { ...record, ticketUrl: '' },
        { rootCause: 'Stale cache', learning: '', told: 'Stale cache' },
        t,
        MASKING,
      ).tracking,
    ).toMatch(/Root cause: Stale cache\.$/);
    const zhT = translatorOf(zh);
    expect(
      resolutionMessages(record, { rootCause: 'Stale cache', learning: '', told: 'Stale cache' }, zhT, MASKING)
        .tracking,
    ).toMatch(/根本原因：Stale cache。工单：https:\/\/acme\.zendesk\.com\/agent\/tickets\/4821$/);
    expect(
      resolutionMessages(
        record,
        { rootCause: 'Stale cache', learning: 'Alert on expiry', told: 'Stale cache' },
        zhT,
        MASKING,
      ).tracking,
    ).toContain('根本原因：Stale cache。经验：Alert on expiry。工单：');
    expect(
      resolutionMessages(
        record,
        { rootCause: 'Stale cache', learning: 'Alert on expiry', told: 'Stale cache' },
        t,
        MASKING,
      ).tracking,
    ).toContain('Root cause: Stale cache. Learning: Alert on expiry. Ticket: ');
  });
});

describe('closing the loop', () => {
  test.each([
    ['en', en],
    ['zh-CN', zh],
  ] as const)('%s: the customer is asked to confirm, tracking gets the root cause and learning', (_, messages) => {
    const t = makeTranslate(Object.fromEntries([...messages].map(([k, message]) => [k, { message }])));
    const record = draft({
      summary: 'Exports stop',
      customer: { name: 'Dana', email: '', account: '' },
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821',
    });
    const closing = resolutionMessages(
      record,
      { rootCause: 'Cursor TTL too short', learning: 'Alert on cursor expiry', told: 'Cursor TTL too short' },
      t,
      MASKING,
    );
    expect(closing.customer).toContain('Dana');
    expect(closing.customer).toContain('Exports stop');
    for (const part of [
      'Cursor TTL too short',
      'Alert on cursor expiry',
      'https://acme.zendesk.com/agent/tickets/4821',
    ])
      expect(closing.tracking).toContain(part);
  });

  test.each([
    ['en', en, 'we have fixed it. Cursor TTL too short. Could you', 'unblock you now. Restarted the sync job. Let us'],
    ['zh-CN', zh, '修复了该问题。Cursor TTL too short。能否', '继续工作了。Restarted the sync job。如仍有问题'],
  ] as const)('%s: what the agent typed ends as a sentence before the message goes on', (_, messages, fixed, told) => {
    const t = makeTranslate(Object.fromEntries([...messages].map(([k, message]) => [k, { message }])));
    const record = draft({ summary: 'Exports stop', customer: { name: 'Dana', email: '', account: '' } });
    expect(
      resolutionMessages(
        record,
        { rootCause: 'Cursor TTL too short', learning: '', told: 'Cursor TTL too short' },
        t,
        MASKING,
      ).customer,
    ).toContain(fixed);
    expect(deEscalationMessages(record, 'workaround', 'Restarted the sync job', t, MASKING).customer).toContain(told);
    // Its own end mark is kept, not doubled, also inside quotes; a hanging colon gives way to the full stop.
    const customer = (note: string) => deEscalationMessages(record, 'workaround', note, t, MASKING).customer;
    expect(customer('Restarted it!')).toMatch(/Restarted it!\s?\S/);
    expect(customer('He said "restart it."')).toMatch(/restart it\."\s?\S/);
    expect(customer('“已修复。”')).not.toContain('”。');
    expect(customer('Steps taken:')).not.toMatch(/:[.。]/);
    expect(
      resolutionMessages(record, { rootCause: 'It was DNS!', learning: '', told: 'It was DNS!' }, t, MASKING).tracking,
    ).not.toMatch(/![.。]/);
    const tracking = (cause: string) =>
      resolutionMessages(record, { rootCause: cause, learning: '', told: cause }, t, MASKING).tracking;
    expect(tracking('He said "restart it."')).not.toMatch(/\."[.。]/);
    expect(tracking('Was it DNS?')).toContain('Was it DNS?');
    expect(tracking('Unclear…')).not.toMatch(/…[.。]/);
    // With nothing typed, the learning message still ends as a sentence.
    expect(deEscalationMessages(record, 'workaround', '', t, MASKING).learning).not.toMatch(/[:：]$/);
  });
});

describe('messages for an escalation with no summary or ticket link', () => {
  test.each([
    ['en', en],
    ['zh-CN', zh],
  ] as const)(
    "%s: quote the brief's words for a missing summary, and end without a bare ticket label",
    (locale, messages) => {
      const t = translatorOf(messages);
      const none = BRIEF_LABELS[locale].untitled;
      const record = draft({ summary: ' ', customer: { name: 'Dana', email: '', account: '' } });
      const stepDown = deEscalationMessages(record, 'workaround', '', t, MASKING);
      const closing = resolutionMessages(
        record,
        { rootCause: 'Cursor TTL too short', learning: '', told: 'Cursor TTL too short' },
        t,
        MASKING,
      );
      for (const text of [stepDown.team, stepDown.customer, stepDown.learning, closing.customer, closing.tracking])
        expect(text).toContain(none);
      expect(closing.tracking).not.toMatch(/Ticket|工单/);
      expect(closing.tracking).toMatch(/[.。]$/);
    },
  );

  test('a summary is quoted on one line, without the spaces around it, and a name of spaces is no name', () => {
    const t = translatorOf(en);
    const record = draft({
      summary: '  Export fails\n after 10k rows  ',
      customer: { name: '   ', email: '', account: '' },
    });
    const customer = deEscalationMessages(record, 'workaround', '', t, MASKING).customer;
    expect(customer.startsWith('Hi there, ')).toBe(true);
    expect(customer).toContain('Export fails after 10k rows');
    expect(
      resolutionMessages(
        record,
        { rootCause: 'Cursor TTL too short', learning: '', told: 'Cursor TTL too short' },
        t,
        MASKING,
      ).tracking,
    ).toContain('Export fails after 10k rows');
  });
});
