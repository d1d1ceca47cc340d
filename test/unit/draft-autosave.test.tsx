import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useDraftAutosave } from '../../components/useDraftAutosave';
import { Escalation } from '../../lib/escalation/model';
import { saveDraft } from '../../lib/platform/draft-store';
import type { Settings } from '../../lib/settings/model';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const KEY = 'zendesk:1';
const STORAGE_KEY = `draft:${KEY}`;
const base = Escalation.parse({
  id: 'esc-1',
  schemaVersion: 2,
  key: KEY,
  summary: 'From the ticket',
  createdAt: '2026-11-22T11:00:00.000Z',
  updatedAt: '2026-11-22T11:00:00.000Z',
});

interface Panel {
  form: UseFormReturn<Escalation>;
  api: ReturnType<typeof useDraftAutosave>;
  deleted: number;
  unmount: () => void;
}

const mounted: Panel[] = [];

function mount(
  initial = base,
  settings: Pick<Settings, 'agentTier' | 'timeZone'> = { agentTier: 'l2', timeZone: 'UTC' },
): Panel {
  const panel = { deleted: 0 } as Panel;
  mounted.push(panel);
  function Harness() {
    const form = useForm<Escalation>({ defaultValues: initial });
    panel.form = form;
    panel.api = useDraftAutosave(form, KEY, settings, () => {
      panel.deleted++;
    });
    return null;
  }
  const root = createRoot(document.createElement('div'));
  act(() => root.render(<Harness />));
  let live = true;
  panel.unmount = () => {
    if (live) act(() => root.unmount());
    live = false;
  };
  return panel;
}

// What a keystroke does: the registered field's change handler (a value set by the panel has no type).
const type = (p: Panel, summary: string) =>
  act(async () => {
    await p.form.register('summary').onChange({ target: { name: 'summary', value: summary }, type: 'change' });
  });
const wait = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
const stored = async () => ((await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as Escalation)?.summary;
const writtenElsewhere = (summary: string) =>
  act(async () => {
    await saveDraft({ ...base, summary, updatedAt: new Date(Date.now() + 5).toISOString() });
  });
const setAside = async () =>
  Object.entries(await fakeBrowser.storage.local.get(null))
    .filter(([k]) => k.startsWith('quarantine:draft:'))
    .map(([, v]) => (v as Escalation).summary);

// The first write of the draft that `held` picks is kept back until the test lets it land, as a slow
// storage write would be; other writes land at once.
function holdSave(held: (draft: Escalation | undefined) => boolean): () => Promise<void> {
  const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  let release: (() => Promise<void>) | undefined;
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((items: Record<string, unknown>) => {
    if (held(items[STORAGE_KEY] as Escalation | undefined) && !release) {
      return new Promise<void>((done) => (release = () => realSet(items).then(done)));
    }
    return realSet(items);
  });
  return async () => release?.();
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: new Date('2026-11-22T12:00:00.000Z'), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  await saveDraft(base);
});
// A test that fails half-way must not leave its panel listening to the next test's storage.
afterEach(() => {
  for (const panel of mounted.splice(0)) panel.unmount();
  vi.useRealTimers();
});

