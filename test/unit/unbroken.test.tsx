import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BriefPanel } from '../../components/BriefPanel';
import { EscalationsView } from '../../components/escalations/EscalationsView';
import { I18nProvider } from '../../components/i18n';
import { TicketView } from '../../components/TicketView';
import { Unbroken } from '../../components/Unbroken';
import { indexRowOf } from '../../lib/escalation/migrate';
import { escalateDraft } from '../../lib/platform/record-store';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

beforeEach(() => serveLocaleMessages());
afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'state=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIxMjM0NTY3ODkwIn0';
const BLOB = 'iVBORw0KGgo'.repeat(100);

test('a link or token wraps with the text; a run of 300 characters without a space is set on a line of its own that scrolls', async () => {
  const short = await mount(<Unbroken text={`SSO loop ${TOKEN}`} />);
  expect(short.querySelector('span')).toBeNull();
  expect(short.textContent).toBe(`SSO loop ${TOKEN}`);
  const long = await mount(<Unbroken text={`Pasted ${BLOB} here`} />);
  expect(long.querySelector('span')?.className).not.toBe('');
  expect(long.textContent).toBe(`Pasted ${BLOB} here`);
});

test("the brief's preview scrolls sideways itself when the brief holds such a run, so the keyboard reaches it", async () => {
  const preview = async (summary: string) => {
    const host = await mount(
      <I18nProvider locale="en">
        <BriefPanel
          draft={draft({ summary })}
          locale="en"
          onLocale={() => undefined}
          initialFormat="text"
          redaction={redactionOf({ unmasked: [] }, DEFAULT_SETTINGS)}
          timeZone="UTC"
          onKeep={() => undefined}
        />
      </I18nProvider>,
    );
    await vi.waitFor(() => expect(host.querySelector('pre')?.textContent).toContain(summary.slice(0, 20)));
    return host.querySelector('pre');
  };
  const plain = await preview('Exports stop at 10,000 rows');
  expect(plain?.className).toBe('');
  const blob = await preview(`Upload fails ${BLOB}`);
  expect(blob?.className).not.toBe('');
  expect(blob?.tabIndex).toBe(0);
});

// The runs that are set on a line of their own: a span holding exactly that text.
const ownLines = (host: Element) => [...host.querySelectorAll('span')].map((s) => s.textContent);

test('the ticket card sets a subject, requester or organization with such a run on a line of its own', async () => {
  const host = await mount(
    <TicketView
      ticket={{
        helpdesk: 'zendesk',
        ticketId: '4852',
        url: 'https://acme.zendesk.com/agent/tickets/4852',
        source: 'dom',
        missing: [],
        subject: `S${BLOB}`,
        requester: { name: `R${BLOB}`, email: 'p@x.example' },
        organization: `O${BLOB}`,
      }}
      timeZone="UTC"
    />,
  );
  expect(ownLines(host)).toEqual(expect.arrayContaining([`S${BLOB}`, `R${BLOB} <p@x.example>`, `O${BLOB}`]));
});

test('the Escalations list and an escalation set a customer name with such a run on a line of its own', async () => {
  fakeBrowser.reset();
  const name = `Acme${'iVBORw0KGgo'.repeat(40)}`;
  const record = await escalateDraft(
    draft({ id: 'long', key: 'zendesk:long', summary: 'Export fails', customer: { name, email: '', account: '' } }),
    NOW,
    DEFAULT_SETTINGS,
  );
  const host = await mount(
    <EscalationsView
      records={[indexRowOf(record)]}
      now={NOW}
      settings={DEFAULT_SETTINGS}
      patterns={{ library: undefined, version: 0 }}
    />,
  );
  const row = host.querySelector('button[data-record="long"]') as HTMLButtonElement;
  expect(ownLines(row)).toContain(name);
  await act(async () => row.click());
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  expect(ownLines(host.querySelector('h2') as Element)).toContain(name);
});
