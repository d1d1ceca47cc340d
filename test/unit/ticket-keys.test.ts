import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canonicalTicketKey, draftKey, legacyTicketKey } from '../../lib/escalation/draft-key';
import { RECORD_INDEX_VERSION, RecordIndex, StoredEscalation } from '../../lib/escalation/migrate';
import { Escalation } from '../../lib/escalation/model';
import { openForTicket } from '../../lib/followup/list';
import { recordId18 } from '../../lib/helpdesks/salesforce-id';
import { listSetAside, loadDraft, restoreSetAside } from '../../lib/platform/draft-store';

describe('Salesforce record ids', () => {
  test.each([
    // Salesforce's own worked example of the case-encoding suffix.
    ['001A0000006Vm9r', '001A0000006Vm9rIAC'],
    ['500Hu00001Mz3Kq', '500Hu00001Mz3KqIAJ'],
    ['500000000000000', '500000000000000AAA'],
    ['500ABCDEABCDEAB', '500ABCDEABCDEABY55'],
    ['500Hu00001Mz3KqIAJ', '500Hu00001Mz3KqIAJ'],
  ])('%s is kept as %s', (id, id18) => {
    expect(recordId18(id)).toBe(id18);
  });

  test('ids differing only in letter case stay two records', () => {
    expect(recordId18('500hu00001mz3kq')).not.toBe(recordId18('500Hu00001Mz3Kq'));
  });

  test('keys: only a 15-character Salesforce id changes, and the legacy key is its first 15 characters', () => {
    expect(canonicalTicketKey('salesforce:500Hu00001Mz3Kq')).toBe('salesforce:500Hu00001Mz3KqIAJ');
    expect(canonicalTicketKey('zendesk:500Hu00001Mz3Kq')).toBe('zendesk:500Hu00001Mz3Kq');
    expect(canonicalTicketKey('salesforce:500Hu00001Mz3KqIAJ')).toBe('salesforce:500Hu00001Mz3KqIAJ');
    expect(legacyTicketKey('salesforce:500Hu00001Mz3KqIAJ')).toBe('salesforce:500Hu00001Mz3Kq');
    // A suffix that does not spell the id's case was never derived from a 15-character key.
    expect(legacyTicketKey('salesforce:500Hu00001Mz3KqAAA')).toBeUndefined();
    expect(legacyTicketKey('zendesk:500Hu00001Mz3KqIAJ')).toBeUndefined();
  });
});

const OLD_KEY = 'salesforce:500Hu00001Mz3Kq';
const NEW_KEY = 'salesforce:500Hu00001Mz3KqIAJ';
const stored = (key: string) => ({
  id: 'esc-7',
  schemaVersion: 2,
  key,
  summary: 'Case export loses attachments',
  createdAt: '2026-11-22T11:00:00.000Z',
  updatedAt: '2026-11-22T11:00:00.000Z',
  ticket: {
    helpdesk: 'salesforce',
    ticketId: key.slice('salesforce:'.length),
    url: 'https://northwind.lightning.force.com/lightning/r/Case/500Hu00001Mz3Kq/view',
    source: 'dom',
    missing: [],
  },
});

describe('drafts and records kept under a 15-character Salesforce id', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('an old draft opens on the same case read by its 18-character id, and moves there', async () => {
    await fakeBrowser.storage.local.set({ [`draft:${OLD_KEY}`]: stored(OLD_KEY) });
    const read = await loadDraft(NEW_KEY);
    expect(read.state === 'ok' && read.value).toMatchObject({
      key: NEW_KEY,
      summary: 'Case export loses attachments',
      ticket: { ticketId: '500Hu00001Mz3KqIAJ' },
    });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([`draft:${NEW_KEY}`]);
  });

  test('an old draft storage refuses to move still opens, and moves at the next read', async () => {
    await fakeBrowser.storage.local.set({ [`draft:${OLD_KEY}`]: stored(OLD_KEY) });
    const refused = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES'));
    const read = await loadDraft(NEW_KEY);
    expect(read.state === 'ok' && read.value.summary).toBe('Case export loses attachments');
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([`draft:${OLD_KEY}`]);
    refused.mockRestore();
    await loadDraft(NEW_KEY);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([`draft:${NEW_KEY}`]);
  });

  test('a draft already under the new key wins; the old one is set aside and offered back', async () => {
    await fakeBrowser.storage.local.set({
      [`draft:${OLD_KEY}`]: stored(OLD_KEY),
      [`draft:${NEW_KEY}`]: { ...stored(NEW_KEY), summary: 'Newer' },
    });
    const read = await loadDraft(NEW_KEY);
    expect(read.state === 'ok' && read.value.summary).toBe('Newer');
    const since = Date.parse('2026-11-22T11:00:00.000Z');
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).sort()).toEqual([`draft:${NEW_KEY}`, `quarantine:draft:${NEW_KEY}:${since}`]);
    expect(all[`quarantine:draft:${NEW_KEY}:${since}`]).toMatchObject({
      key: NEW_KEY,
      summary: 'Case export loses attachments',
    });
    const again = await loadDraft(NEW_KEY);
    expect(again.state === 'ok' && again.value.summary).toBe('Newer');
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toHaveLength(2);
  });

  test('an old record and its index row read with the 18-character key, so the case shows as escalated', () => {
    const record = StoredEscalation.parse(stored(OLD_KEY));
    expect(record.key).toBe(NEW_KEY);
    expect(record.ticket?.ticketId).toBe('500Hu00001Mz3KqIAJ');
    expect(Escalation.parse(stored(NEW_KEY))).toEqual(record);

    const index = RecordIndex.parse({
      version: RECORD_INDEX_VERSION,
      rows: {
        'esc-7': {
          ...stored(OLD_KEY),
          status: 'escalated',
          ticket: undefined,
          helpdesk: 'salesforce',
          ticketId: '500Hu00001Mz3Kq',
        },
      },
    });
    expect(index.rows['esc-7']).toMatchObject({ key: NEW_KEY, ticketId: '500Hu00001Mz3KqIAJ' });
  });
});

