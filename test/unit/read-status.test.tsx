import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReadStatus } from '../../components/ReadStatus';
import { mount } from './support/mount';

beforeEach(() => fakeBrowser.reset());

// Without messages loaded, the panel shows message keys: the test looks for those.
const buttons = (host: HTMLElement) => [...host.querySelectorAll('button')].map((b) => b.textContent);

test('a page the extension may not read offers the options page its message sends the agent to', async () => {
  const opened = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
  const host = await mount(<ReadStatus read={{ ok: false, reason: 'no-access' }} onReread={() => undefined} />);
  expect(buttons(host)).toEqual(['read_reread', 'read_openOptions']);
  await act(async () => host.querySelectorAll('button')[1]?.click());
  expect(opened).toHaveBeenCalledOnce();
});

test('a page that is not a ticket offers only to read it again', async () => {
  const host = await mount(<ReadStatus read={{ ok: false, reason: 'not-a-ticket' }} onReread={() => undefined} />);
  expect(buttons(host)).toEqual(['read_reread']);
});
