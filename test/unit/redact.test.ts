import { describe, expect, test } from 'vitest';
import { BRIEF_FORMATS } from '../../lib/brief/formats';
import { briefRedactions, renderBrief } from '../../lib/brief/render';
import { luhn, type Redaction, type RedactionKind, redact, redactionKey, secretSpans } from '../../lib/redact';
import type { RedactOptions } from '../../lib/redaction-options';
import { draft, OPTS } from './brief-fixture';
import { panelTranslator } from './support/messages';
import { fastestMs } from './support/timing';

const OFF: RedactOptions = { emails: false, phones: false, keep: [] };
// How each kind of a card's details is masked.
const MASK_OF: Partial<Record<RedactionKind, string>> = {
  card: '[card ',
  'security-code': '[security code removed]',
  'expiry-date': '[expiry date removed]',
};
const run = (text: string, opts: RedactOptions = OFF) => {
  const found = new Map<string, Redaction>();
  return { out: redact(text, opts, found), found: [...found.values()] };
};

describe('what is always masked', () => {
  test.each([
    ['Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def', 'eyJhbGciOiJIUzI1NiJ9.abc.def', 'bearer', '[token removed]'],
    ['key sk_live_51HxYzABCDEFGHIJKLMNOP here', 'sk_live_51HxYzABCDEFGHIJKLMNOP', 'api-key', '[API key removed]'],
    ['AWS AKIAIOSFODNN7EXAMPLE leaked', 'AKIAIOSFODNN7EXAMPLE', 'api-key', '[API key removed]'],
    ['temporary AWS key ASIAIOSFODNN7EXAMPLE leaked', 'ASIAIOSFODNN7EXAMPLE', 'api-key', '[API key removed]'],
    ['api_key=abcd1234efgh5678', 'abcd1234efgh5678', 'api-key', '[secret removed]'],
    ['Password: hunter2hunter2', 'hunter2hunter2', 'api-key', '[secret removed]'],
    ['db at postgres://admin:S3cr3t!@db.acme.example/app', 'S3cr3t!', 'url-password', '[password removed]'],
    ['card 4242 4242 4242 4242 declined', '4242 4242 4242 4242', 'card', '[card •••• 4242]'],
    ['SSN 123-45-6789 on file', '123-45-6789', 'national-id', '[ID number removed]'],
    ['NI number AB123456C', 'AB123456C', 'national-id', '[ID number removed]'],
    ['身份证 11010519491231002X', '11010519491231002X', 'national-id', '[ID number removed]'],
    ['Authorization: bearer eyJhbGciOiJIUzI1NiJ9.abc.def', 'eyJhbGciOiJIUzI1NiJ9.abc.def', 'bearer', '[token removed]'],
    ['AUTHORIZATION: BEARER eyJhbGciOiJIUzI1NiJ9.abc.def', 'eyJhbGciOiJIUzI1NiJ9.abc.def', 'bearer', '[token removed]'],
    ['{"user":"dana","password":"Hunter2Secret!"}', 'Hunter2Secret!', 'api-key', '[secret removed]'],
    ['{"api_key": "abcd1234efgh5678"}', 'abcd1234efgh5678', 'api-key', '[secret removed]'],
    ['secret_key=abcd1234efgh5678', 'abcd1234efgh5678', 'api-key', '[secret removed]'],
    ['auth_token=abcd1234efgh5678ijkl', 'abcd1234efgh5678ijkl', 'api-key', '[secret removed]'],
    ['X-Api-Key: abcd1234efgh5678', 'abcd1234efgh5678', 'api-key', '[secret removed]'],
    [
      'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'api-key',
      '[secret removed]',
    ],
    ["password='p@ss w0rd!'", 'p@ss w0rd!', 'api-key', '[secret removed]'],
    ['password: "correct horse battery staple"', 'correct horse battery staple', 'api-key', '[secret removed]'],
    [
      'GH_PAT=github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
      'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz',
      'api-key',
      '[API key removed]',
    ],
    ['xapp-1-A0123456789-1234567890123-abcdef0123456789', 'xapp-1-A0123456789', 'api-key', '[API key removed]'],
    ['https://user:p@ss@host.example.com/', 'p@ss', 'url-password', '[password removed]'],
    ['SSN 123 45 6789 on file', '123 45 6789', 'national-id', '[ID number removed]'],
    ['NI AB 12 34 56 C', 'AB 12 34 56 C', 'national-id', '[ID number removed]'],
    ['{"password":"admin"}', 'admin', 'api-key', '[secret removed]'],
    [
      'Authorization: token 0123456789abcdef0123456789abcdef01234567',
      '0123456789abcdef0123456789abcdef01234567',
      'bearer',
      '[token removed]',
    ],
    ['TOKEN abcdef0123456789abcd', 'abcdef0123456789abcd', 'bearer', '[token removed]'],
    ['Bearer abcdefghijklmnopqrst', 'abcdefghijklmnopqrst', 'bearer', '[token removed]'],
    ['ssn: 123 45 6789', '123 45 6789', 'national-id', '[ID number removed]'],
    ['Social Security Number 123 45 6789', '123 45 6789', 'national-id', '[ID number removed]'],
    ['password: admin', 'admin', 'api-key', '[secret removed]'],
    ['api_key=abc12', 'abc12', 'api-key', '[secret removed]'],
    ["pwd = 'a b c'", 'a b c', 'api-key', '[secret removed]'],
    ['{"password":"Hunt3r\\"2 more secret"}', '2 more secret', 'api-key', '[secret removed]'],
  ])('%s', (text, secret, kind, mask) => {
    const { out, found } = run(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(mask);
    expect(found.map((f) => f.kind)).toContain(kind);
  });

  test.each([
    ['order 4242 4242 4242 4241 (fails the Luhn check)'],
    ['request_id=req_8f3a2c and HTTP 500'],
    ['ticket 4821 at 2026-11-18T09:12:00Z'],
    ['version 1.2.3-45-6789x'],
    ['the token refresh_endpoint_fails_here again'],
    ['Call 555 12 3456 tomorrow'],
  ])('leaves ordinary text alone: %s', (text) => {
    expect(run(text).out).toBe(text);
  });

  test.each([
    ['postgres://admin:admin@db.acme.example/prod', 'postgres://admin:[password removed]@db.acme.example/prod'],
    ['password: password', 'password: [secret removed]'],
    ['secret: secret', 'secret: [secret removed]'],
  ])('masks the value, not an earlier word that is the same: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  test('Luhn', () => {
    expect(luhn('4242424242424242')).toBe(true);
    expect(luhn('4242424242424241')).toBe(false);
    expect(luhn('1234')).toBe(false);
  });
});

