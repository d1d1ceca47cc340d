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

async function typeDomain(value: string) {
  const input = host.querySelector<HTMLInputElement>('input');
  if (!input) throw new Error('no domain field');
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return input;
}
const said = () => host.querySelector('[role="alert"], [role="status"]')?.textContent;

test('Enter in the Domain to add field adds the domain, as the button does (not while composing)', async () => {
  const added: string[] = [];
  const props = { domains: [], onRemove: async () => undefined, isAllowed: async () => true };
  await act(async () => root.render(<DomainsSection {...props} onAdd={async (origin) => added.push(origin) > 0} />));
  const input = await typeDomain('support.acme.com');
  await act(async () =>
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, isComposing: true })),
  );
  expect(added).toEqual([]);
  await act(async () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  expect(added).toEqual(['https://support.acme.com']);
  expect(said()).toBe('options_domainAdded');
});

test('a name no site can have is refused with its reason; a new attempt clears it while the browser asks', async () => {
  let grant: (granted: boolean) => void = () => undefined;
  const props = { domains: [], onRemove: async () => undefined, isAllowed: async () => true };
  const onAdd = () => new Promise<boolean>((done) => (grant = done));
  await act(async () => root.render(<DomainsSection {...props} onAdd={onAdd} />));
  const add = async () =>
    act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'options_addDomain')?.click());
  for (const [input, reason] of [
    [`${'x'.repeat(300)}.com`, 'options_domainTooLong'],
    ['.com', 'options_domainEmptyPart'],
    ['a..b.com', 'options_domainEmptyPart'],
    ['-bad-.com', 'options_domainHyphen'],
    ['1.2.3', 'options_domainShortIp'],
  ]) {
    await typeDomain(input ?? '');
    await add();
    expect(said()).toBe(reason);
  }
  await typeDomain('support.acme.com');
  await add();
  // The browser's prompt is open: what the last attempt said is gone.
  expect(said()).toBe('');
  await act(async () => grant(true));
  expect(said()).toBe('options_domainAdded');
});
