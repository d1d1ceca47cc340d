import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Firefox, launchFirefox } from '../../scripts/firefox-browser.mjs';
import { type FixtureServer, HOST, startFixtureServer } from '../../scripts/fixture-server.mjs';

let server: FixtureServer;
let ff: Firefox;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefox(server.port);
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

const SUMMARY = `document.querySelector('input[name="summary"]')?.value`;

// The panel in a tab of its own, reading the ticket's tab, as the Chromium tests open it.
async function openPanelFor(ticketUrl: string): Promise<void> {
  await ff.goto(ticketUrl);
  await ff.openExtensionPage('options.html');
  const tabId = await ff.evaluate<number>(
    `return (await window.browser.tabs.query({ url: ${JSON.stringify(ticketUrl)} }))[0].id;`,
  );
  await ff.openExtensionPage(`sidepanel.html?tab=${tabId}`);
}

describe('the Firefox build in Firefox', () => {
  test('reads the Zendesk ticket through the helpdesk API into the panel', async () => {
    server.state.api = 'ok';
    const before = server.state.requests.length;
    await openPanelFor(server.ticketUrl());
    expect(await ff.waitFor(SUMMARY)).toBe('Data export stops at 10,000 rows for large accounts');
    expect(await ff.evaluate('return document.body.innerText;')).toContain('Read through the helpdesk API');
    const asked = server.state.requests.slice(before).map((r) => `${r.host}${r.path}`);
    expect(asked.some((r) => r.startsWith(`${HOST}/api/v2/tickets/4821.json`))).toBe(true);
  });

  test('a draft typed in Firefox is there when the panel is opened again', async () => {
    server.state.api = 'forbidden';
    await openPanelFor(server.ticketUrl());
    await ff.waitFor(SUMMARY);
    await ff.type('input[name="summary"]', ' (seen in Firefox)');
    await ff.waitFor(
      `(async () => Object.values(await window.browser.storage.local.get(null)).some((v) => JSON.stringify(v).includes('(seen in Firefox)')))()`,
    );
    await openPanelFor(server.ticketUrl());
    expect(await ff.waitFor(`${SUMMARY}?.endsWith('(seen in Firefox)') && ${SUMMARY}`)).toBe(
      'Data export stops at 10,000 rows for large accounts (seen in Firefox)',
    );
  });

  // Firefox's Date.parse reads no date without a year; the panel reads them itself.
  test('a date typed without a year, Nov 19, is understood', async () => {
    server.state.api = 'forbidden';
    await openPanelFor(server.ticketUrl());
    await ff.waitFor(SUMMARY);
    await ff.evaluate(
      `[...document.querySelectorAll('nav button')].find((b) => b.textContent.includes('Impact')).click();`,
    );
    const since = 'input[name="impact.duration.since"]';
    const unread = `document.querySelector('${since}')?.closest('div')?.querySelector('[role="alert"]')?.textContent`;
    await ff.waitFor(`document.querySelector('${since}')`);
    await ff.type(since, 'yesterday', { clear: true });
    expect(await ff.waitFor(unread)).toContain('This date was not understood');
    await ff.type(since, 'Nov 19', { clear: true });
    expect(await ff.waitFor(`document.querySelector('${since}').value === 'Nov 19' && !(${unread})`)).toBe(true);
  });
});
