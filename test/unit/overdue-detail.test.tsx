import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationDetail } from '../../components/escalations/EscalationDetail';
import { I18nProvider } from '../../components/i18n';
import type { Locale } from '../../lib/brief/labels';
import { escalateDraft, saveRecord } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

// An overdue clock was marked only by a red edge on the clocks: a screen reader, and anyone who cannot
// tell the colour, had to work it out from the times. It says so in words, as the list's row does.
beforeEach(() => {
  fakeBrowser.reset();
  serveLocaleMessages();
});

const hoursFromNow = (h: number) => new Date(NOW.getTime() + h * 3_600_000).toISOString();

async function clocks(locale: Locale) {
  const record = await escalateDraft(
    draft({ id: 'e1', summary: 'Exports stop', customer: { name: 'Dana', email: '', account: '' } }),
    NOW,
    DEFAULT_SETTINGS,
  );
  // The team's check-in is past its upper bound; the customer's update is not due yet.
  await saveRecord({
    ...record,
    followUps: {
      ...record.followUps,
      internal: { dueAt: hoursFromNow(-6), overdueAt: hoursFromNow(-2) },
      customer: { dueAt: hoursFromNow(2), overdueAt: hoursFromNow(4) },
    },
  });
  const host = await mount(
    <I18nProvider locale={locale}>
      <EscalationDetail id="e1" settings={DEFAULT_SETTINGS} now={NOW} startWith="view" onBack={() => undefined} />
    </I18nProvider>,
  );
  await vi.waitFor(() => expect(host.querySelector('dl')).not.toBeNull());
  return [...(host.querySelector('dl')?.querySelectorAll('dd') ?? [])].map((dd) => dd.textContent);
}

test('an overdue clock says "Overdue", as the list row does; one not yet due does not', async () => {
  const [team, customer] = await clocks('en');
  expect(team).toMatch(/^Overdue · Nov 22, 2026, 6:00 AM UTC \(overdue after Nov 22, 2026, 10:00 AM UTC\)$/);
  expect(customer).not.toContain('Overdue');
});

test('in Chinese too', async () => {
  const [team, customer] = await clocks('zh-CN');
  expect(team?.startsWith('已逾期 · ')).toBe(true);
  expect(customer).not.toContain('已逾期');
});
