import { type UseFormReturn, useForm } from 'react-hook-form';
import { I18nProvider } from '../../../components/i18n';
import type { StepProps } from '../../../components/steps/shared';
import type { Locale } from '../../../lib/brief/labels';
import { assess } from '../../../lib/escalation/assess';
import type { Escalation } from '../../../lib/escalation/model';
import { draft, NOW } from '../engine-draft';
import { mount } from './mount';

/** The form of the step last mounted with mountStep. */
export let stepForm: UseFormReturn<Escalation>;

function Step({ step: Shown, start }: { step: (props: StepProps) => React.ReactNode; start: Escalation }) {
  stepForm = useForm<Escalation>({ defaultValues: start });
  return (
    <Shown
      form={stepForm}
      draft={start}
      assessment={assess({ draft: start, now: NOW, agentTier: 'l1', timeZone: 'UTC' })}
      prefilled={new Set()}
      thread={[]}
      timeZone="UTC"
      goToField={() => undefined}
    />
  );
}

/** One step of the guided flow on a draft (blank unless given), in English unless asked (serve the messages first). */
export const mountStep = (
  step: (props: StepProps) => React.ReactNode,
  start: Escalation = draft({}),
  locale: Locale = 'en',
) =>
  mount(
    <I18nProvider locale={locale}>
      <Step step={step} start={start} />
    </I18nProvider>,
  );

/** The control a visible label names. */
export function fieldByLabel<E extends HTMLElement = HTMLInputElement>(host: HTMLElement, label: string): E {
  const id = [...host.querySelectorAll('label')].find((l) => l.textContent === label)?.htmlFor ?? '';
  return host.ownerDocument.getElementById(id) as E;
}

// React tracks an input's value itself: set it through the native setter, then dispatch, as a user's
// typing does.
export function typeInto(input: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
