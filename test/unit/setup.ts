import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// The fake browser throws on storage.local.getKeys; Chrome 130+ and Firefox 143+ list the keys. Tests of
// browsers without it set it to undefined themselves.
beforeEach(() => {
  const local = fakeBrowser.storage.local as { getKeys?: () => Promise<string[]> };
  local.getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
});
