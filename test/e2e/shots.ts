import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

const SHOTS = 'test-results/screenshots';

// A photograph of the panel, or of one part of it (kept in test-results/); the panel must fit its width.
export async function shot(panel: Page, name: string, part?: Locator): Promise<void> {
  expect(await panel.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
    true,
  );
  mkdirSync(SHOTS, { recursive: true });
  const path = `${SHOTS}/${name}.png`;
  await (part ? part.screenshot({ path }) : panel.screenshot({ path, fullPage: true }));
}
