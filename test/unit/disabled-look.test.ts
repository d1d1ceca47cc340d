import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// A button that cannot be pressed now must not look exactly like one that can (QA: "Change severity" looked
// the same either way). The panel's element styles, applied as the panel applies them.
test('a disabled button is drawn differently from an enabled one', () => {
  const style = document.createElement('style');
  style.textContent = readFileSync('entrypoints/sidepanel/base.css', 'utf8');
  document.head.append(style);
  document.body.innerHTML = '<button type="button">Move up</button><button type="button" disabled>Move up</button>';
  const [enabled, disabled] = [...document.querySelectorAll('button')].map((b) => getComputedStyle(b));
  expect(enabled?.borderStyle).toBe('solid');
  expect(disabled?.borderStyle).toBe('dashed');
  expect(enabled?.cursor).toBe('pointer');
  expect(disabled?.cursor).toBe('not-allowed');
  style.remove();
});
