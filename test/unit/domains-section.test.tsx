import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { DomainsSection } from '../../components/options/DomainsSection';

// Without messages loaded, the page shows message keys: the tests look for those.
const ORIGIN = 'https://status.acme-cloud.example';
let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function show(grant: boolean) {
  const props = {
    domains: [ORIGIN],
    onAdd: async () => grant,
    onRemove: async () => undefined,
    isAllowed: async () => false,
  };
  await act(async () => root.render(<DomainsSection {...props} />));
  const allow = [...host.querySelectorAll('button')].find((b) => b.textContent === 'options_allowDomain');
  expect(host.textContent).toContain('options_domainNotAllowed');
  await act(async () => allow?.click());
}

test('a domain allowed from its mark loses the mark at once', async () => {
  await show(true);
  expect(host.textContent).not.toContain('options_domainNotAllowed');
  expect(host.textContent).not.toContain('options_domainRefused');
});

test('a domain the browser still refuses keeps its mark, and the page says so', async () => {
  await show(false);
  expect(host.textContent).toContain('options_domainNotAllowed');
  expect(host.textContent).toContain('options_domainRefused');
});
