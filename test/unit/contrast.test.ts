import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';

// The panel's and the options page's styles, applied as the pages apply them, in the colour scheme the
// browser asks for. Ratios are WCAG 2's: 4.5:1 for text, 3:1 for the edge of a control (1.4.11).
const CSS = ['entrypoints/sidepanel/base.css', 'components/ui.module.css']
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
type Device = { prefersColorScheme: string; forcedColors: string };
const device = (window as unknown as { happyDOM: { settings: { device: Device } } }).happyDOM.settings.device;

function render(markup: string, scheme: 'light' | 'dark', forcedColors = 'none') {
  // Set before the style sheet goes in: the computed styles are worked out once, for the media of that moment.
  device.prefersColorScheme = scheme;
  device.forcedColors = forcedColors;
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.replaceChildren(style);
  document.body.innerHTML = markup;
}

afterEach(() => {
  device.prefersColorScheme = 'light';
  device.forcedColors = 'none';
  document.head.replaceChildren();
  document.body.replaceChildren();
});

function rgb(color: string): [number, number, number] {
  const hex = color.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const parts = color
    .match(/^rgba?\(([^)]+)\)$/)?.[1]
    ?.split(/[\s,/]+/)
    .map(Number);
  if (parts && parts.length >= 3) return [parts[0], parts[1], parts[2]] as [number, number, number];
  throw new Error(`not a colour: ${color}`);
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const cssVar = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const computed = (selector: string) => {
  const el = document.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return getComputedStyle(el);
};

describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
  test('Next, Copy brief, Save settings and the current step read at 4.5:1 on the accent', () => {
    render(
      `<button class="primary">Next</button>
       <nav class="steps"><ol><li><button>1 Triage</button></li><li><button aria-current="step">3 Reproduction</button></li></ol></nav>`,
      scheme,
    );
    for (const selector of ['button.primary', '[aria-current="step"]']) {
      const { color, backgroundColor } = computed(selector);
      expect(contrast(color, backgroundColor), `${selector}: ${color} on ${backgroundColor}`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  test('text, hints, errors and links read at 4.5:1 on the page and on a card', () => {
    render('', scheme);
    const pairs = [
      ...['--fg', '--muted', '--err', '--accent'].flatMap((fg) => ['--bg', '--panel'].map((bg) => [fg, bg])),
      ['--fg', '--warn-bg'],
      ['--err', '--warn-bg'],
    ];
    for (const [fg = '', bg = ''] of pairs) {
      expect(contrast(cssVar(fg), cssVar(bg)), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  test('a placeholder reads at 4.5:1 in its field', () => {
    render('<input placeholder="https://support.acme.com"><span></span>', scheme);
    const rule = [...(document.styleSheets[0]?.cssRules ?? [])].find(
      (r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText.includes('::placeholder'),
    );
    const declared = rule?.style.getPropertyValue('color');
    expect(declared, 'a placeholder colour of its own').toBeTruthy();
    // Resolved as the page resolves it, custom properties and all.
    document.querySelector('span')?.setAttribute('style', `color: ${declared}`);
    expect(contrast(computed('span').color, computed('input').backgroundColor)).toBeGreaterThanOrEqual(4.5);
  });

  test('the edge of a field or a button stands out 3:1 from the page and from a card', () => {
    render('<input><select></select><textarea></textarea><button>Add step</button>', scheme);
    for (const selector of ['input', 'select', 'textarea', 'button']) {
      const edge = computed(selector).borderTopColor;
      for (const around of ['--bg', '--panel']) {
        expect(contrast(edge, cssVar(around)), `${selector} edge ${edge} on ${around}`).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

// A high-contrast theme (Windows, forced colours) replaces the accent fill with the button colour, so the
// current step must differ from the others in something it keeps: its edge and its underline.
test('in forced colours the current step has a thicker edge and an underline the other steps lack', () => {
  render(
    `<nav class="steps"><ol><li><button>1 Triage</button></li><li><button aria-current="step">3 Reproduction</button></li></ol></nav>`,
    'light',
    'active',
  );
  const [other, current] = [...document.querySelectorAll('nav button')].map((b) => getComputedStyle(b));
  expect(Number.parseFloat(current?.borderTopWidth ?? '')).toBeGreaterThan(
    Number.parseFloat(other?.borderTopWidth ?? ''),
  );
  const underline = (s?: CSSStyleDeclaration) => `${s?.textDecorationLine} ${s?.textDecoration}`;
  expect(underline(current)).toContain('underline');
  expect(underline(other)).not.toContain('underline');
});
