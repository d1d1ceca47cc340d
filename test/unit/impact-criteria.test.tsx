import { beforeEach, expect, test } from 'vitest';
import { ImpactStep } from '../../components/steps/ImpactStep';
import type { StepProps } from '../../components/steps/shared';
import { TriageStep } from '../../components/steps/TriageStep';
import type { TicketContext } from '../../lib/escalation/model';
import { draft } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { fieldByLabel, mountStep } from './support/step';

beforeEach(() => {
  serveLocaleMessages();
});

const OVERDUE: TicketContext = {
  helpdesk: 'zendesk',
  url: 'https://acme.zendesk.com/agent/tickets/1',
  source: 'api',
  missing: [],
  dueAt: '2026-11-21T00:00:00Z',
};
const Triage = (props: StepProps) => (
  <TriageStep {...props} similar={null} suggested={{}} redaction={{ emails: false, phones: false, keep: [] }} />
);

test('an SLA breach chosen in Impact shows in Triage as the criterion it answers, marked from Impact', async () => {
  const host = await mountStep(Triage, draft({ impact: { contractual: { slaStatus: 'breached' } } }));
  const box = fieldByLabel(host, 'SLA breach imminent or occurred');
  expect(box.checked).toBe(true);
  expect(host.ownerDocument.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
    'from Impact',
  );
});

test("after the agent's no to an SLA breach, Impact no longer offers the ticket's clock as the SLA status", async () => {
  const sla = (host: HTMLElement) => fieldByLabel<HTMLSelectElement>(host, 'SLA status').options[0]?.textContent;
  expect(sla(await mountStep(ImpactStep, draft({ ticket: OVERDUE })))).toBe(
    "Not set — from the ticket's due time (Breached)",
  );
  expect(sla(await mountStep(ImpactStep, draft({ ticket: OVERDUE }, { 'sla-breach': false })))).toBe('Not set');
});
