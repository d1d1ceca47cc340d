import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationEditor } from '../../components/EscalationEditor';
import type { PatternLibrary } from '../../lib/patterns/library';
import { draft } from './engine-draft';
import { EDITOR_PROPS } from './support/editor';
import { mount } from './support/mount';

beforeEach(() => fakeBrowser.reset());

test('a matcher that fails on the draft says so in the Similar issues box; the draft stays editable', async () => {
  const library = {
    similar: () => {
      throw new Error('index out of step');
    },
    explain: () => [],
    matchKey: () => '',
  } as unknown as PatternLibrary;
  const host = await mount(
    <EscalationEditor
      initial={draft({ id: 'd1', summary: 'Exports stop for all EU customers' })}
      {...EDITOR_PROPS}
      patterns={{ library, version: 1 }}
    />,
  );
  for (let i = 0; i < 100 && !host.querySelector('[role="alert"]'); i++) {
    await act(async () => new Promise((done) => setTimeout(done, 20)));
  }
  // Without messages loaded, the panel shows message keys.
  expect(host.querySelector('[role="alert"]')?.textContent).toContain('patterns_failed');
  expect(host.querySelector<HTMLInputElement>('input[name="summary"]')?.value).toBe(
    'Exports stop for all EU customers',
  );
});
