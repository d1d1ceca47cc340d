import { act, useState } from 'react';
import { expect, test } from 'vitest';
import { DomainsSection } from '../../components/options/DomainsSection';
import { mount } from './support/mount';

// Without messages loaded, the page shows message keys: the tests look for those.
const A = 'https://a.example';
const B = 'https://b.example';
const C = 'https://c.example';

// The options page as it keeps the list: a removal lands in the settings, then comes back as the new list.
function Domains({ initial }: { initial: string[] }) {
  const [domains, setDomains] = useState(initial);
  return (
    <DomainsSection
      domains={domains}
      onAdd={async () => true}
      onRemove={async (origin) => setDomains((list) => list.filter((d) => d !== origin))}
      isAllowed={async () => true}
    />
  );
}

async function removeFrom(initial: string[], origin: string) {
  const host = await mount(<Domains initial={initial} />);
  const li = [...host.querySelectorAll('li')].find((l) => l.querySelector('code')?.textContent === origin);
  const button = li?.querySelector('button') as HTMLButtonElement;
  button.focus();
  await act(async () => button.click());
  return host;
}

const focusedDomain = () => document.activeElement?.closest('li')?.querySelector('code')?.textContent;

test.each([
  [[A, B, C], B, C],
  [[A, B, C], C, B],
])('removing a domain moves focus to the next one, else the one before, and says so', async (list, gone, next) => {
  const host = await removeFrom(list, gone);
  expect(host.textContent).not.toContain(gone);
  expect(document.activeElement?.textContent).toBe('options_removeDomain');
  expect(focusedDomain()).toBe(next);
  expect(host.querySelector('[role="status"]')?.textContent).toBe('options_domainRemoved');
});

test('removing the last domain moves focus to the field to add one', async () => {
  const host = await removeFrom([A], A);
  expect(document.activeElement).toBe(host.querySelector('input'));
  expect(host.querySelector('[role="status"]')?.textContent).toBe('options_domainRemoved');
});
