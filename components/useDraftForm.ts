import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { Escalation } from '../lib/escalation/model';

/**
 * The editor's form of the draft. react-hook-form shows a field that holds no value with its default value
 * instead, and writes that default back into the form when the field mounts; the defaults are the draft as
 * the panel opened it. A figure taken back or emptied since (the customer count once fewer than three
 * customers are left, a severity set back to "Not set") would come back when its step is shown again and
 * be saved with the next edit. Nothing here returns to how the draft opened, so once the form is up it
 * keeps no defaults.
 */
export function useDraftForm(initial: Escalation) {
  const form = useForm<Escalation>({ defaultValues: initial, mode: 'onChange' });
  useEffect(() => form.resetDefaultValues({}, { keepDirty: true, keepIsValid: true }), [form]);
  return form;
}
