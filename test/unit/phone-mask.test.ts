import { describe, expect, test } from 'vitest';
import { redact } from '../../lib/redact';
import type { RedactOptions } from '../../lib/redaction-options';
import { fastestMs } from './support/timing';

// "Mask phone numbers" and "Mask email addresses" on, as an agent sending logs to engineering has them.
const ON: RedactOptions = { emails: true, phones: true, keep: [] };
const masked = (text: string) => redact(text, ON, new Map());

describe('with phone numbers masked, what in a log is no phone number stays', () => {
  test.each([
    [
      '2026-12-01T10:00:00Z upstream=192.168.100.200:8443 ts=1764583200123 err=ETIMEDOUT',
      '2026-12-01T10:00:00Z upstream=192.168.100.200:8443 ts=1764583200123 err=ETIMEDOUT',
    ],
    // An IPv4 address, with or without a port, at the end of a sentence too.
    ['The worker at 192.168.100.200.', 'The worker at 192.168.100.200.'],
    ['host 255.255.255.255 down', 'host 255.255.255.255 down'],
    ['[10.120.130.140]:443', '[10.120.130.140]:443'],
    // 12 digits or more in one run starting with 1 or 0: a millisecond timestamp, a zero-padded id.
    ['timestamp 1764600000000', 'timestamp 1764600000000'],
    ['retry 3 1764583200123 failed', 'retry 3 1764583200123 failed'],
    ['row 000000123456', 'row 000000123456'],
    // A bare number a log or JSON key names, other than a phone's, that could not be dialled as written.
    ['ts=1764600000', 'ts=1764600000'],
    ['request_id=1234567890 user=dana', 'request_id=1234567890 user=dana'],
    ['{"invoice": 10000000123}', '{"invoice": 10000000123}'],
    ['{"invoice":"10000000123"}', '{"invoice":"10000000123"}'],
    [String.raw`{\"invoice\":\"10000000123\"}`, String.raw`{\"invoice\":\"10000000123\"}`],
    ["{'bytes': 123456789}", "{'bytes': 123456789}"],
    ['count = 123456789', 'count = 123456789'],
    ['订单号=10000000123', '订单号=10000000123'],
    // A phone number after them is still masked.
    ['ts=1764583200123 415 555 0132', 'ts=1764583200123 [phone number removed]'],
  ])('%s', (text, out) => {
    expect(masked(text)).toBe(out);
  });
});

describe('with phone numbers masked, every phone number is', () => {
  test.each([
    ['Call +44 20 7946 0958 today', 'Call [phone number removed] today'],
    ['Call (415) 555-0132', 'Call [phone number removed]'],
    ['Call (020) 7946 0958 or (0)20 7946 0958', 'Call [phone number removed] or ([phone number removed]'],
    ['Call 415-555-0132.', 'Call [phone number removed].'],
    ['Call 415.555.0132', 'Call [phone number removed]'],
    ['phone=4155550132', 'phone=[phone number removed]'],
    ['tel: +1 415 555 0132', 'tel: [phone number removed]'],
    ['手机 138 0013 8000', '手机 [phone number removed]'],
    ['手机 13800138000', '手机 [phone number removed]'],
    ['手机号=10000000123', '手机号=[phone number removed]'],
    ['座机 020-12345678', '座机 [phone number removed]'],
    // After a key naming a phone, whatever the digits.
    ['Phone=1764600000', 'Phone=[phone number removed]'],
    ['{"mobile_no": "1234567890"}', '{"mobile_no": "[phone number removed]"}'],
    ['callback_to=1234567890', 'callback_to=[phone number removed]'],
    ['to=1234567890 from=1234567891', 'to=[phone number removed] from=[phone number removed]'],
    // After any other key, one that could be dialled as written, and one with "+" or grouped.
    ['user=13800138000', 'user=[phone number removed]'],
    ['login=6440040066', 'login=[phone number removed]'],
    ['uid=14155550132', 'uid=[phone number removed]'],
    ['ref=02079460958', 'ref=[phone number removed]'],
    ['wa_id=919876543210', 'wa_id=[phone number removed]'],
    ['id=+14155550132', 'id=[phone number removed]'],
    ['customer="415-555-0132"', 'customer="[phone number removed]"'],
    // 12 digits or more with a country code and no "+", or "00" for it.
    ['8613800138000', '[phone number removed]'],
    ['00447946095800', '[phone number removed]'],
    ['+1764583200123', '[phone number removed]'],
    // Dotted in five groups, as in France: no IPv4 address.
    ['01.23.45.67.89', '[phone number removed]'],
  ])('%s', (text, out) => {
    expect(masked(text)).toBe(out);
  });
});

describe('hostile text (200 KB) is masked at once', () => {
  test.each([
    ['digits with dots', '192.168.100.200.'],
    ['timestamps after ts=', 'ts=1764583200123 '],
    ['a key and a digit', 'ts=1'],
    ['JSON numbers', '{"invoice": 10000000123},'],
    ['a long key', 'a.b-c_d'],
  ])('%s', (_, unit) => {
    const text = `${unit.repeat(200_000 / unit.length)}=1234567890 x`;
    expect(fastestMs(() => masked(text), 1000)).toBeLessThan(1000);
  });
});