describe("the engine's suggestion saved with the draft", () => {
  // Shown as 17:00 without a zone, and it is 12:00 UTC: in Tokyo the SLA passed at 08:00 UTC, in Los
  // Angeles it is due at 01:00 UTC tomorrow.
  test.each([
    ['Asia/Tokyo', 'high'],
    ['America/Los_Angeles', 'medium'],
  ] as const)("reads the ticket's SLA time in the options' time zone (%s): %s", async (timeZone, severity) => {
    const draft = {
      ...base,
      ticket: {
        helpdesk: 'zendesk' as const,
        url: 'u',
        source: 'dom' as const,
        missing: [],
        dueAt: '2026-11-22T17:00',
      },
    };
    await saveDraft(draft);
    const panel = mount(draft, { agentTier: 'l2', timeZone });
    await type(panel, 'Typed in the side panel');
    await wait(1000);
    const saved = (await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as Escalation;
    expect(saved.summary).toBe('Typed in the side panel');
    expect(saved.suggested.severity).toBe(severity);
    panel.unmount();
  });
});

describe('a draft changed elsewhere while this panel is open', () => {
  test('with nothing typed here waiting, the copy is taken in place and nothing is written back', async () => {
    const panel = mount();
    await writtenElsewhere('Written in the pop-out');
    expect(panel.form.getValues('summary')).toBe('Written in the pop-out');
    expect(panel.api.conflict).toBeUndefined();
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    await wait(1000);
    panel.unmount();
    expect(writes).not.toHaveBeenCalled();
    expect(await stored()).toBe('Written in the pop-out');
  });

  test('typed here but not saved yet: it asks, writes nothing until asked, then keeps what was typed', async () => {
    const panel = mount();
    await type(panel, 'Typed in the side panel');
    await writtenElsewhere('Imported');
    expect(panel.api.conflict).toMatchObject({ state: 'saved', draft: { summary: 'Imported' } });
    await wait(1000);
    expect(await stored()).toBe('Imported');
    await act(async () => panel.api.keepMine());
    await wait(10);
    expect(await stored()).toBe('Typed in the side panel');
    panel.unmount();
  });

  test('typed here, its save still on the way when the other copy lands: it asks rather than lose either', async () => {
    const panel = mount();
    const release = holdSave((d) => d?.summary === 'Typed here');
    await type(panel, 'Typed here');
    await wait(300);
    await writtenElsewhere('Typed in the other panel');
    await act(async () => release());
    expect(panel.api.conflict).toMatchObject({ draft: { summary: 'Typed in the other panel' } });
    // Taking theirs puts theirs back on top of this panel's late write.
    await act(async () => panel.api.takeTheirs());
    await wait(10);
    expect(panel.form.getValues('summary')).toBe('Typed in the other panel');
    expect(await stored()).toBe('Typed in the other panel');
    panel.unmount();
  });

  test('a value the panel filled in itself is no typing: the copy is taken without asking', async () => {
    const panel = mount();
    await act(async () =>
      panel.api.asPanel(() => panel.form.setValue('description', 'Prefilled from similar escalations')),
    );
    await writtenElsewhere('Written in the pop-out');
    expect(panel.api.conflict).toBeUndefined();
    expect(panel.form.getValues('summary')).toBe('Written in the pop-out');
    panel.unmount();
  });

  test("a value the agent set with a click (a linked thread, a deadline) is the agent's: it asks", async () => {
    const panel = mount();
    await act(async () => panel.form.setValue('needed.deadline', '2026-11-23T17:00', { shouldDirty: true }));
    await writtenElsewhere('Written in the pop-out');
    expect(panel.api.conflict).toMatchObject({ state: 'saved' });
    panel.unmount();
  });

  test('deleted elsewhere with nothing typed waiting: it starts over and never writes the draft back', async () => {
    const panel = mount();
    await act(async () => fakeBrowser.storage.local.remove(STORAGE_KEY));
    expect(panel.deleted).toBe(1);
    await type(panel, 'A keystroke while the ticket is read again');
    await wait(1000);
    panel.unmount();
    expect(await stored()).toBeUndefined();
  });

  test('closed before choosing: the version storage does not hold is set aside, once however often', async () => {
    const panel = mount();
    await type(panel, 'Typed in the side panel');
    await writtenElsewhere('Imported');
    window.dispatchEvent(new Event('pagehide'));
    await wait(5000);
    window.dispatchEvent(new Event('pagehide'));
    panel.unmount();
    await wait(10);
    expect(await stored()).toBe('Imported');
    expect(await setAside()).toEqual(['Typed in the side panel']);
  });

  test("keeping what was typed, after this panel's own save landed late, keeps it and the other panel's change", async () => {
    const panel = mount();
    const release = holdSave((d) => d?.description === 'Typed here');
    await act(async () => {
      await panel.form
        .register('description')
        .onChange({ target: { name: 'description', value: 'Typed here' }, type: 'change' });
    });
    await wait(300);
    await act(async () => {
      await saveDraft({ ...base, summary: 'Other panel summary', updatedAt: new Date(Date.now() + 5).toISOString() });
    });
    await act(async () => release());
    expect(panel.api.conflict).toBeDefined();
    await act(async () => panel.api.keepMine());
    await wait(10);
    const kept = (await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as Escalation;
    expect([kept.summary, kept.description]).toEqual(['Other panel summary', 'Typed here']);
    panel.unmount();
  });

  test('choosing after the copy was set aside takes the set-aside copy away', async () => {
    const panel = mount();
    await type(panel, 'Typed in the side panel');
    await writtenElsewhere('Imported');
    await act(async () => window.dispatchEvent(new Event('pagehide')));
    expect(await setAside()).toEqual(['Typed in the side panel']);
    await act(async () => panel.api.keepMine());
    await wait(10);
    // This panel's copy is stored again, so its set-aside copy goes; the other version, whose summary it
    // overwrote, is kept aside in its place.
    expect(await setAside()).toEqual(['Imported']);
    expect(await stored()).toBe('Typed in the side panel');
    panel.unmount();
  });

  test("keeping what was typed keeps the other panel's changes to other fields, and sets nothing aside", async () => {
    const panel = mount();
    await type(panel, 'Summary typed here');
    await act(async () => {
      await saveDraft({
        ...base,
        description: 'Described in the other panel',
        updatedAt: new Date(Date.now() + 5).toISOString(),
      });
    });
    expect(panel.api.conflict).toBeDefined();
    await act(async () => panel.api.keepMine());
    await wait(10);
    const kept = (await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY] as Escalation;
    expect([kept.summary, kept.description]).toEqual(['Summary typed here', 'Described in the other panel']);
    expect([panel.form.getValues('summary'), panel.form.getValues('description')]).toEqual([
      'Summary typed here',
      'Described in the other panel',
    ]);
    expect(await setAside()).toEqual([]);
    panel.unmount();
  });

  test('deleted elsewhere while typing, closed before choosing: what was typed is set aside', async () => {
    const panel = mount();
    await type(panel, 'Typed in the side panel');
    await act(async () => fakeBrowser.storage.local.remove(STORAGE_KEY));
    expect(panel.api.conflict).toMatchObject({ state: 'deleted' });
    panel.unmount();
    await wait(10);
    expect(await stored()).toBeUndefined();
    expect(await setAside()).toEqual(['Typed in the side panel']);
  });

  test('typing during the question and then taking theirs: theirs stays stored', async () => {
    const panel = mount();
    await type(panel, 'Typed A');
    await writtenElsewhere('Theirs');
    await type(panel, 'Typed B');
    await act(async () => panel.api.takeTheirs());
    await wait(1000);
    expect(panel.form.getValues('summary')).toBe('Theirs');
    expect(await stored()).toBe('Theirs');
  });

  test('a write that failed does not leave the panel asking about every later copy', async () => {
    const panel = mount();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await type(panel, 'Lost to a full disk');
    await wait(300);
    set.mockImplementation(realSet);
    await type(panel, 'Saved this time');
    await wait(300);
    await writtenElsewhere('Written in the pop-out');
    expect(panel.api.conflict).toBeUndefined();
    expect(panel.form.getValues('summary')).toBe('Written in the pop-out');
  });

  test('typing while the two-panel question is open, after this panel’s own late write landed, survives closing', async () => {
    const release = holdSave((d) => d?.summary === 'X');
    const panel = mount();
    await type(panel, 'X');
    await wait(300);
    await writtenElsewhere('Y');
    expect(panel.api.conflict).toBeDefined();
    await act(async () => release());
    await type(panel, 'X and more typed while asked');
    // Hidden, not closed: the typing is stored, and the question stays as it was (its echo is this panel's).
    await act(async () => window.dispatchEvent(new Event('pagehide')));
    await wait(10);
    expect(await stored()).toBe('X and more typed while asked');
    expect(panel.api.conflict).toMatchObject({ state: 'saved', draft: { summary: 'Y' } });
    panel.unmount();
    await wait(10);
    expect(await stored()).toBe('X and more typed while asked');
    expect(await setAside()).toEqual(['Y']);
  });

  test('what a refused write did not store is written as the panel closes, where storage has room again', async () => {
    const panel = mount();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await type(panel, 'Typed while storage was full');
    await wait(1000);
    expect(panel.api.saveError).toMatch(/quota/);
    set.mockImplementation(realSet);
    panel.unmount();
    await wait(10);
    expect(await stored()).toBe('Typed while storage was full');
  });

  test('a value the draft cannot hold is named at once, and saving goes on once it is mended', async () => {
    const panel = mount();
    await act(async () => panel.form.setValue('impact.breadth.count', Number.POSITIVE_INFINITY));
    await type(panel, 'Typed after it');
    await wait(300);
    expect(panel.api.saveError).toContain('impact.breadth.count');
    expect(await stored()).toBe('From the ticket');
    await act(async () => panel.form.setValue('impact.breadth.count', 12));
    await type(panel, 'Typed after mending it');
    await wait(300);
    expect(await stored()).toBe('Typed after mending it');
    expect(panel.api.saveError).toBe('');
  });

  test("deleted while this panel's own write is on its way: the draft is removed again after it", async () => {
    const panel = mount();
    const release = holdSave(() => true);
    await act(async () => panel.api.asPanel(() => panel.form.setValue('description', 'Filled in by the panel')));
    await wait(300);
    await act(async () => fakeBrowser.storage.local.remove(STORAGE_KEY));
    await act(async () => release());
    await wait(10);
    expect(await stored()).toBeUndefined();
    expect(panel.deleted).toBe(1);
  });
});
