import { useEffect, useRef } from 'react';
import { type Assessment, isEscalating, withSuggestions } from '../lib/escalation/assess';
import type { Escalation } from '../lib/escalation/model';
import { ticketNumber } from '../lib/helpdesks/ticket-number';
import { useI18n } from './i18n';
import { cx } from './ui';

// Always visible: which ticket, what the engine recommends, and (when escalating) how ready the brief is.
export function PanelHeader({ draft, assessment }: { draft: Escalation; assessment: Assessment }) {
  const { t, L } = useI18n();
  const region = useRef<HTMLElement>(null);
  // A control focused with Shift+Tab was scrolled to the top of the panel, under this header: the page keeps
  // the header's height clear when it scrolls to what is focused.
  useEffect(() => {
    const header = region.current;
    if (!header) return;
    // Set on the page alone: an inherited custom property would restyle every element under it.
    const page = document.documentElement;
    const observer = new ResizeObserver(() => {
      const clear = `${header.offsetHeight + 8}px`;
      if (page.style.scrollPaddingTop !== clear) page.style.scrollPaddingTop = clear;
    });
    observer.observe(header);
    return () => {
      observer.disconnect();
      page.style.scrollPaddingTop = '';
    };
  }, []);
  const { severity, target } = withSuggestions(draft, assessment);
  const number = draft.ticket && ticketNumber(draft.ticket);
  const ticket = number ? `#${number}` : t('header_noTicket');
  const escalating = isEscalating(draft, assessment);
  return (
    <section className={cx('panel-header')} aria-label={t('header_region')} ref={region}>
      <p className={cx('ph-ticket')} title={draft.summary}>
        {ticket} {draft.summary ? `— ${draft.summary}` : ''}
      </p>
      <p className={cx('ph-facts')}>
        <span className={cx('pill', `pill-${assessment.decision}`)}>
          {assessment.decision === 'escalate' ? t('header_escalate') : t('header_handle')}
        </span>
        {escalating ? (
          <>
            <span className={cx('pill')}>
              {L.labelled(L.severity, L.severities[severity])}
              {draft.severity ? '' : `${L.punct.gap}${t('header_suggested')}`}
            </span>
            <span className={cx('pill')}>
              {L.labelled(L.target, L.targets[target])}
              {draft.target ? '' : `${L.punct.gap}${t('header_suggested')}`}
            </span>
            <span className={cx('pill')}>{t('header_readiness', assessment.readiness.score)}</span>
          </>
        ) : null}
      </p>
    </section>
  );
}