// As pasted from a log that holds JSON inside a string.
test.each([
  [
    String.raw`body={\"user\":\"dana\",\"password\":\"hunter22\"}`,
    String.raw`body={\"user\":\"dana\",\"password\":\"[secret removed]\"}`,
  ],
  [String.raw`\"api_key\": \"abc123def\"`, String.raw`\"api_key\": \"[secret removed]\"`],
  [String.raw`{\"password\":\"Hunt\\\"3r 2\",\"n\":1}`, String.raw`{\"password\":\"[secret removed]\",\"n\":1}`],
  [
    String.raw`{\"password\":\"a\\\\\"}, \"user\":\"bob\"}`,
    String.raw`{\"password\":\"[secret removed]\"}, \"user\":\"bob\"}`,
  ],
  [
    String.raw`{\"password\":\"a\\\\\\\"b\"}, \"user\":\"bob\"}`,
    String.raw`{\"password\":\"[secret removed]\"}, \"user\":\"bob\"}`,
  ],
  [
    String.raw`{\"password\":\"\\\\\",\"user\":\"bob\"}`,
    String.raw`{\"password\":\"[secret removed]\",\"user\":\"bob\"}`,
  ],
  // Escaped twice: a log line quoted again, by a JSON logger (\\\") or by Python (\\").
  [String.raw`{\\\"password\\\":\\\"hunter2\\\"}`, String.raw`{\\\"password\\\":\\\"[secret removed]\\\"}`],
  [String.raw`{\\"password\\":\\"hunter2\\"}`, String.raw`{\\"password\\":\\"[secret removed]\\"}`],
  [
    String.raw`{\\\"password\\\":\\\"Hunt\\\\\\\"3r 2\\\", \\\"user\\\":\\\"bob\\\"}`,
    String.raw`{\\\"password\\\":\\\"[secret removed]\\\", \\\"user\\\":\\\"bob\\\"}`,
  ],
  [String.raw`pwd=\\"password\\": \\"hunter22\\"`, String.raw`pwd=\\"[secret removed]\\": \\"[secret removed]\\"`],
  // A value ending in a backslash, escaped twice: masked, and the quote and comma after it stay.
  [
    JSON.stringify(JSON.stringify(JSON.stringify({ password: 'a\\' }))),
    String.raw`"\"{\\\"password\\\":\\\"[secret removed]\\\"}\""`,
  ],
  [
    JSON.stringify(JSON.stringify(JSON.stringify({ password: 'a\\', user: 'bob' }))),
    String.raw`"\"{\\\"password\\\":\\\"[secret removed]\\\",\\\"user\\\":\\\"bob\\\"}\""`,
  ],
  // Cut off before its closing quote at the end of the text.
  [String.raw`{\"password\":\"hunter2`, String.raw`{\"password\":\"[secret removed]`],
  ['{"password":"hunter2', '{"password":"[secret removed]'],
  [String.raw`{\\\"password\\\":\\\"hunter2`, String.raw`{\\\"password\\\":\\\"[secret removed]`],
  ['{"password":"hunter2\\', '{"password":"[secret removed]'],
  // One holding a quote is not taken whole from there: the quote may name the next secret, masked as ever.
  [String.raw`pwd:"u6VT;password='N1sw3.{\"password":"K2CwXlZy1"}`, 'pwd:"[secret removed]":"[secret removed]"}'],
])('a secret in escaped JSON is masked whole: %s', (text, masked) => {
  expect(run(text).out).toBe(masked);
});

describe('a secret two rules recognise is masked once', () => {
  test.each([
    ['api_key=sk_live_abcdefghijklmnop1234 in the log', 'api_key=[API key removed] in the log'],
    ['password: AKIAIOSFODNN7EXAMPLE', 'password: [API key removed]'],
    [`X-Api-Key: ghp_${'a1'.repeat(18)}`, 'X-Api-Key: [API key removed]'],
    // The URL's password is masked first; what the name's bare value holds before it is masked too.
    ['secret = https://u:pw12@host.example/x', 'secret = [secret removed][password removed]@host.example/x'],
    [
      'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def then auth_token=abcd1234efgh',
      'Authorization: Bearer [token removed] then auth_token=[secret removed]',
    ],
  ])('%s', (text, masked) => {
    const { out, found } = run(text);
    expect(out).toBe(masked);
    // The Brief step lists what it masked: one item per secret, no mask read as a second one.
    expect(found).toHaveLength(masked.split('removed]').length - 1);
  });
});