describe('tickets numbered per account', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  const ZD = 'https://acme.zendesk.com/agent/tickets/4821';
  const read = (url: string, helpdesk: 'zendesk' | 'jira' | 'helpscout', ticketId: string) => ({
    helpdesk,
    ticketId,
    url,
  });

  test('two accounts with the same ticket number have two drafts', () => {
    expect(draftKey(read(ZD, 'zendesk', '4821'))).toBe('zendesk:acme.zendesk.com:4821');
    expect(draftKey(read('https://globex.zendesk.com/agent/tickets/4821', 'zendesk', '4821'))).toBe(
      'zendesk:globex.zendesk.com:4821',
    );
    expect(draftKey(read('https://acme.atlassian.net/browse/SUP-12', 'jira', 'SUP-12'))).toBe(
      'jira:acme.atlassian.net:SUP-12',
    );
    // Ids unique across accounts keep their key.
    expect(
      draftKey(read('https://secure.helpscout.net/conversation/2615606748/19839', 'helpscout', '2615606748')),
    ).toBe('helpscout:2615606748');
  });

  test('an older key is read with its account, from the ticket address it holds', () => {
    expect(canonicalTicketKey('zendesk:4821', ZD)).toBe('zendesk:acme.zendesk.com:4821');
    expect(canonicalTicketKey('zendesk:4821', undefined)).toBe('zendesk:4821');
    expect(canonicalTicketKey('helpscout:2615606748', 'https://secure.helpscout.net/conversation/2615606748')).toBe(
      'helpscout:2615606748',
    );
    expect(legacyTicketKey('zendesk:acme.zendesk.com:4821')).toBe('zendesk:4821');
    expect(legacyTicketKey('helpscout:2615606748')).toBeUndefined();
  });

  const stored = (url: string, summary: string) =>
    Escalation.parse({
      id: 'd1',
      schemaVersion: 2,
      key: 'zendesk:4821',
      summary,
      createdAt: '2026-11-22T11:00:00.000Z',
      updatedAt: '2026-11-22T11:00:00.000Z',
      ticketUrl: url,
    });

  test("an older draft moves to its own account's key; another account's is left for that account", async () => {
    await fakeBrowser.storage.local.set({ 'draft:zendesk:4821': stored(ZD, 'Acme export') });
    const globex = await loadDraft('zendesk:globex.zendesk.com:4821');
    expect(globex.state).toBe('empty');
    const acme = await loadDraft('zendesk:acme.zendesk.com:4821');
    expect(acme.state === 'ok' && acme.value).toMatchObject({
      key: 'zendesk:acme.zendesk.com:4821',
      summary: 'Acme export',
    });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['draft:zendesk:acme.zendesk.com:4821']);
  });

  test("a copy set aside under an older key is offered back to its own account's ticket, and goes when used", async () => {
    const local = fakeBrowser.storage.local as { getKeys?: () => Promise<string[]> };
    const original = local.getKeys;
    local.getKeys = undefined;
    try {
      await fakeBrowser.storage.local.set({
        'quarantine:draft:zendesk:4821:1700000000000': stored(ZD, 'Set aside in a conflict'),
        'quarantine:draft:zendesk:4821:1700000000001': stored(
          'https://globex.zendesk.com/agent/tickets/4821',
          'Globex',
        ),
      });
      expect((await listSetAside('zendesk:globex.zendesk.com:4821')).map((i) => i.draft.summary)).toEqual(['Globex']);
      const [copy] = await listSetAside('zendesk:acme.zendesk.com:4821');
      expect(copy?.draft.summary).toBe('Set aside in a conflict');
      if (copy) await restoreSetAside(copy, new Date('2026-11-30T12:00:00Z'));
      expect(await listSetAside('zendesk:acme.zendesk.com:4821')).toEqual([]);
      const read = await loadDraft('zendesk:acme.zendesk.com:4821');
      expect(read.state === 'ok' && read.value.summary).toBe('Set aside in a conflict');
    } finally {
      local.getKeys = original;
    }
  });

  test('an older record shows as the open escalation of its own account only', () => {
    const index = RecordIndex.parse({
      version: RECORD_INDEX_VERSION,
      rows: {
        r1: { ...stored(ZD, 'Acme export'), status: 'escalated', helpdesk: 'zendesk', ticketId: '4821' },
      },
    });
    expect(openForTicket(Object.values(index.rows), 'zendesk:acme.zendesk.com:4821')).toHaveLength(1);
    expect(openForTicket(Object.values(index.rows), 'zendesk:globex.zendesk.com:4821')).toHaveLength(0);
  });
});
