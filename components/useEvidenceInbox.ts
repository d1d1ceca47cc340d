import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Escalation } from '../lib/escalation/model';
import { onInbox, takeInbox } from '../lib/platform/evidence-inbox';

// Text added from the helpdesk page's context menu joins this draft's evidence, on open and as it comes.
export function useEvidenceInbox(form: UseFormReturn<Escalation>, key: string): void {
  useEffect(() => {
    const pull = async () => {
      const items = await takeInbox(key);
      if (!items.length) return;
      const current = form.getValues('repro.evidence') ?? [];
      const fresh = items.filter((item) => !current.includes(item));
      if (fresh.length) form.setValue('repro.evidence', [...current, ...fresh], { shouldDirty: true });
    };
    void pull();
    return onInbox(key, () => void pull());
  }, [form, key]);
}
