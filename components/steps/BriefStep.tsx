import { useEffect, useRef, useState } from 'react';
import type { BriefFormat } from '../../lib/brief/formats';
import type { Locale } from '../../lib/brief/labels';
import type { RedactOptions } from '../../lib/redaction-options';
import { BriefPanel } from '../BriefPanel';
import { TextField } from '../fields';
import { useI18n } from '../i18n';
import { ListField } from '../ListField';
import { PartBoundary } from '../PartBoundary';
import { cx } from '../ui';
import { Missing } from './Missing';
import type { StepProps } from './shared';

interface BriefStepProps extends StepProps {
  briefDraft: StepProps['draft'];
  locale: Locale;
  onLocale: (locale: Locale) => void;
  onEscalate: () => Promise<void>;
  alreadyOpen: boolean;
  defaultFormat: BriefFormat;
  redaction: RedactOptions;
  timeZone: string;
  onKeep: (key: string, keep: boolean) => void;
}

export function BriefStep({
  form,
  assessment,
  goToField,
  prefilled,
  briefDraft,
  locale,
  onLocale,
  onEscalate,
  alreadyOpen,
  defaultFormat,
  redaction,
  timeZone,
  onKeep,
}: BriefStepProps) {
  const { t, L } = useI18n();
  const { register, control } = form;
  const [escalating, setEscalating] = useState(false);
  const [failure, setFailure] = useState('');
  // A second escalation of one ticket means two sets of reminders: asked once, next to the button.
  const [confirming, setConfirming] = useState(false);
  const markButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // Keyboard focus goes to the question, and back to the button when the draft is kept.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  // Not escalated: focus, lost while the button was disabled, goes back to it to try again.
  useEffect(() => {
    if (failure) markButton.current?.focus();
  }, [failure]);
  async function escalate() {
    setConfirming(false);
    setEscalating(true);
    setFailure('');
    try {
      await onEscalate();
    } catch (error) {
      // The draft is untouched (it is only removed once the record is written): say so and let them retry.
      setFailure(t('fields_escalateFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      setEscalating(false);
    }
  }
  return (
    <>
      <Missing assessment={assessment} step="brief" goToField={goToField} />
      <TextField label={L.reportedBy} field={register('reportedBy')} hint={t('fields_reportedByHint')} />
      <TextField label={t('fields_ticketLink')} prefilled={prefilled.has('ticketUrl')} field={register('ticketUrl')} />
      <ListField
        control={control}
        name="supporting.links"
        legend={t('fields_links')}
        prefilled={prefilled.has('supporting.links')}
        itemLabel={t('fields_link')}
        addLabel={t('fields_addLink')}
      />
      <ListField
        control={control}
        name="supporting.threads"
        legend={t('fields_threads')}
        itemLabel={t('fields_thread')}
        addLabel={t('fields_addThread')}
      />
      <PartBoundary from={briefDraft}>
        <BriefPanel
          draft={briefDraft}
          locale={locale}
          onLocale={onLocale}
          initialFormat={defaultFormat}
          redaction={redaction}
          timeZone={timeZone}
          onKeep={onKeep}
        />
      </PartBoundary>
      <button
        type="button"
        className={cx('primary')}
        ref={markButton}
        disabled={escalating}
        onClick={() => (alreadyOpen ? setConfirming(true) : void escalate())}
      >
        {t('fields_markEscalated')}
      </button>
      {confirming ? (
        <div className={cx('notice')} role="alert">
          <p>{t('fields_alreadyOpen')}</p>
          <button type="button" ref={confirmButton} onClick={() => void escalate()}>
            {t('fields_escalateAgain')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              markButton.current?.focus();
            }}
          >
            {t('fields_keepDraft')}
          </button>
        </div>
      ) : null}
      {failure ? (
        <p className={cx('error')} role="alert">
          {failure}
        </p>
      ) : null}
    </>
  );
}
