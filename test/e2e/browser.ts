import { afterAll, beforeAll } from 'vitest';
import { close, type Harness, launch } from '../../scripts/extension-browser.mjs';
import { type FixtureServer, startFixtureServer } from '../../scripts/fixture-server.mjs';

export interface ExtensionBrowser {
  server: FixtureServer;
  h: Harness;
}

/** The fixture helpdesks and one Chromium with the built extension, for the tests of one file. */
export function extensionBrowser(): ExtensionBrowser {
  const env = {} as ExtensionBrowser;
  beforeAll(async () => {
    env.server = await startFixtureServer();
    env.h = await launch(env.server.hostResolverRule);
  });
  afterAll(async () => {
    await close(env.h);
    await env.server.close();
  });
  return env;
}
