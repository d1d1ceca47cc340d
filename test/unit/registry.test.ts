import { describe, expect, test } from 'vitest';
import { HELPDESK_MATCHES, hostMatches, readPlan, siteFor, ticketKeyAt } from '../../lib/helpdesks/registry';
import { addressShowsNumber, ticketNumber } from '../../lib/helpdesks/ticket-number';

describe('host globs', () => {
  test.each([
    ['*.zendesk.com', 'acme.zendesk.com', true],
    ['*.zendesk.com', 'zendesk.com', false],
    ['*.zendesk.com', 'acme.zendesk.com.evil.example', false],
    ['*.zendesk.com', 'evilzendesk.com', false],
    ['app.intercom.com', 'app.intercom.com', true],
    ['app.intercom.com', 'x.app.intercom.com', false],
  ])('%s ~ %s -> %s', (glob, host, ok) => {
    expect(hostMatches(glob, host)).toBe(ok);
  });

  test('the manifest asks for https on the helpdesks’ own hosts only', () => {
    expect(HELPDESK_MATCHES).toContain('https://*.zendesk.com/*');
    for (const m of HELPDESK_MATCHES) expect(m).toMatch(/^https:\/\/[^/]+\/\*$/);
  });
});

describe('custom domains', () => {
  const custom = ['https://support.acme.com'];

  test('a ticket path on a custom domain the agent added is read by its helpdesk’s reader', () => {
    const url = new URL('https://support.acme.com/agent/tickets/77');
    expect(siteFor(url)).toBeUndefined();
    expect(siteFor(url, custom)?.site.id).toBe('zendesk');
    expect(ticketKeyAt(url.href, custom)).toEqual({
      key: 'zendesk:support.acme.com:77',
      ticketId: '77',
      helpdesk: 'zendesk',
    });
    expect(readPlan(url, custom)).toEqual({ script: '/read-zendesk.js' });
  });

  test('another origin on the same host is not the custom domain', () => {
    expect(siteFor(new URL('https://support.acme.com:8443/agent/tickets/77'), custom)).toBeUndefined();
  });
});

describe('what gets injected', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/4821', { script: '/read-zendesk.js' }],
    ['https://acme.zendesk.com/agent/dashboard', { reason: 'not-a-ticket' }],
    ['https://status.example.org/incident/1', { script: '/read-generic.js' }],
    ['http://intranet.example/ticket/1', { reason: 'unreachable' }],
    ['chrome://extensions/', { reason: 'browser-page' }],
    ['about:blank', { reason: 'browser-page' }],
    ['view-source:https://acme.zendesk.com/agent/tickets/4821', { reason: 'browser-page' }],
    ['file:///home/dana/ticket.html', { reason: 'browser-page' }],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html', { reason: 'browser-page' }],
    ['https://chromewebstore.google.com/detail/escalation-brief/abc', { reason: 'browser-page' }],
    ['https://chrome.google.com/webstore/detail/abc', { reason: 'browser-page' }],
    ['https://addons.mozilla.org/en-US/firefox/', { reason: 'browser-page' }],
  ])('%s', (href, plan) => {
    expect(readPlan(new URL(href))).toEqual(plan);
  });

  test('a URL that is not one gives no draft key', () => {
    expect(ticketKeyAt('not a url')).toBeUndefined();
  });
});

describe('the number a ticket is shown with', () => {
  test.each([
    [{ helpdesk: 'salesforce', ticketId: '500Hu00001Lx9QpIAJ', customFields: { caseNumber: '00001031' } }, '00001031'],
    [{ helpdesk: 'helpscout', ticketId: '2615606748', customFields: { number: '19839' } }, '19839'],
    [{ helpdesk: 'zoho', ticketId: '705423000012345017', customFields: { ticketNumber: '4821' } }, '4821'],
    [{ helpdesk: 'salesforce', ticketId: '500Hu00001Lx9QpIAJ' }, '500Hu00001Lx9QpIAJ'],
    [{ helpdesk: 'zendesk', ticketId: '4821', customFields: { number: '7' } }, '4821'],
    [{ helpdesk: 'generic' }, undefined],
  ] as const)('%j → %s', (ticket, expected) => {
    expect(ticketNumber(ticket)).toBe(expected);
  });
});

describe('the number a moved-to ticket is announced by', () => {
  test('the address shows it for most helpdesks, not where it holds an internal id (Salesforce, Help Scout, Front, Zoho)', () => {
    expect(addressShowsNumber('zendesk')).toBe(true);
    expect(addressShowsNumber('jira')).toBe(true);
    expect(addressShowsNumber('helpscout')).toBe(false);
    expect(addressShowsNumber('salesforce')).toBe(false);
    expect(addressShowsNumber('front')).toBe(false);
    expect(addressShowsNumber('zoho')).toBe(false);
  });
});
