import { beforeEach, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { PanelHeader } from '../../components/PanelHeader';
import { assess } from '../../lib/escalation/assess';
import { draft, NOW } from './engine-draft';
import { messagesOf } from './support/messages';
import { mount } from './support/mount';

beforeEach(() => {
  const messages = Object.fromEntries([...messagesOf('locales/en.yml')].map(([k, message]) => [k, { message }]));
  vi.stubGlobal('fetch', async () => Response.json(messages));
});

async function header(d: ReturnType<typeof draft>) {
  const host = await mount(
    <I18nProvider locale="en">
      <PanelHeader draft={d} assessment={assess({ draft: d, now: NOW, agentTier: 'l2', timeZone: 'UTC' })} />
    </I18nProvider>,
  );
  await vi.waitFor(() => expect(host.textContent).not.toBe(''));
  return host;
}

test('handled in support, the header shows no suggested severity, target or readiness', async () => {
  const host = await header(draft({ summary: 'How do I reset my 2FA device?' }, { 'documented-solution': true }));
  expect(host.textContent).toContain('Handle in support');
  expect(host.textContent).not.toMatch(/Severity|Target|Readiness/);
});

test('escalating, or handling with a severity the agent chose, the header shows them', async () => {
  const bug = await header(draft({ summary: 'Export stops' }, { 'confirmed-bug': true }));
  expect(bug.textContent).toMatch(/Escalate.*Severity: .*Target: Engineering \(suggested\).*Readiness \d+\/100/);
  const chosen = await header(draft({ severity: 'high' }, { 'documented-solution': true }));
  expect(chosen.textContent).toMatch(/Handle in support.*Severity: High.*Target: .*Readiness/);
});
