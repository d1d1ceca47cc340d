import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationDetail } from '../../components/escalations/EscalationDetail';
import { I18nProvider } from '../../components/i18n';
import type { Locale } from '../../lib/brief/labels';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

vi.mock('../../lib/platform/worker-client', () => ({ copyToClipboard: async () => ({ ok: true }) }));

// The escalation's page as the agent reads it, in the panel's words.
let host: HTMLDivElement;

beforeEach(() => {
  fakeBrowser.reset();
  serveLocaleMessages();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function open(locale: Locale = 'en') {
  await escalateDraft(
    draft({
      id: 'e1',
      summary: 'Exports stop',
      customer: { name: 'Dana', email: '', account: '' },
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821',
      briefLocale: locale,
    }),
    NOW,
    DEFAULT_SETTINGS,
  );
  host = await mount(
    <I18nProvider locale={locale}>
      <EscalationDetail id="e1" settings={DEFAULT_SETTINGS} now={NOW} startWith="view" onBack={() => undefined} />
    </I18nProvider>,
  );
  await vi.waitFor(() => expect(host.querySelector('h2')?.textContent).toContain('Exports stop'));
}

async function type(selector: string, value: string) {
  const field = host.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** One step of a closing list: its title, the message it shows, and whether that shows before its button. */
function step(list: string, title: string) {
  const item = [...host.querySelectorAll(`ol[aria-label="${list}"] > li`)].find((li) =>
    li.textContent?.startsWith(title),
  );
  if (!item) throw new Error(`no step ${title}`);
  const shown = item.querySelector('pre');
  const button = item.querySelector('button');
  const before = !!shown && !!button && !!(shown.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING);
  return { message: shown?.textContent, shownBeforeButton: before };
}

test('each de-escalation step shows the message its Copy message copies, with what the agent typed', async () => {
  await open();
  await type('textarea#de-note', 'Use the retry button');
  const customer = step('Before you de-escalate', 'Inform the customer');
  expect(customer.message).toContain('a workaround should unblock you now. Use the retry button.');
  expect(customer.shownBeforeButton).toBe(true);
  for (const title of ['Notify the receiving team', 'Update the ticket', 'Document the learning']) {
    expect(step('Before you de-escalate', title).message).toContain('Use the retry button.');
    expect(step('Before you de-escalate', title).shownBeforeButton).toBe(true);
  }
});

test('each closing-the-loop step with a message shows it before its button: the root cause to tracking, what the customer is told to the customer', async () => {
  await open();
  await type('input#res-cause', 'Cursor TTL');
  // The test's reading of the locale file keeps the YAML's escaped quotes: the summary's quotes are not asserted.
  expect(step('Closing the loop', 'Confirm with the customer').message).toMatch(
    /^Hi Dana, about .*Exports stop.*: we have fixed it\. Could you confirm/,
  );
  await type('textarea#res-told', 'Long exports finish again');
  const customer = step('Closing the loop', 'Confirm with the customer');
  expect(customer.message).toMatch(/: we have fixed it\. Long exports finish again\. Could you confirm/);
  expect(customer.shownBeforeButton).toBe(true);
  expect(step('Closing the loop', 'Update internal tracking').message).toContain('Root cause: Cursor TTL.');
  // Done in the form itself: nothing to show or copy.
  expect(step('Closing the loop', 'Capture the root cause').message).toBeUndefined();
});

test('in Chinese the messages shown are in the brief’s language', async () => {
  await open('zh-CN');
  await type('input#res-cause', 'Cursor TTL');
  await type('textarea#res-told', '导出已恢复');
  expect(step('闭环', '与客户确认').message).toBe(
    'Dana 您好，关于“Exports stop”：我们已经修复了该问题。导出已恢复。能否请您确认现在一切正常？',
  );
});

async function choose(selector: string, value: string) {
  const field = host.querySelector(selector) as HTMLSelectElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

test.each([
  ['en', 'Before you de-escalate', 'Inform the customer', /keep you posted|still working/, 'Change severity'],
  ['zh-CN', '降级前请完成', '告知客户', /仍在处理|随时向您更新/, '调整严重性'],
] as const)(
  '%s: de-escalating for a lower severity promises no updates it stops reminding of, and points to Change severity',
  async (locale, list, title, promise, changeSeverity) => {
    await open(locale);
    const hint = () => host.querySelector('#de-reason-hint')?.textContent ?? '';
    expect(hint()).toBe('');
    const noteLabel = () => host.querySelector('label[for="de-note"]')?.textContent;
    expect(noteLabel()).toBe(locale === 'en' ? 'What unblocked it' : '是什么解除了阻塞');
    await choose('select#de-reason', 'lower-severity');
    // Nothing was unblocked: what the agent writes is what changed.
    expect(noteLabel()).toBe(locale === 'en' ? 'What changed' : '发生了什么变化');
    const customer = step(list, title).message ?? '';
    expect(customer).not.toMatch(promise);
    expect(customer).toMatch(locale === 'en' ? /reply on it\.$/ : /在工单中回复您。$/);
    expect(hint()).toContain(changeSeverity);
    expect(host.querySelector('select#de-reason')?.getAttribute('aria-describedby')).toBe('de-reason-hint');
  },
);

const press = async (box: string, name: string) => {
  const found = [...host.querySelectorAll(`details[aria-labelledby] button`)].find(
    (b) => b.textContent === name && b.closest('details')?.querySelector('summary')?.textContent === box,
  ) as HTMLButtonElement | undefined;
  if (!found) throw new Error(`no button ${name} in ${box}`);
  await act(async () => found.click());
};
const status = () => host.querySelector('[role="status"]')?.textContent;

test.each([
  [
    'en',
    'note',
    'Log update',
    'Note logged. The reminders are unchanged: a note is no update to the team or the customer.',
  ],
  ['en', 'update-team', 'Log update', 'Team update logged; the reminder to check in with the team starts again.'],
  ['en', 'update-customer', 'Log update', 'Customer update logged; the reminder to update the customer starts again.'],
  ['zh-CN', 'note', '记录进展', '已记录备注。提醒不变：备注不算向团队或客户的更新。'],
  ['zh-CN', 'update-team', '记录进展', '已记录团队更新，与团队确认进展的提醒重新计时。'],
  ['zh-CN', 'update-customer', '记录进展', '已记录客户更新，向客户同步进展的提醒重新计时。'],
] as const)('%s: logging a %s says what it did to the reminders', async (locale, kind, log, said) => {
  await open(locale);
  await choose('select#upd-kind', kind);
  await type('textarea#upd-text', 'Engineering on it');
  await press(log, log);
  await vi.waitFor(() => expect(status()).toBe(said));
});

test('an action that lacks something clears the last action’s success from the status line', async () => {
  await open();
  await type('textarea#upd-text', 'Engineering on it');
  await press('Log update', 'Log update');
  await vi.waitFor(() => expect(status()).toContain('Team update logged'));
  await press('Change severity', 'Change severity');
  expect(status()).toBe('');
  expect(host.textContent).toContain('It already has this severity. Choose another severity first.');
});

test('Copy update brief sits with the timeline it reports, after every box of actions, not between two of them', async () => {
  await open();
  const copy = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Copy update brief');
  if (!copy) throw new Error('no Copy update brief');
  const timeline = host.querySelector('ol[aria-label="Timeline"]');
  const heading = [...host.querySelectorAll('h3')].find((h) => h.textContent === 'Timeline');
  const follows = (a: Node | null | undefined, b: Node) =>
    !!a && !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  expect(follows(heading, copy)).toBe(true);
  expect(follows(copy, timeline as Node)).toBe(true);
  for (const box of host.querySelectorAll('details')) expect(follows(box, copy)).toBe(true);
  // What it copies is said beside it, and heard with it.
  const hint = document.getElementById(copy.getAttribute('aria-describedby') ?? '');
  expect(hint?.textContent).toContain('updates logged since');
});
