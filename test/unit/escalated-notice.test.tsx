import { act, useState } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';
import { Panel } from '../../components/Panel';
import type { PanelSession } from '../../components/usePanelSession';
import type { Locale } from '../../lib/brief/labels';
import type { Escalation } from '../../lib/escalation/model';
import type { ReadTicketResult } from '../../lib/messages/panel';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

const read: ReadTicketResult = { ok: false, reason: 'unreachable' };

// The panel, its session already escalated as the record says.
function Escalated({ record }: { record: Escalation }) {
  const [session] = useState<PanelSession>({ phase: 'escalated', read, record });
  const api = {
    session,
    reread: async () => undefined,
    escalate: async () => undefined,
    newDraft: async () => undefined,
    movedTo: undefined,
  };
  return <Panel api={api} settings={DEFAULT_SETTINGS} onSettings={() => undefined} boundTabId={1} />;
}

beforeEach(() => {
  fakeBrowser.reset();
  serveLocaleMessages();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const escalated = (fields: Partial<Escalation>): Escalation => ({
  ...draft({ id: 'e1', summary: 'Data export stops at 10,000 rows' }),
  status: 'escalated',
  severity: 'high',
  target: 'engineering',
  ...fields,
});

async function notice(locale: Locale, record: Escalation): Promise<string | null | undefined> {
  const host = await mount(
    <I18nProvider locale={locale}>
      <Escalated record={record} />
    </I18nProvider>,
  );
  await vi.waitFor(() => expect(host.querySelector('[class*="live"][role="status"]')?.textContent).toBeTruthy());
  await act(async () => undefined);
  return host.querySelector('[class*="live"][role="status"]')?.textContent;
}

test.each([
  ['en', {}, 'Escalated to Engineering as High severity: “Data export stops at 10,000 rows”.'],
  ['zh-CN', {}, '已将“Data export stops at 10,000 rows”升级到工程，严重性为“高”。'],
  ['zh-CN', { target: 'l2', summary: '导出中断' }, '已将“导出中断”升级到 L2 支持，严重性为“高”。'],
  ['en', { summary: '  ' }, 'Escalated to Engineering as High severity.'],
  ['zh-CN', { summary: '' }, '已升级到工程，严重性为“高”。'],
] as const)(
  'in %s, the escalated notice reads as one sentence, quoting the summary: %o',
  async (locale, fields, said) => {
    expect(await notice(locale, escalated(fields))).toBe(said);
  },
);
