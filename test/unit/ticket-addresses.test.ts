// A ticket address is opened as a link and by a reminder's click: only a web address (http, https) is kept from
// an import, and only one is opened.
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildExport, planImport } from '../../lib/data/backup';
import type { Escalation } from '../../lib/escalation/model';
import { escalate } from '../../lib/followup/actions';
import { wireFollowUps } from '../../lib/platform/followup-worker';
import { updateIndex } from '../../lib/platform/record-index';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { panelTranslator } from './support/messages';
import { stubLocks } from './support/web-locks';

const SETTINGS = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const recordWith = (id: string, url: string): Escalation =>
  escalate(
    {
      ...draft({ id, key: `zendesk:${id}`, severity: 'high', summary: `Issue ${id}` }),
      ticketUrl: url,
      ticket: { helpdesk: 'zendesk', ticketId: id, url, source: 'api', missing: [] },
    },
    new Date(),
    SETTINGS,
  );

beforeEach(() => {
  fakeBrowser.reset();
  stubLocks();
  vi.stubGlobal('fetch', async () => new Response('{}'));
  return () => vi.unstubAllGlobals();
});

test('an imported escalation keeps its web ticket address; one of another scheme is left out and the report says so', () => {
  const file = buildExport({}, new Date());
  file.items = {
    'record:evil1': recordWith('evil1', 'javascript:document.title="PWNED"'),
    'record:ok1': recordWith('ok1', 'https://acme.zendesk.com/agent/tickets/4821'),
    'record:plain': recordWith('plain', ''),
  };
  const r = planImport(JSON.stringify(file), {});
  if (!r.ok) throw new Error('expected a plan');
  expect(r.plan.imported).toEqual(['record:evil1', 'record:ok1', 'record:plain']);
  const evil = r.plan.writes['record:evil1'] as Escalation;
  expect([evil.ticketUrl, evil.ticket?.url, evil.summary]).toEqual(['', '', 'Issue evil1']);
  const ok = r.plan.writes['record:ok1'] as Escalation;
  expect([ok.ticketUrl, ok.ticket?.url]).toEqual([
    'https://acme.zendesk.com/agent/tickets/4821',
    'https://acme.zendesk.com/agent/tickets/4821',
  ]);
  expect(r.plan.skipped).toEqual([
    { key: 'record:evil1.ticketUrl', reason: 'not-web-address' },
    { key: 'record:evil1.ticket.url', reason: 'not-web-address' },
  ]);
  expect(panelTranslator('en')('options_skipNotWebAddress')).toBe(
    'only a web address (http or https) is kept as a ticket address; this one was left out',
  );
});

test('clicking the reminder of an escalation whose ticket address is no web address opens no tab', async () => {
  const r = recordWith('old1', 'javascript:alert(1)');
  await fakeBrowser.storage.local.set({ settings: SETTINGS, 'record:old1': r });
  await updateIndex({ 'record:old1': { newValue: r } });
  const create = vi.spyOn(fakeBrowser.tabs, 'create');
  wireFollowUps();
  await fakeBrowser.notifications.onClicked.trigger('followup:internal+customer:old1');
  await vi.waitFor(async () => {
    const shown = (await fakeBrowser.storage.local.get('ui:show-escalation'))['ui:show-escalation'];
    expect(shown).toMatchObject({ id: 'old1', action: 'view' });
  });
  await new Promise((done) => setTimeout(done, 50));
  expect(create).not.toHaveBeenCalled();
});
