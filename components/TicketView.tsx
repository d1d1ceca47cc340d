import { Fragment, useState } from 'react';
import { briefTime } from '../lib/brief/time';
import type { TicketContext } from '../lib/escalation/model';
import { ticketNumber } from '../lib/helpdesks/ticket-number';
import { HELPDESK_NAMES } from './helpdesk-names';
import { useI18n } from './i18n';
import { Unbroken } from './Unbroken';
import { cx } from './ui';

const SOURCE_KEYS = { api: 'ticket_viaApi', dom: 'ticket_viaDom', generic: 'ticket_viaGeneric' } as const;
const DATE_ORDER_KEYS = {
  'month-first': 'ticket_dateOrder_monthFirst',
  'day-first': 'ticket_dateOrder_dayFirst',
} as const;

function Row({ label, value, empty }: { label: string; value: string | undefined; empty: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value ? <Unbroken text={value} /> : <span className={cx('muted')}>{empty}</span>}</dd>
    </>
  );
}

function TicketFacts({ ticket, requester, timeZone }: { ticket: TicketContext; requester: string; timeZone: string }) {
  const { t, locale } = useI18n();
  const empty = t('ticket_notRead');
  return (
    <>
      <p className={cx('muted')}>{t(SOURCE_KEYS[ticket.source])}</p>
      <dl className={cx('facts')}>
        <Row label={t('ticket_subject')} value={ticket.subject} empty={empty} />
        <Row label={t('ticket_requester')} value={requester} empty={empty} />
        <Row label={t('ticket_organization')} value={ticket.organization} empty={empty} />
        <Row label={t('ticket_status')} value={ticket.status} empty={empty} />
        <Row label={t('ticket_priority')} value={ticket.priority} empty={empty} />
        <Row label={t('ticket_tags')} value={ticket.tags?.join(t('listSeparator'))} empty={empty} />
        <Row label={t('ticket_created')} value={briefTime(ticket.createdAt ?? '', locale, timeZone)} empty={empty} />
      </dl>
      {ticket.missing.length ? (
        <p className={cx('notice')} role="status">
          {t('ticket_couldNotRead', ticket.missing.map((f) => t(`ticket_field_${f}`)).join(t('listSeparator')))}
        </p>
      ) : null}
      {ticket.dateOrderGuessed ? (
        <p className={cx('notice')} role="status">
          {t(DATE_ORDER_KEYS[ticket.dateOrderGuessed])}
        </p>
      ) : null}
    </>
  );
}

function PageFacts({ page, url }: { page: NonNullable<TicketContext['page']>; url: string }) {
  const { t, locale } = useI18n();
  const items = [
    ['ticket_url', [url]],
    ['ticket_pageTitle', page.title ? [page.title] : undefined],
    ['ticket_subject', page.heading ? [page.heading] : undefined],
    ['ticket_selection', page.selection ? [page.selection] : undefined],
    ['ticket_emails', page.emails],
    ['ticket_dates', page.dates],
    ['ticket_errors', page.errors],
  ] as const;
  // Only the address: a page drawn in a frame, or one still empty. Say what the agent can do instead.
  const nothing = items.slice(1).every(([, values]) => !values?.length);
  return (
    <>
      {nothing ? (
        <p className={cx('notice')} role="status">
          {t('ticket_pageEmpty')}
        </p>
      ) : null}
      {page.framed && !nothing ? (
        <p className={cx('notice')} role="status">
          {t('ticket_pageFramed')}
        </p>
      ) : null}
      {page.cut ? (
        <p className={cx('notice')} role="status">
          {t('ticket_pageCut', page.cut.totalChars.toLocaleString(locale), page.cut.keptChars.toLocaleString(locale))}
        </p>
      ) : null}
      <dl className={cx('facts')}>
        {items.map(([key, values]) =>
          values?.length ? (
            <Fragment key={key}>
              <dt>{t(key)}</dt>
              <dd>
                {values.length === 1 ? (
                  <Unbroken text={values[0] ?? ''} />
                ) : (
                  <ul>
                    {values.map((v) => (
                      <li key={v}>
                        <Unbroken text={v} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </Fragment>
          ) : null,
        )}
      </dl>
    </>
  );
}

/** Times are shown in the agent's time zone (options), named, as the brief gives them. */
export function TicketView({ ticket, timeZone }: { ticket: TicketContext; timeZone: string }) {
  const { t, locale } = useI18n();
  const requester = [ticket.requester?.name, ticket.requester?.email ? `<${ticket.requester.email}>` : '']
    .filter(Boolean)
    .join(' ');
  const messages = ticket.messages ?? [];
  // A long thread costs real time to render; it is built only once the agent opens it.
  const [threadOpen, setThreadOpen] = useState(false);
  return (
    <section className={cx('ticket')} aria-label={t('ticket_region')}>
      <h2>
        {ticket.source === 'generic'
          ? t('ticket_viaGeneric')
          : t(
              'ticket_heading',
              HELPDESK_NAMES[ticket.helpdesk],
              ticketNumber(ticket) ? `#${ticketNumber(ticket)}` : '',
            )}
      </h2>
      {ticket.page ? (
        <PageFacts page={ticket.page} url={ticket.url} />
      ) : (
        <TicketFacts ticket={ticket} requester={requester} timeZone={timeZone} />
      )}
      {ticket.truncated ? (
        <p className={cx('notice')} role="status">
          {ticket.truncated.uncounted
            ? t(
                'ticket_truncatedUncounted',
                ticket.truncated.keptMessages.toLocaleString(locale),
                ticket.truncated.keptChars.toLocaleString(locale),
              )
            : ticket.truncated.keptMessages < ticket.truncated.totalMessages
              ? t(
                  'ticket_truncated',
                  ticket.truncated.keptMessages.toLocaleString(locale),
                  ticket.truncated.totalMessages.toLocaleString(locale),
                  ticket.truncated.keptChars.toLocaleString(locale),
                )
              : t('ticket_truncatedLong', ticket.truncated.keptChars.toLocaleString(locale))}
        </p>
      ) : null}
      <details onToggle={(e) => setThreadOpen(e.currentTarget.open)}>
        <summary>{t('ticket_thread', messages.length)}</summary>
        {threadOpen ? (
          <ol className={cx('thread')} aria-label={t('ticket_thread', messages.length)}>
            {messages.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read thread is never reordered
              <li key={i} className={cx('msg', `msg-${m.role}`)}>
                <p className={cx('msg-head')}>
                  <span className={cx('role')}>{t(`role_${m.role}`)}</span> {m.author ?? t('ticket_unknownAuthor')}{' '}
                  <span className={cx('muted')}>{briefTime(m.at ?? '', locale, timeZone)}</span>
                </p>
                <p className={cx('msg-text')}>
                  <Unbroken text={m.text} />
                </p>
              </li>
            ))}
          </ol>
        ) : null}
      </details>
    </section>
  );
}