describe('secrets side by side are each masked', () => {
  test.each([
    [
      `GET https://app.example.com/cb?access_token=ghp_${'a1'.repeat(18)}&password=Hunter22 500`,
      'GET https://app.example.com/cb?access_token=[API key removed]&password=[secret removed] 500',
    ],
    [
      'POST /login?user=bob&password=Hunter22&api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      'POST /login?user=bob&password=[secret removed][API key removed]',
    ],
    ['John Doe 555-123-4567 123-45-6789', 'John Doe [phone number removed] [ID number removed]'],
    // Not read as one card from the second group on, which left "123-" showing.
    ['token 123-45-6789 123-45-6789', 'token [ID number removed] [ID number removed]'],
    ['SSN123-45-6789 123-45-6789', 'SSN[ID number removed] [ID number removed]'],
    ['4111111111111111.john@x.com', '[card •••• 1111][email removed]'],
    ['AB 12 34 56 C.postgres://app:pw99@host', '[ID number removed].postgres://app:[password removed]@host'],
    // A password with no user name, as Redis URLs have one.
    ['REDIS_URL=redis://:Zq9redisPW@cache:6379/0', 'REDIS_URL=redis://:[password removed]@cache:6379/0'],
    // A quoted secret holding a key or a token is masked whole.
    ['{"password": "sk_live_4eC39HqLyjWDarjtT1zdp7dc and then hunter2"}', '{"password": "[secret removed]"}'],
    ["password='Bearer abcdefghijklmnop1234 tail-secret'", "password='[secret removed]'"],
    ['password="https://u:pw@h tail"', 'password="[secret removed]"'],
    ['tracking 9400 1000 0000 0000 0000 00.555-123-4567', 'tracking 9400 1000 0000 0000 0000 [phone number removed]'],
    // The first characters of a secret, before a key it runs into.
    ['pwd=a1-AKIAIOSFODNN7EXAMPLE', 'pwd=[secret removed][API key removed]'],
    // An AWS key id and its secret key, as the pair is stored.
    ['AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '[API key removed]:[secret removed]'],
    [
      'AKIAIOSFODNN7EXAMPLE,wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY,us-east-1',
      '[API key removed],[secret removed],us-east-1',
    ],
    [
      'aws_access_key_id=AKIAIOSFODNN7EXAMPLE aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'aws_access_key_id=[API key removed] aws_secret_access_key=[secret removed]',
    ],
    ['"AKIAIOSFODNN7EXAMPLE" "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"', '"[API key removed]" "[secret removed]"'],
    ["'AKIAIOSFODNN7EXAMPLE':'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'", "'[API key removed]':'[secret removed]'"],
    ['["AKIAIOSFODNN7EXAMPLE","wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]', '["[API key removed]","[secret removed]"]'],
    [
      '{"id":"AKIAIOSFODNN7EXAMPLE","key":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}',
      '{"id":"[API key removed]","key":"[secret removed]"}',
    ],
    ['AKIAIOSFODNN7EXAMPLE\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '[API key removed]\n[secret removed]'],
    ['ASIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '[API key removed]:[secret removed]'],
    // In backticks, after " / " or " - ", with JSON fields between them, or the secret key first.
    ['`AKIAIOSFODNN7EXAMPLE` `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`', '`[API key removed]` `[secret removed]`'],
    ['AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '[API key removed] / [secret removed]'],
    ['AKIAIOSFODNN7EXAMPLE - wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '[API key removed] - [secret removed]'],
    [
      '{"id":"AKIAIOSFODNN7EXAMPLE","region":"us-east-1","ttl":3600,"key":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}',
      '{"id":"[API key removed]","region":"us-east-1","ttl":3600,"key":"[secret removed]"}',
    ],
    [
      String.raw`{\"id\":\"ASIAIOSFODNN7EXAMPLE\",\"region\":\"us-east-1\",\"key\":\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}`,
      String.raw`{\"id\":\"[API key removed]\",\"region\":\"us-east-1\",\"key\":\"[secret removed]\"}`,
    ],
    ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY AKIAIOSFODNN7EXAMPLE', '[secret removed] [API key removed]'],
    [
      '{"key":"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY","region":"us-east-1","id":"AKIAIOSFODNN7EXAMPLE"}',
      '{"key":"[secret removed]","region":"us-east-1","id":"[API key removed]"}',
    ],
    // Arrows, dashes, parentheses and prose between them; URL-encoded; as AWS STS answers in XML.
    ['AKIAIOSFODNN7EXAMPLE – wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '[API key removed] – [secret removed]'],
    ['AKIAIOSFODNN7EXAMPLE -> wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', '[API key removed] -> [secret removed]'],
    ['AKIAIOSFODNN7EXAMPLE (wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)', '[API key removed] ([secret removed])'],
    [
      'key id AKIAIOSFODNN7EXAMPLE and secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      'key id [API key removed] and secret [secret removed]',
    ],
    [
      'AKIAIOSFODNN7EXAMPLE, secret key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      '[API key removed], secret key: [secret removed]',
    ],
    ['AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI%2FK7MDENG%2FbPxRfiCYEXAMPLEKEY', '[API key removed] [secret removed]'],
    [
      '<AccessKeyId>ASIAIOSFODNN7EXAMPLE</AccessKeyId><SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</SecretAccessKey><SessionToken>IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ==</SessionToken>',
      '<AccessKeyId>[API key removed]</AccessKeyId><SecretAccessKey>[secret removed]</SecretAccessKey><SessionToken>[secret removed]</SessionToken>',
    ],
    ['password=Q7/sk_live_4eC39HqLyjWDarjtT1zdp7dc', 'password=[secret removed][API key removed]'],
    // A quoted value that names the next secret.
    ['pwd="password":"x"', 'pwd="[secret removed]":"[secret removed]"'],
    [String.raw`pwd=\"password\": \"hunter22\"`, String.raw`pwd=\"[secret removed]\": \"[secret removed]\"`],
    // A run of digits that is no card does not swallow the card after it.
    ['Tel: +44 20 7946 0958 4111 1111 1111 1111', 'Tel: [phone number removed] [card •••• 1111]'],
    ['+86 138 1234 5678 4111 1111 1111 1111', '[phone number removed] [card •••• 1111]'],
    // After "+", a number as long as a phone number's is no card, whether phone numbers are masked or not.
    ['+86 130 0268 6642', '[phone number removed]'],
    // After "+", a phone number and a number after it are no card and its code; the phone number ends before it.
    ['+86 130 0268 6642 123', '[phone number removed] 123'],
    // The 2 of "CVV2" is not read as a card's first digit.
    ['CVV2 1234 4111 1111 1111 1111', 'CVV2 [security code removed] [card •••• 1111]'],
    // An address with a card in it is masked whole.
    ['mail ann.lee+4111111111111111@example.com now', 'mail [email removed] now'],
  ])('%s', (text, masked) => {
    expect(run(text, { emails: true, phones: true, keep: [] }).out).toBe(masked);
  });
});

test.each([
  ['+86 130 0268 6642', '+86 130 0268 6642'],
  ['+378282246310005', '+378282246310005'],
  ['+86 130 0268 6642 123', '+86 130 0268 6642 123'],
  ['call +86 130 0268 6642 123 today', 'call +86 130 0268 6642 123 today'],
  // A first group of 16 digits or more is no phone number's.
  ['+4111111111111111', '+[card •••• 1111]'],
  // A card written after the phone number, or after other text, is masked.
  ['+86 138 1234 5678 4111 1111 1111 1111 123', '+86 138 1234 5678 [card •••• 1111] [security code removed]'],
  [
    'call +1 415 555 0134, card 4111 1111 1111 1111 123',
    'call +1 415 555 0134, card [card •••• 1111] [security code removed]',
  ],
  ['order 12 4111 1111 1111 1111 123', 'order 12 [card •••• 1111] [security code removed]'],
])(
  'with phone numbers shown, a number after "+" is a card only if no phone number can be read there: %s',
  (text, masked) => {
    expect(run(text).out).toBe(masked);
  },
);

describe('an AWS secret key in the JSON object that holds its key id', () => {
  const ID = 'AKIAIOSFODNN7EXAMPLE';
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
  const FIELDS = '"region":"us-east-1","ttl":3600,"user":"ann","role":"admin","mfa":false,"env":"prod"';
  test.each([
    ['six fields between them', `{"id":"${ID}",${FIELDS},"key":"${SECRET}"}`],
    ['the secret first', `{"key":"${SECRET}",${FIELDS},"id":"${ID}"}`],
    ['an array between them', `{"id":"${ID}","tags":["a","b",{"c":1}],${FIELDS},"key":"${SECRET}"}`],
    ['an object between them', `{"id":"${ID}","meta":{"owner":{"name":"ann"}},${FIELDS},"key":"${SECRET}"}`],
    ['the secret in an object in it', `{"id":"${ID}",${FIELDS},"auth":{"key":"${SECRET}"}}`],
    ['escaped in a log line', `{\\"id\\":\\"${ID}\\",${FIELDS.replaceAll('"', '\\"')},\\"key\\":\\"${SECRET}\\"}`],
    ['a log cut off before it closes', `{"Credentials":{"AccessKeyId":"${ID}",${FIELDS},"sk":"${SECRET}"`],
  ])('%s', (_, text) => {
    const { out } = run(text);
    expect(out).not.toContain(SECRET);
    expect(out).not.toContain(ID);
    expect(out).toContain('"us-east-1');
  });

  test('a value in another object stays', () => {
    const text = `[{"id":"${ID}"},{${FIELDS},"sha":"${SECRET}"}]`;
    expect(run(text).out).toBe(`[{"id":"[API key removed]"},{${FIELDS},"sha":"${SECRET}"}]`);
  });

  test.each([
    ['many fields after a key id', `{"id":"${ID}",${'"a":1,'.repeat(33_000)}"key":"${SECRET}"}`],
    ['a key id in each of thousands of fields', `{${`"id":"${ID}","a":1,`.repeat(6000)}"key":"${SECRET}"}`],
    ['100,000 brackets opened before the values', `${'['.repeat(100_000)}${`"${SECRET}",`.repeat(2300)}"${ID}"`],
  ])(
    'hostile text (200 KB of JSON, %s) is masked at once',
    (_, text) => {
      expect(run(text).out).not.toContain(SECRET);
    },
    1000,
  );
});

test('a card the agent chose to show is shown whole, not read again as a phone number', () => {
  const text = 'card 4111 1111 1111 1111 ok';
  const key = redactionKey('card', '4111 1111 1111 1111');
  const { out, found } = run(text, { emails: true, phones: true, keep: [key] });
  expect(out).toBe(text);
  expect(found.map((f) => [f.kind, f.kept])).toEqual([['card', true]]);
});

describe('where a bare secret ends', () => {
  test.each([
    [
      '根本原因：token=abc password=hunter22。感谢协助，贵团队无需进一步处理。',
      '根本原因：token=abc password=[secret removed]。感谢协助，贵团队无需进一步处理。',
    ],
    [
      '客户说 api_key=sk12345，之后所有导出都失败了，影响 300 个用户。',
      '客户说 api_key=[secret removed]，之后所有导出都失败了，影响 300 个用户。',
    ],
    ['登录失败（password=hunter22）请重置', '登录失败（password=[secret removed]）请重置'],
    ['配置里 secret=abcd1234、token 也错了', '配置里 secret=[secret removed]、token 也错了'],
    ['The password=hunter22. Please reset it.', 'The password=[secret removed]. Please reset it.'],
    ['It was password=hunter22.', 'It was password=[secret removed].'],
    // "!" and "?" may end a password ("Summer2024!"): masked with it rather than left showing.
    ['Try pwd=hunter22!\nThen retry', 'Try pwd=[secret removed]\nThen retry'],
    ['Is it api_key=abcd1234? Yes', 'Is it api_key=[secret removed] Yes'],
    ['password=Summer2024!', 'password=[secret removed]'],
    ['"password=hunter22."', '"password=[secret removed]."'],
    ['Password: “correct horse”', 'Password: “[secret removed]”'],
    ['password=”hunter22” then', 'password=”[secret removed]” then'],
    ['password: it’s-Me-2024 then', 'password: [secret removed] then'],
    ['password: correct‐horse‐battery then', 'password: [secret removed] then'],
  ])('the text after it stays: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  test.each([
    ['use password=p.ss.w0rd! to log in', 'use password=[secret removed] to log in'],
    ['use password=p.ss.w0rd!, then retry', 'use password=[secret removed], then retry'],
    ['secret=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl. Then', 'secret=[secret removed]. Then'],
    ['password=hunter.22 works', 'password=[secret removed] works'],
    ['password=Pässwörd1 works', 'password=[secret removed] works'],
  ])('a secret holding dots or symbols is masked whole: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  test('hostile text (a value of 200,000 dots) is masked at once', () => {
    const text = `password=ab${'.'.repeat(200_000)}x then`;
    expect(fastestMs(() => run(text), 2000)).toBeLessThan(2000);
    expect(run(text).out).toBe('password=[secret removed] then');
  });

  test.each([
    ['a.', 'a run of scheme or address characters'],
    ['1-', 'a run of digits and dashes'],
    [' ', 'a run of spaces'],
  ])(
    'hostile text (80 KB of "%s", %s) is copied as is, at once',
    (unit) => {
      const text = `${unit.repeat(80_000 / unit.length)}end`;
      expect(run(text, { emails: true, phones: true, keep: [] }).out).toBe(text);
    },
    2000,
  );

  test('a Chinese description copies whole', () => {
    const brief = renderBrief(
      draft({ description: '客户说 api_key=sk12345，之后所有导出都失败了，影响 300 个用户。' }),
      'markdown',
      'zh-CN',
      OPTS,
    );
    expect(brief).toContain('客户说 api_key=\\[secret removed\\]，之后所有导出都失败了，影响 300 个用户。');
  });
});

describe('secrets named in Chinese or after a full-width colon', () => {
  test.each([
    ['密码：hunter2', '密码：[secret removed]'],
    ['密码: hunter2', '密码: [secret removed]'],
    ['password：hunter2', 'password：[secret removed]'],
    ['PASSWORD＝hunter22', 'PASSWORD＝[secret removed]'],
    ['口令=abcd1234，请勿外传', '口令=[secret removed]，请勿外传'],
    ['密钥：wJalrXUtnFEMI/K7MDENG。', '密钥：[secret removed]。'],
    ['api密钥：sk12345abc，已失效', 'api密钥：[secret removed]，已失效'],
    ['令牌=abcd1234efgh', '令牌=[secret removed]'],
    ['访问令牌 : eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc', '访问令牌 : [secret removed]'],
    ['登录密码：“hunter 22”', '登录密码：“[secret removed]”'],
    ['新密码　：　Hunter22，请尽快修改', '新密码　：　[secret removed]，请尽快修改'],
  ])('%s', (text, masked) => {
    const { out, found } = run(text);
    expect(out).toBe(masked);
    expect(found.map((f) => f.kind)).toEqual(['api-key']);
  });

  test.each([
    ['忘记密码了，请帮忙重置'],
    ['密码：已重置，请查收邮件'],
    ['修改密码：请在设置页面操作'],
    ['密码错误 5 次后账号被锁定'],
    ['密钥是 abcd1234 吗？'],
    ['令牌：过期了'],
    ['密码：123'],
  ])('leaves prose about passwords alone: %s', (text) => {
    expect(run(text).out).toBe(text);
  });

  test.each(BRIEF_FORMATS)('a Chinese brief in %s copies them masked', (format) => {
    const out = renderBrief(
      draft({ repro: { evidence: ['登录失败 密码：hunter2 password：hunter2，忘记密码了'] } }),
      format,
      'zh-CN',
      OPTS,
    );
    expect(out).not.toContain('hunter2');
    expect(out).toContain('忘记密码了');
  });
});

describe('card numbers as they are written', () => {
  test.each([
    ['card 4111\u00a01111\u00a01111\u00a01111 declined', 'card [card •••• 1111] declined'],
    ['card 4111\u202f1111\u202f1111\u202f1111 declined', 'card [card •••• 1111] declined'],
    ['card 4111\u20091111\u20091111\u20091111 declined', 'card [card •••• 1111] declined'],
    ['card 4111\u200b1111\u200b1111\u200b1111 declined', 'card [card •••• 1111] declined'],
    ['card 4111.1111.1111.1111 declined', 'card [card •••• 1111] declined'],
    ['Amex 3782.822463.10005 declined', 'Amex [card •••• 0005] declined'],
    ['card 4111\u20111111\u20111111\u20111111 declined', 'card [card •••• 1111] declined'],
    ['付款失败 卡号 4111\u00a01111\u00a01111\u00a01111，请核实', '付款失败 卡号 [card •••• 1111]，请核实'],
    ['卡号４１１１１１１１１１１１１１１１，请核实', '卡号[card •••• 1111]，请核实'],
    ['卡号：４１１１　１１１１　１１１１　１１１１。', '卡号：[card •••• 1111]。'],
    ['card4111111111111111', 'card[card •••• 1111]'],
    ['cc:4111111111111111x', 'cc:[card •••• 1111]x'],
    ['4111 1111 1111 1111abc', '[card •••• 1111]abc'],
    ['card_4111111111111111_exp', 'card_[card •••• 1111]_exp'],
  ])('%s', (text, masked) => {
    const { out, found } = run(text);
    expect(out).toBe(masked);
    expect(found.map((f) => f.kind)).toEqual(['card']);
  });

  test.each([
    ['from 192.168.100.200 running 4.1.1111.1111'],
    ['card 4111.1111.1111.1112 (fails the Luhn check)'],
    ['https://acme.slack.com/archives/C01/p1?thread_ts=1700000000.123456'],
    ['total 4111111111111111.50 and ratio 0.4111111111111111'],
    ['卡号４１１１１１１１１１１１１１１２不对'],
  ])('leaves other numbers alone: %s', (text) => {
    expect(run(text).out).toBe(text);
  });
});

describe("a card's expiry date and security code", () => {
  test.each([
    ['4111 1111 1111 1111 123', '[card •••• 1111] [security code removed]'],
    ['4111111111111111 12/26 123', '[card •••• 1111] [expiry date removed] [security code removed]'],
    [
      'card 4111 1111 1111 1111 exp 12/26 cvv 123',
      'card [card •••• 1111] exp [expiry date removed] cvv [security code removed]',
    ],
    ['Amex 3782 822463 10005 1234 declined', 'Amex [card •••• 0005] [security code removed] declined'],
    ['Amex 3782 822463 10005 1234cc', 'Amex [card •••• 0005] [security code removed]cc'],
    ['card4111111111111111cvv123', 'card[card •••• 1111]cvv[security code removed]'],
    // With more numbers after it, whichever of them is the code.
    ['4111 1111 1111 1111 123 456', '[card •••• 1111] [security code removed]'],
    ['4111 1111 1111 1111 12/26 123 4567', '[card •••• 1111] [expiry date removed] [security code removed]'],
    ['4111 1111 1111 1111 1 2', '[card •••• 1111] [security code removed]'],
    ['4111 1111 1111 1111 123 456-7890', '[card •••• 1111] [security code removed]'],
    // An expiry date written with a dash.
    ['4111111111111111 12-26', '[card •••• 1111] [expiry date removed]'],
    ['3782 822463 10005 2026-12 1234', '[card •••• 0005] [expiry date removed] [security code removed]'],
    ['4111-1111-1111-1111 12-2026 123', '[card •••• 1111] [expiry date removed] [security code removed]'],
    [
      'card 4111 1111 1111 1111 exp 12-26 cvv 123',
      'card [card •••• 1111] exp [expiry date removed] cvv [security code removed]',
    ],
    // Before a field in capitals, and with the expiry date after it.
    ['4111 1111 1111 1111 123 ZIP 94107', '[card •••• 1111] [security code removed] ZIP 94107'],
    ['4111 1111 1111 1111 123 12/26', '[card •••• 1111] [security code removed] [expiry date removed]'],
    [
      'CC#: 4111111111111111 CVV: 123 EXP: 12/26',
      'CC#: [card •••• 1111] CVV: [security code removed] EXP: [expiry date removed]',
    ],
    ['4111111111111111|12/2026|123', '[card •••• 1111]|[expiry date removed]|[security code removed]'],
    ['Card: 4111111111111111, Exp: 12/26', 'Card: [card •••• 1111], Exp: [expiry date removed]'],
    [
      '卡号 ４１１１ １１１１ １１１１ １１１１ 有效期 12/26 安全码 123',
      '卡号 [card •••• 1111] 有效期 [expiry date removed] 安全码 [security code removed]',
    ],
    ['4111111111111111\t123', '[card •••• 1111]\t[security code removed]'],
    ['4111111111111111:123', '[card •••• 1111]:[security code removed]'],
    ['4111 1111 1111 1111\n123', '[card •••• 1111]\n[security code removed]'],
    ['4111111111111111 ; 123', '[card •••• 1111] ; [security code removed]'],
    ['4111111111111111\t12/26\t123', '[card •••• 1111]\t[expiry date removed]\t[security code removed]'],
    ['4111111111111111:12/26:123', '[card •••• 1111]:[expiry date removed]:[security code removed]'],
    // A dump with the month and the year in fields of their own.
    ['4111111111111111|12|2026|123', '[card •••• 1111]|[expiry date removed]|[security code removed]'],
    ['4111111111111111,12,2026,123', '[card •••• 1111],[expiry date removed],[security code removed]'],
    ['4111111111111111; 12; 26; 123', '[card •••• 1111]; [expiry date removed]; [security code removed]'],
    // A date with spaces around its slash, or after its name with a dot or nothing between month and year.
    [
      'card 4111 1111 1111 1111 exp 12 / 26 cvv 123',
      'card [card •••• 1111] exp [expiry date removed] cvv [security code removed]',
    ],
    ['4111 1111 1111 1111 12 / 26 123', '[card •••• 1111] [expiry date removed] [security code removed]'],
    [
      'card 4111 1111 1111 1111 exp 12.26 cvv 123',
      'card [card •••• 1111] exp [expiry date removed] cvv [security code removed]',
    ],
    [
      'card 4111 1111 1111 1111 exp 1226 cvv 123',
      'card [card •••• 1111] exp [expiry date removed] cvv [security code removed]',
    ],
    // Before an amount, which stays.
    ['paid 4111 1111 1111 1111 123 45.50', 'paid [card •••• 1111] [security code removed] 45.50'],
    ['paid 4111 1111 1111 1111 123 1,234.50', 'paid [card •••• 1111] [security code removed] 1,234.50'],
    // Dumps with other separators, quoted fields, the year first or the holder's name between.
    ['4111111111111111:12:2026:123', '[card •••• 1111]:[expiry date removed]:[security code removed]'],
    ['4111111111111111/12/2026/123', '[card •••• 1111]/[expiry date removed]/[security code removed]'],
    ['"4111111111111111","12","2026","123"', '"[card •••• 1111]","[expiry date removed]","[security code removed]"'],
    ['4111111111111111|2026|12|123', '[card •••• 1111]|[expiry date removed]|[security code removed]'],
    ['4111111111111111|John Doe|12/26|123', '[card •••• 1111]|John Doe|[expiry date removed]|[security code removed]'],
    // Magnetic stripe data: all after the card on track 2, all after the name on track 1.
    [';4111111111111111=26121010000000000?', ';[card •••• 1111]=[card data removed]?'],
    ['%B4111111111111111^DOE/JOHN^2612101000000000000?', '%B[card •••• 1111]^DOE/JOHN^[card data removed]?'],
    // A date with more spaces, spaces around its dash, or its month by name after "exp".
    ['4111 1111 1111 1111  12  /  26', '[card •••• 1111]  [expiry date removed]'],
    ['4111 1111 1111 1111 12 - 26 123', '[card •••• 1111] [expiry date removed] [security code removed]'],
    [
      '4111 1111 1111 1111 exp Dec 2026 cvv 123',
      '[card •••• 1111] exp [expiry date removed] cvv [security code removed]',
    ],
  ])('right after the card: %s', (text, masked) => {
    const { out, found } = run(text);
    expect(out).toBe(masked);
    expect(found.map((f) => f.masked.startsWith(MASK_OF[f.kind] ?? '?'))).not.toContain(false);
  });

  test.each([
    ['cvv: 123', 'cvv: [security code removed]'],
    ['CVC 1234', 'CVC [security code removed]'],
    ['security code 123 was rejected', 'security code [security code removed] was rejected'],
    ['安全码 123', '安全码 [security code removed]'],
    ['CVV/CVC: 1234.', 'CVV/CVC: [security code removed].'],
    ['{"last4":"1111","cvc":"123"}', '{"last4":"1111","cvc":"[security code removed]"}'],
    ['CID: 1234', 'CID: [security code removed]'],
    ['csc=123', 'csc=[security code removed]'],
    ['card[cvc]=123&card[cvv]=456', 'card[cvc]=[security code removed]&card[cvv]=[security code removed]'],
    ['security_code: 123', 'security_code: [security code removed]'],
    ['sec code 123', 'sec code [security code removed]'],
    ['{"securityCode":"123"}', '{"securityCode":"[security code removed]"}'],
    ['cardCvc=123', 'cardCvc=[security code removed]'],
    ['cvv2=123, CVC2 456', 'cvv2=[security code removed], CVC2 [security code removed]'],
    ['the CVV number is 123', 'the CVV number is [security code removed]'],
    ['cvv code 123', 'cvv code [security code removed]'],
    ['CVV#: 123', 'CVV#: [security code removed]'],
    ['cvv (123)', 'cvv ([security code removed])'],
    ['cvv - 123', 'cvv - [security code removed]'],
    ['CVV码：123', 'CVV码：[security code removed]'],
    ['{\\"cvc\\":\\"123\\"}', '{\\"cvc\\":\\"[security code removed]\\"}'],
    ['Security code (CVV): 123', 'Security code (CVV): [security code removed]'],
    ['cvv. 123', 'cvv. [security code removed]'],
    ['cvv is: 123', 'cvv is: [security code removed]'],
    ['the cvv was 123', 'the cvv was [security code removed]'],
    [
      'card%5Bcvc%5D=123&card%5Bnumber%5D=4111111111111111',
      'card%5Bcvc%5D=[security code removed]&card%5Bnumber%5D=[card •••• 1111]',
    ],
  ])('named anywhere: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  test.each([
    ['CVV IS 123', 'CVV IS [security code removed]'],
    ['Cvv Was: 123', 'Cvv Was: [security code removed]'],
    ['cvv:\n123', 'cvv:\n[security code removed]'],
    ['ＣＶＶ：123', 'ＣＶＶ：[security code removed]'],
    ['cvv | 123', 'cvv | [security code removed]'],
    ['CVV / 123', 'CVV / [security code removed]'],
    ['cvv,123', 'cvv,[security code removed]'],
    ['cvv*: 123', 'cvv*: [security code removed]'],
    ['cvv: [123]', 'cvv: [[security code removed]]'],
    ['cvv → 123', 'cvv → [security code removed]'],
    ['q=cvv+123', 'q=cvv+[security code removed]'],
    ['cvc%20123', 'cvc%20[security code removed]'],
    ['card%5Bcvc%5D%3D123', 'card%5Bcvc%5D%3D[security code removed]'],
    ['Prüfnummer: 123', 'Prüfnummer: [security code removed]'],
    ['Kartenprüfnummer 123', 'Kartenprüfnummer [security code removed]'],
    ['cryptogramme visuel: 123', 'cryptogramme visuel: [security code removed]'],
    ['Cryptogramme 123', 'Cryptogramme [security code removed]'],
    ['卡验证码：123', '卡验证码：[security code removed]'],
    ['信用卡验证码 123', '信用卡验证码 [security code removed]'],
    ['código de seguridad: 123', 'código de seguridad: [security code removed]'],
    ['보안코드: 123', '보안코드: [security code removed]'],
    // With its expiry date after it, which goes too.
    ['Security code (CVV) - 4766 5/20', 'Security code (CVV) - [security code removed] [expiry date removed]'],
    ['cvv: 4641 2026-04 and Doe', 'cvv: [security code removed] [expiry date removed] and Doe'],
  ])('named in other cases, separators, URL forms and languages: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  // Without a card word, 验证码 is the one-time code a text message sends, no card's.
  test('an SMS verification code (验证码) is no security code', () => {
    expect(run('验证码 1234 没收到').out).toBe('验证码 1234 没收到');
  });

  test.each([
    ['4111 1111 1111 1111 order #123', '[card •••• 1111] order #123'],
    ['4111 1111 1111 1111 $120', '[card •••• 1111] $120'],
    ['4111 1111 1111 1111 120 USD', '[card •••• 1111] 120 USD'],
    ['4111 1111 1111 1111 120元', '[card •••• 1111] 120元'],
    ['4111 1111 1111 1111 2 attempts', '[card •••• 1111] 2 attempts'],
    ['4111 1111 1111 1111 120.50', '[card •••• 1111] 120.50'],
    ['4111111111111111 2024-05-01', '[card •••• 1111] 2024-05-01'],
    ['4111 1111 1111 1111 12/26/2024', '[card •••• 1111] 12/26/2024'],
    ['4111 1111 1111 1111 12-26-2024', '[card •••• 1111] 12-26-2024'],
    ['4111 1111 1111 1111 120 EUR', '[card •••• 1111] 120 EUR'],
    ['4111 1111 1111 1111 1 200 USD', '[card •••• 1111] 1 200 USD'],
    // Without the expiry date's name, a month and year written with a dot read as an amount.
    ['4111 1111 1111 1111 12.26', '[card •••• 1111] 12.26'],
    // A month by name without "exp" is a day the card was used.
    ['4111 1111 1111 1111 Jan 15, 2024', '[card •••• 1111] Jan 15, 2024'],
  ])('a number after a card that is something else stays: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  test('a caller id (Caller CID) is no security code', () => {
    expect(run('Caller CID: 4521').out).toBe('Caller CID: 4521');
  });

  // Read by the words around them, these showed the code; a team or a count after CID/CSC loses its number.
  test.each([
    ['CID 1234.', 'CID [security code removed].'],
    ['csc: 123 (Visa)', 'csc: [security code removed] (Visa)'],
    [
      'Amex 3782 822463 10005 declined.\nCID 1234 please',
      'Amex [card •••• 0005] declined.\nCID [security code removed] please',
    ],
    ['CSC 123 goes with 4111 1111 1111 1111', 'CSC [security code removed] goes with [card •••• 1111]'],
    ['card 4111 1111 1111 1111\n\nCSC 123 thanks', 'card [card •••• 1111]\n\nCSC [security code removed] thanks'],
    ['CSC: 987 and zip 94107', 'CSC: [security code removed] and zip 94107'],
    ['card ending 1111, CID 1234 please', 'card ending 1111, CID [security code removed] please'],
    ['Card: ************1111  CSC: 123 Name: Ann', 'Card: ************1111  CSC: [security code removed] Name: Ann'],
    ['csc 123 ok\ncard 4111 1111 1111 1111', 'csc [security code removed] ok\ncard [card •••• 1111]'],
    ['CSC 2024 queue', 'CSC [security code removed] queue'],
  ])('CID, CSC or CVD before 3 or 4 digits is a security code: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  test.each([['acid:ann@example.com'], ['Lucid:bob.smith@acme.com']])(
    'an address after a word ending in "cid:" is an email address: %s',
    (text) => {
      expect(run(text, { emails: true, phones: false, keep: [] }).out).toContain('[email removed]');
    },
  );

  test('an inline image of a mail ("cid:image001.png@…") is no email address', () => {
    const text = 'see <img src="cid:image001.png@01D9A1B2.C3D4E5F0"> from ann@acme.example';
    expect(run(text, { emails: true, phones: false, keep: [] }).out).toBe(
      'see <img src="cid:image001.png@01D9A1B2.C3D4E5F0"> from [email removed]',
    );
  });

  test.each([
    ['security code expired'],
    ['the cvv is wrong'],
    ['error code 123'],
    ['cvv: 12345'],
    ['promo code 1234'],
    ['{"cvc_check":"pass"}'],
    ['acid 123, cider 456'],
  ])('leaves other text alone: %s', (text) => {
    expect(run(text).out).toBe(text);
  });

  test.each([
    ['"cvv"', 'cvv', 1],
    ['"exp" after a card', '4111111111111111 exp', 1],
    ['"cvv" after a card, ten times', '4111111111111111 cvv', 10],
  ])(
    'hostile text (100 KB of spaces after %s) is masked at once',
    (_, lead, times) => {
      const text = `${lead}${' '.repeat(100_000 / times)}`.repeat(times);
      expect(run(text).out).toBe(text.replaceAll('4111111111111111', '[card •••• 1111]'));
    },
    1000,
  );

  test('hostile text (400 KB of single digits and spaces, a card read from each of them) is masked at once', () => {
    const text = '3 '.repeat(200_000);
    expect(fastestMs(() => run(text), 1000)).toBeLessThan(1000);
    expect(run(text).out).toBe(text);
  });

  test('hostile text (100 KB of backslashes between "cvv" and its code) is masked at once', () => {
    const backslashes = '\\'.repeat(100_000);
    expect(fastestMs(() => run(`cvv${backslashes}"123"`), 1000)).toBeLessThan(1000);
    expect(run(`cvv${backslashes}"123"`).out).toBe(`cvv${backslashes}"[security code removed]"`);
  });

  test.each([
    ['4111 1111 1111 1111 5500 0000 0000 0004', '[card •••• 1111] [card •••• 0004]'],
    ['4111 1111 1111 1111\n5500 0000 0000 0004', '[card •••• 1111]\n[card •••• 0004]'],
    ['4111 1111 1111 1111 123 5500-0000-0000-0004', '[card •••• 1111] [security code removed] [card •••• 0004]'],
  ])('a card after a card is a card, not its security code: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  test('a card the agent chose to show still has its security code masked', () => {
    const key = redactionKey('card', '4111 1111 1111 1111');
    expect(run('4111 1111 1111 1111 123', { ...OFF, keep: [key] }).out).toBe(
      '4111 1111 1111 1111 [security code removed]',
    );
  });

  test('a cut never shows a digit of the card, its expiry date or its security code', () => {
    const opts: RedactOptions = { emails: true, phones: true, keep: [] };
    const text = 'paid 4111111111111111 12/26 123 WARN, then cvv: 456 ok; 4111 1111 1111 1111 123 4567 8901';
    const spans = secretSpans(text, opts);
    for (let cut = 1; cut < text.length; cut++) {
      if (spans.some(([start, end]) => start < cut && end > cut)) continue;
      const shown = redact(text.slice(0, cut), opts, new Map()).replace(/\[[^\]]*\]/g, '');
      expect(shown).not.toMatch(/\d/);
    }
  });
});

describe('a reference number is no ID number', () => {
  test.each([
    ['Order ORD123-45-6789 shipped'],
    ['ref: TX123-45-6789-01'],
    ['PO123-45-6789 approved'],
    ['see INC123-45-6789'],
    ['build_123-45-6789 failed'],
  ])('%s', (text) => {
    expect(run(text).out).toBe(text);
  });

  test.each([
    ['SSN123-45-6789', 'SSN[ID number removed]'],
    ['ssn_123-45-6789', 'ssn_[ID number removed]'],
    ['Social Security123-45-6789', 'Social Security[ID number removed]'],
  ])('one glued to its label is: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });
});

describe('a card number is one a card network issues', () => {
  test.each([
    ['Visa 4111 1111 1111 1111', 'Visa [card •••• 1111]'],
    ['Visa (13 digits) 4222222222222', 'Visa (13 digits) [card •••• 2222]'],
    ['Mastercard 5555 5555 5555 4444', 'Mastercard [card •••• 4444]'],
    ['Mastercard 2223 0031 2200 3222', 'Mastercard [card •••• 3222]'],
    ['Amex 3782 822463 10005', 'Amex [card •••• 0005]'],
    ['Discover 6011 1111 1111 1117', 'Discover [card •••• 1117]'],
    ['Discover 6445 6445 6445 6445', 'Discover [card •••• 6445]'],
    ['JCB 3530 1113 3330 0000', 'JCB [card •••• 0000]'],
    ['Diners 3056 930902 5904', 'Diners [card •••• 5904]'],
    ['Diners 38520000023237', 'Diners [card •••• 3237]'],
    ['银联卡 6212 3456 7890 1232，请退款', '银联卡 [card •••• 1232]，请退款'],
    ['银联卡 621234567890123457', '银联卡 [card •••• 3457]'],
    ['Maestro 6759 6498 2643 8453', 'Maestro [card •••• 8453]'],
    ['Maestro 5018 0000 0000 0009', 'Maestro [card •••• 0009]'],
    ['Mir 2200 1230 0000 0004', 'Mir [card •••• 0004]'],
    ['RuPay 6070123000000002', 'RuPay [card •••• 0002]'],
    ['Verve 5061001000000000006', 'Verve [card •••• 0006]'],
    ['Troy 9792123000000003', 'Troy [card •••• 0003]'],
    ['UnionPay 8100123000000002', 'UnionPay [card •••• 0002]'],
  ])('%s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  // Each passes the Luhn check.
  test.each([
    ['ts=1732274400024 order=1234567890123452'],
    ['时间戳 1732274400024，订单号 1234567890123452 已退款'],
    ['created 17000000001231 ms'],
    ['call +1 415 555 0134 or +86 138 0013 8000, ext. 4411 2'],
  ])('leaves other long numbers alone: %s', (text) => {
    expect(run(text).out).toBe(text);
  });

  test('a minute of millisecond timestamps and a run of order ids are never cards', () => {
    const numbers = Array.from({ length: 1000 }, (_, i) => [
      String(1732274400000 + i * 37),
      String(1000000000000000 + i * 7919),
    ]).flat();
    const text = numbers.join(' ');
    expect(run(text).out).toBe(text);
  });
});

describe('options and undo', () => {
  test('emails and phone numbers only when asked', () => {
    const text = 'Reach dana@acme.example or +1 (415) 555-0134';
    expect(run(text).out).toBe(text);
    const { out } = run(text, { emails: true, phones: true, keep: [] });
    expect(out).toBe('Reach [email removed] or [phone number removed]');
  });

  test('an item the agent keeps stays visible, is still listed, and its key does not hold the value', () => {
    const secret = 'sk_live_51HxYzABCDEFGHIJKLMNOP';
    const key = redactionKey('api-key', secret);
    expect(key).not.toContain(secret);
    const { out, found } = run(`key ${secret}`, { ...OFF, keep: [key] });
    expect(out).toBe(`key ${secret}`);
    expect(found).toEqual([{ key, kind: 'api-key', masked: '[API key removed]', kept: true }]);
  });
});

describe('in the brief', () => {
  const leaky = draft({
    summary: 'Login fails for token Bearer abcdefghijklmnopqrstuvwxyz123456',
    repro: { evidence: ['GET https://admin:pa55word@api.acme.example/v1 -> 401', 'card 4242-4242-4242-4242'] },
  });

  test.each(BRIEF_FORMATS)('%s never carries the secrets', (format) => {
    const out = renderBrief(leaky, format, 'en', OPTS);
    expect(out).not.toContain('abcdefghijklmnopqrstuvwxyz123456');
    expect(out).not.toContain('pa55word');
    expect(out).not.toContain('4242-4242-4242-4242');
  });

  test.each(BRIEF_FORMATS)('%s masks a card typed with no-break spaces in a Chinese brief', (format) => {
    const out = renderBrief(
      draft({ repro: { evidence: ['付款失败 卡号 4111\u00a01111\u00a01111\u00a01111'] } }),
      format,
      'zh-CN',
      OPTS,
    );
    expect(out).toContain('付款失败 卡号 ');
    expect(out).toContain('•••• 1111');
    expect(out).not.toContain('4111\u00a01111');
  });

  test('the panel gets the list of what was masked', () => {
    expect(
      briefRedactions(leaky, 'en', OPTS)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(['bearer', 'card', 'url-password']);
  });

  test.each([
    ['en', 'card number', 'expiry date', 'security code'],
    ['zh-CN', '银行卡号', '有效期', '安全码'],
  ] as const)("the list names a card's expiry date and security code for what they are (%s)", (locale, ...labels) => {
    const t = panelTranslator(locale);
    const card = draft({ repro: { evidence: ['card 4111 1111 1111 1111 exp 12/26, then cvv: 123'] } });
    const listed = briefRedactions(card, locale, OPTS).map((r) => [
      t(`redact_${r.kind.replaceAll('-', '_')}`),
      r.masked,
    ]);
    expect(listed).toEqual([
      [labels[0], '[card •••• 1111]'],
      [labels[1], '[expiry date removed]'],
      [labels[2], '[security code removed]'],
    ]);
  });
});

test('a cut outside every secret span never splits what masking would mask (a card found once the key beside it is masked)', () => {
  const text = `{"payload":"${'A'.repeat(700)}","card":"４１１１１１１１１１１１１１１１sk_live_4eC39HqLyjWDarjtT1zdp7dc"}`;
  const opts: RedactOptions = { emails: true, phones: true, keep: [] };
  const card = text.indexOf('４');
  const spans = secretSpans(text, opts);
  expect(spans.some(([start, end]) => start <= card && end >= card + 16)).toBe(true);
});

test('a cut never falls in the digits right after a card, where the card would read as no card', () => {
  const opts: RedactOptions = { emails: true, phones: true, keep: [] };
  const text = '4111 1111 1111 1111 2024-05-01';
  for (let cut = 1; cut < text.length; cut++) {
    if (secretSpans(text, opts).some(([start, end]) => start < cut && end > cut)) continue;
    expect(redact(text.slice(0, cut), opts, new Map())).not.toContain('4111 1111 1111 1111');
  }
});

test('a number lines below a card is not read as its code; one on the next line still is', () => {
  const opts = { emails: true, phones: false, keep: [] };
  expect(redact('Visa 4111111111111111\n\n\n\n2024 was a great year', opts, new Map())).toBe(
    'Visa [card •••• 1111]\n\n\n\n2024 was a great year',
  );
  expect(redact('4111 1111 1111 1111\n123', opts, new Map())).toBe('[card •••• 1111]\n[security code removed]');
});

describe('HTTP Basic auth', () => {
  test.each([
    ['curl -H "Authorization: Basic YWRtaW46cGFzc3dvcmQ="', 'YWRtaW46cGFzc3dvcmQ='],
    ['authorization: basic YWRtaW46cGFzc3dvcmQ=', 'YWRtaW46cGFzc3dvcmQ='],
    ['{"headers":{"Authorization":"Basic dXNlcjpodW50ZXIy"}}', 'dXNlcjpodW50ZXIy'],
    ['AUTHORIZATION: BASIC dTpwdw==', 'dTpwdw=='],
  ])('the user name and password are masked: %s', (text, secret) => {
    const { out, found } = run(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('[token removed]');
    expect(found.map((f) => f.kind)).toEqual(['bearer']);
  });

  test.each([
    ['Upgraded from the Basic plan to Pro'],
    ['basic troubleshooting steps were done'],
    ['the Basic authentication prompt keeps coming back'],
  ])('prose stays: %s', (text) => {
    expect(run(text).out).toBe(text);
  });
});

describe('a Stripe webhook signing secret', () => {
  test.each([
    [
      'signing secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw for the endpoint',
      'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    ],
    ['STRIPE_WEBHOOK_SECRET="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'],
  ])('is masked: %s', (text, secret) => {
    const { out } = run(text);
    expect(out).not.toContain(secret);
    expect(out).not.toContain('whsec_Mf');
  });

  test('a card or an email address written against it is still masked as one', () => {
    expect(run('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw4111 1111 1111 1111').out).toBe(
      '[API key removed][card •••• 1111]',
    );
    expect(run('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwbob@example.com', { ...OFF, emails: true }).out).toBe(
      '[email removed]',
    );
  });

  test('the word whsec_ alone stays', () => {
    expect(run('secrets start with whsec_ in the dashboard').out).toBe('secrets start with whsec_ in the dashboard');
  });
});

describe('session cookies', () => {
  test.each([
    ['Cookie: session_id=8f2a91c0d3e4b5a6; theme=dark', 'Cookie: session_id=[session cookie removed]; theme=dark'],
    [
      'set-cookie: session=abc123def456; Path=/; HttpOnly',
      'set-cookie: session=[session cookie removed]; Path=/; HttpOnly',
    ],
    [
      '{"Cookie": "theme=dark; PHPSESSID=9c1f2e3d4a5b; locale=en"}',
      '{"Cookie": "theme=dark; PHPSESSID=[session cookie removed]; locale=en"}',
    ],
    ['Cookie: connect.sid=s%3Aabc.def; sidebar=open', 'Cookie: connect.sid=[session cookie removed]; sidebar=open'],
    ['Set-Cookie: XSRF-TOKEN=eyJpdiI6; path=/', 'Set-Cookie: XSRF-TOKEN=[session cookie removed]; path=/'],
    ['Cookie: jwt=eyJhbGciOi.x.y; lang=zh', 'Cookie: jwt=[session cookie removed]; lang=zh'],
  ])('the value is masked, other cookies stay: %s', (text, masked) => {
    expect(run(text).out).toBe(masked);
  });

  test.each([['Accepted the cookie banner; session expired after an hour'], ['Cookie: theme=dark; locale=en-GB']])(
    'stays: %s',
    (text) => {
      expect(run(text).out).toBe(text);
    },
  );
});

describe('a private key', () => {
  const body =
    'MIIEowIBAAKCAQEAx8Yz3kQ9pLm2vR7wT1uN4bC6dF0gH5jK8lM3nO2pQ7rS\nYWRtaW46cGFzc3dvcmQaBcDeFgHiJkLmNoPqRsTuVwXyZ01\no2s=';
  test.each([
    ['RSA', `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\nthanks`],
    ['PKCS #8', `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`],
    [
      'EC, encrypted',
      `-----BEGIN EC PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,ABCDEF0123\n\n${body}\n-----END EC PRIVATE KEY-----`,
    ],
    [
      'OpenSSH, on one line',
      `KEY=-----BEGIN OPENSSH PRIVATE KEY----- ${body.replaceAll('\n', ' ')} -----END OPENSSH PRIVATE KEY----- ok`,
    ],
    ['cut off before its END line', `private key: -----BEGIN RSA PRIVATE KEY-----\n${body}\n\nPlease rotate it.`],
    ['in JSON', JSON.stringify({ private_key: `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n` })],
  ])('its body is masked: %s', (_, text) => {
    const { out, found } = run(text);
    for (const line of body.split('\n')) expect(out).not.toContain(line);
    expect(out).toContain('PRIVATE KEY-----');
    expect(out).toContain('[private key removed]');
    expect(found.map((f) => f.kind)).toEqual(['private-key']);
  });

  test('what follows a key cut off is read on its own', () => {
    expect(run(`-----BEGIN PRIVATE KEY-----\n${body}\nPlease rotate it. password=hunter22`).out).toBe(
      '-----BEGIN PRIVATE KEY-----\n[private key removed]\nPlease rotate it. password=[secret removed]',
    );
  });

  test.each([
    ['We BEGIN the migration at noon'],
    ['-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----'],
  ])('stays: %s', (text) => {
    expect(run(text).out).toBe(text);
  });
});
