import { useState } from 'react';
import { BRIEF_LABELS, type Locale } from '../../lib/brief/labels';
import { BriefPanel } from '../BriefPanel';
import { TextField } from '../fields';
import { ListField } from '../ListField';
import type { StepProps } from './shared';

const L = BRIEF_LABELS.en;

interface BriefStepProps extends StepProps {
  briefDraft: StepProps['draft'];
  locale: Locale;
  onLocale: (locale: Locale) => void;
  onEscalate: () => Promise<void>;
}

export function BriefStep({ form, prefilled, briefDraft, locale, onLocale, onEscalate }: BriefStepProps) {
  const { register, control } = form;
  const [escalating, setEscalating] = useState(false);
  return (
    <>
      <TextField label={L.reportedBy} field={register('reportedBy')} hint="Your name / team" />
      <TextField label="Ticket link" prefilled={prefilled.has('ticketUrl')} field={register('ticketUrl')} />
      <ListField
        control={control}
        name="supporting.links"
        legend="Related tickets and links"
        itemLabel="Link"
        addLabel="Add a link"
      />
      <ListField
        control={control}
        name="supporting.threads"
        legend="Internal discussion threads"
        itemLabel="Thread"
        addLabel="Add a thread"
      />
      <BriefPanel draft={briefDraft} locale={locale} onLocale={onLocale} />
      <button
        type="button"
        className="primary"
        disabled={escalating}
        onClick={async () => {
          setEscalating(true);
          await onEscalate().finally(() => setEscalating(false));
        }}
      >
        Mark as escalated
      </button>
    </>
  );
}
