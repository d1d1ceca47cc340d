import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { Locale } from '../../lib/brief/labels';
import { clipboardPayload } from '../../lib/brief/render';
import { briefTime } from '../../lib/brief/time';
import {
  DE_ESCALATION_REASONS,
  type DeEscalationReason,
  type Escalation,
  SEVERITIES,
  type Severity,
} from '../../lib/escalation/model';
import {
  type ActionResult,
  changeSeverity,
  deEscalate,
  logUpdate,
  markCopied,
  resolve,
  type UpdateKind,
} from '../../lib/followup/actions';
import { updateSince } from '../../lib/followup/changes';
import { customerName, isClockOverdue, isOverdue } from '../../lib/followup/list';
import {
  customerUpdate,
  DE_ESCALATION_STEPS,
  deEscalationMessages,
  resolutionMessages,
} from '../../lib/followup/messages';
import { isOpen, severityOf } from '../../lib/followup/status';
import { outcomeText, timelineText } from '../../lib/followup/timeline-text';
import { updateRecord } from '../../lib/platform/record-store';
import { copyToClipboard } from '../../lib/platform/worker-client';
import { redactionOf } from '../../lib/redaction-options';
import type { Settings } from '../../lib/settings/model';
import { useI18n, useTranslator } from '../i18n';
import { hasLongRun, Unbroken } from '../Unbroken';
import { cx } from '../ui';
import { useStatusMessage } from '../useStatusMessage';
import { MissingNote, markedMissing, RequiredField } from './RequiredField';
import { useRecord } from './useRecords';

interface Props {
  id: string;
  settings: Settings;
  now: Date;
  startWith: 'view' | 'log';
  onBack(): void;
}

export function EscalationDetail({ id, onBack, ...rest }: Props) {
  const { t } = useI18n();
  const { record, missing } = useRecord(id);
  if (!record) {
    return (
      <section aria-label={t('esc_detail')}>
        <button type="button" onClick={onBack}>
          {t('esc_back')}
        </button>
        <p role="status">{missing ? t('esc_missing') : t('esc_loading')}</p>
      </section>
    );
  }
  return <RecordDetail key={record.id} record={record} onBack={onBack} {...rest} />;
}

// A message the agent copies for others, shown as it will be pasted: it may quote what they wrote for the team.
function MessageText({ text, lang }: { text: string; lang: Locale }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <pre className={cx('message', hasLongRun(text) && 'unbroken-lines')} tabIndex={0} lang={lang}>
      {text}
    </pre>
  );
}

// Steps the method asks for, each with its message shown and ready to copy (a step without one is done in the form).
function CopySteps({
  label,
  steps,
  lang,
  onCopy,
}: {
  label: string;
  steps: readonly (readonly [string, string | undefined])[];
  lang: Locale;
  onCopy: (text: string) => Promise<boolean>;
}) {
  const { t, L } = useI18n();
  return (
    <ol aria-label={label}>
      {steps.map(([step, message]) => (
        <li key={step}>
          {step}
          {message === undefined ? null : (
            <>
              <MessageText text={message} lang={lang} />
              {/* Named for its step: five buttons all called "Copy message" cannot be told apart by ear. */}
              <button
                type="button"
                aria-label={`${t('esc_copyMessage')}${L.punct.colon}${L.punct.gap}${step}`}
                onClick={() => void onCopy(message)}
              >
                {t('esc_copyMessage')}
              </button>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

// A box of actions that opens by its summary. A details element is a group, and a screen reader names the group
// only by a label of its own, not by its summary: entering "Change severity" it said just "group".
function ActionBox({
  summary,
  open,
  onToggle,
  children,
}: {
  summary: string;
  open?: boolean;
  onToggle?: () => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <details open={open} onToggle={onToggle} aria-labelledby={id}>
      <summary id={id}>{summary}</summary>
      {children}
    </details>
  );
}

interface DetailProps extends Omit<Props, 'id'> {
  record: Escalation;
}

const UPDATE_KINDS: UpdateKind[] = ['update-team', 'update-customer', 'note'];

// What an action can lack that the agent supplies in its form: all it can refuse but a closed escalation.
type Needed = Exclude<Extract<ActionResult, { ok: false }>['error'], 'not-open'>;

function RecordDetail({ record: r, settings, now, startWith, onBack }: DetailProps) {
  const { t, L, locale } = useI18n();
  const [status, setStatus] = useStatusMessage();
  const [kind, setKind] = useState<UpdateKind>('update-team');
  const [update, setUpdate] = useState('');
  const [severity, setSeverity] = useState<Severity>(severityOf(r));
  const [reason, setReason] = useState('');
  const [deReason, setDeReason] = useState<DeEscalationReason>('workaround');
  const [deNote, setDeNote] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [told, setTold] = useState('');
  const [learning, setLearning] = useState('');
  const briefLocale = r.briefLocale ?? settings.briefLocale;
  const briefT = useTranslator(briefLocale);
  const redaction = redactionOf(r, settings);
  // Written when shown (opening the box renders it again), as it will be copied: the promised time counts
  // from now, not from when the list last moved its clock.
  const [, shownAt] = useState(0);
  const customerMessage = customerUpdate(r, briefLocale, new Date(), settings, redaction);
  const updateField = useRef<HTMLTextAreaElement>(null);
  const rootCauseField = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const reasonField = useRef<HTMLInputElement>(null);
  const severityField = useRef<HTMLSelectElement>(null);
  // What the last action pressed found missing, said at its field until the agent changes that field.
  const [needed, setNeeded] = useState<Needed>();
  const fieldFor: Record<Needed, RefObject<HTMLElement | null>> = {
    'update-required': updateField,
    'severity-unchanged': severityField,
    'reason-required': reasonField,
    'root-cause-required': rootCauseField,
  };
  // Whether an action lacks what it needs: then it does nothing but mark that field and move focus there.
  // The last action's "Update logged" would read as this one's outcome beside the field's error: it goes.
  const lacks = (result: ActionResult): boolean => {
    if (result.ok || result.error === 'not-open') return false;
    setStatus('');
    setNeeded(result.error);
    fieldFor[result.error].current?.focus();
    return true;
  };
  const missing = (what: Needed) => (needed === what ? t(`esc_error_${what.replace(/-/g, '')}`) : undefined);
  const changed = (what: Needed) => setNeeded((n) => (n === what ? undefined : n));
  // "Log update" from a notification lands in the update box; opened any other way, on the escalation's name.
  useEffect(() => {
    (startWith === 'log' ? updateField.current : heading.current)?.focus();
  }, [startWith]);
  // De-escalating or resolving removes the actions, the button pressed among them: keyboard focus goes
  // back to the top of the escalation rather than to the page.
  const open = isOpen(r);
  useEffect(() => {
    if (!open && (!document.activeElement || document.activeElement === document.body)) heading.current?.focus();
  }, [open]);
  // In the time zone business hours count in (the options'), named: the computer's may differ.
  const when = (iso: string | undefined) => (iso ? briefTime(iso, locale, settings.timeZone) : '—');
  // An overdue clock says so in words, as the list's row does: the red edge alone is lost on a screen reader.
  const due = (c: Escalation['followUps']['internal']) =>
    `${isClockOverdue(c, now) ? `${t('esc_overdue')} · ` : ''}${
      !c || c.dueAt === c.overdueAt ? when(c?.dueAt) : t('esc_dueRange', when(c.dueAt), when(c.overdueAt))
    }`;

  async function apply(change: (stored: Escalation) => ActionResult, done: string): Promise<boolean> {
    const result = await updateRecord(r.id, change).catch(() => ({ ok: false, error: 'unsaved' }) as const);
    setStatus(result.ok ? done : t(`esc_error_${result.error.replace(/-/g, '')}`));
    return result.ok;
  }

  async function copied(text: string, html?: string) {
    const result = await copyToClipboard({ text, html });
    if (!result.ok) setStatus(t('brief_copyFailed', result.detail ?? t('unknownError')));
    return result.ok;
  }

  async function copy(text: string) {
    const ok = await copied(text);
    if (ok) setStatus(t('esc_copied'));
    return ok;
  }

  async function copyUpdateBrief() {
    const now = new Date();
    const body = clipboardPayload(r, settings.defaultFormat, briefLocale, {
      now,
      timeZone: settings.timeZone,
      redaction,
      update: { items: updateSince(r, briefLocale, settings.timeZone) },
    });
    // "Copied." is said once, when the copy is logged.
    if (await copied(body.text, body.html))
      await apply((stored) => ({ ok: true, record: markCopied(stored, now, settings.timeZone, r) }), t('esc_copied'));
  }

  // What is copied for others is in the brief's language; the panel around it stays in the agent's.
  const messages = deEscalationMessages(r, deReason, deNote, briefT, redaction);
  // A lower severity is no reason to stop the reminders of an escalation that stays open: that is a change of severity.
  const lowered = deReason === 'lower-severity';
  const closing = resolutionMessages(r, { rootCause, learning, told }, briefT, redaction);
  return (
    <section aria-label={t('esc_detail')}>
      <button type="button" onClick={onBack}>
        {t('esc_back')}
      </button>
      <h2 ref={heading} tabIndex={-1}>
        {customerName(r) ? <Unbroken text={customerName(r)} /> : t('followup_noCustomer')} —{' '}
        <Unbroken text={r.summary} />
      </h2>
      <p>
        <span className={cx('pill')}>{L.severities[severityOf(r)]}</span>{' '}
        <span className={cx('pill')}>{t(`esc_state_${r.status.replace('-', '')}`)}</span>{' '}
        {r.ticketUrl ? (
          <a href={r.ticketUrl} target="_blank" rel="noreferrer">
            {r.ticketUrl}
          </a>
        ) : null}
      </p>
      {open ? (
        <dl className={cx('facts', isOverdue(r, now) ? 'overdue' : '')}>
          <dt>{t('followup_internalDue')}</dt>
          <dd>{due(r.followUps.internal)}</dd>
          <dt>{t('followup_customerDue')}</dt>
          <dd>{due(r.followUps.customer)}</dd>
        </dl>
      ) : (
        <p>{outcomeText(r.outcome, t, L)}</p>
      )}
      {/* In the page before there is anything to say: a live region added with its text is often not read. */}
      <p className={cx('status')} role="status">
        {status}
      </p>

      {open ? (
        <>
          <ActionBox summary={t('followup_logUpdate')} open={startWith === 'log'}>
            <div className={cx('field')}>
              <label htmlFor="upd-kind">{t('esc_updateKind')}</label>
              <select id="upd-kind" value={kind} onChange={(e) => setKind(e.target.value as UpdateKind)}>
                {UPDATE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`esc_kind_${k.replace('-', '')}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className={cx('field')}>
              <label htmlFor="upd-text">{t('esc_updateText')}</label>
              <textarea
                id="upd-text"
                value={update}
                ref={updateField}
                {...markedMissing('upd-text', missing('update-required'))}
                onChange={(e) => {
                  setUpdate(e.target.value);
                  changed('update-required');
                }}
              />
              <MissingNote id="upd-text" missing={missing('update-required')} />
            </div>
            <button
              type="button"
              onClick={() => {
                if (lacks(logUpdate(r, kind, update, new Date(), settings))) return;
                // Said for the kind logged: an update restarts its own reminder, a note none.
                const done = t(`esc_logged_${kind.replace('-', '')}`);
                void apply((s) => logUpdate(s, kind, update, new Date(), settings), done).then((ok) => {
                  if (!ok) return;
                  // Focus stays in the box, emptied for the next update.
                  updateField.current?.focus();
                  setUpdate('');
                });
              }}
            >
              {t('followup_logUpdate')}
            </button>
          </ActionBox>
          <ActionBox summary={t('esc_changeSeverity')}>
            <div className={cx('field')}>
              <label htmlFor="sev-new">{L.severity}</label>
              <select
                id="sev-new"
                value={severity}
                ref={severityField}
                {...markedMissing('sev-new', missing('severity-unchanged'))}
                onChange={(e) => {
                  setSeverity(e.target.value as Severity);
                  changed('severity-unchanged');
                }}
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {L.severities[s]}
                  </option>
                ))}
              </select>
              <MissingNote id="sev-new" missing={missing('severity-unchanged')} />
            </div>
            <RequiredField
              id="sev-reason"
              label={t('esc_reason')}
              value={reason}
              fieldRef={reasonField}
              missing={missing('reason-required')}
              onChange={(value) => {
                setReason(value);
                changed('reason-required');
              }}
            />
            <button
              type="button"
              onClick={() => {
                if (lacks(changeSeverity(r, severity, reason, new Date(), settings))) return;
                const change = (s: Escalation) => changeSeverity(s, severity, reason, new Date(), settings);
                void apply(change, t('esc_severityChanged')).then((ok) => {
                  if (!ok) return;
                  // The severity picked is now the escalation's: focus goes to the choice, for the next change,
                  // and the reason, given for this change, is not left to be reused for that one.
                  severityField.current?.focus();
                  setReason('');
                });
              }}
            >
              {t('esc_changeSeverity')}
            </button>
          </ActionBox>
          <ActionBox summary={t('esc_customerUpdate')} onToggle={() => shownAt((n) => n + 1)}>
            <p className={cx('hint')}>{t('esc_customerUpdateHint')}</p>
            <MessageText text={customerMessage} lang={briefLocale} />
            <button
              type="button"
              onClick={() => void copy(customerUpdate(r, briefLocale, new Date(), settings, redaction))}
            >
              {t('esc_copyCustomerUpdate')}
            </button>
          </ActionBox>
          <ActionBox summary={t('esc_deEscalate')}>
            <div className={cx('field')}>
              <label htmlFor="de-reason">{t('esc_reason')}</label>
              <select
                id="de-reason"
                value={deReason}
                aria-describedby={lowered ? 'de-reason-hint' : undefined}
                onChange={(e) => setDeReason(e.target.value as DeEscalationReason)}
              >
                {DE_ESCALATION_REASONS.map((d) => (
                  <option key={d} value={d}>
                    {t(`deesc_reason_${d.replace(/-/g, '')}`)}
                  </option>
                ))}
              </select>
              {lowered ? (
                <p id="de-reason-hint" className={cx('hint')}>
                  {t('esc_deLowerHint')}
                </p>
              ) : null}
            </div>
            <div className={cx('field')}>
              <label htmlFor="de-note">
                {t(
                  deReason === 'lower-severity' || deReason === 'resolved-itself' ? 'esc_deNoteChanged' : 'esc_deNote',
                )}
              </label>
              <textarea id="de-note" value={deNote} onChange={(e) => setDeNote(e.target.value)} />
            </div>
            <CopySteps
              label={t('esc_deSteps')}
              steps={DE_ESCALATION_STEPS.map((step) => [t(`deesc_step_${step}`), messages[step]])}
              lang={briefLocale}
              onCopy={copy}
            />
            <button
              type="button"
              onClick={() => void apply((s) => deEscalate(s, deReason, deNote, new Date()), t('esc_deEscalated'))}
            >
              {t('esc_deEscalate')}
            </button>
          </ActionBox>
          <ActionBox summary={t('esc_resolve')}>
            <RequiredField
              id="res-cause"
              label={t('esc_rootCause')}
              value={rootCause}
              fieldRef={rootCauseField}
              missing={missing('root-cause-required')}
              onChange={(value) => {
                setRootCause(value);
                changed('root-cause-required');
              }}
            />
            <div className={cx('field')}>
              <label htmlFor="res-learning">{t('esc_learning')}</label>
              <textarea id="res-learning" value={learning} onChange={(e) => setLearning(e.target.value)} />
            </div>
            <div className={cx('field')}>
              <label htmlFor="res-told">{t('esc_toldCustomer')}</label>
              <textarea id="res-told" value={told} onChange={(e) => setTold(e.target.value)} />
            </div>
            <CopySteps
              label={t('resolve_steps')}
              steps={[
                [t('resolve_step_customer'), closing.customer],
                // Tracking hears the root cause: until there is one, there is nothing to copy.
                rootCause.trim()
                  ? [t('resolve_step_tracking'), closing.tracking]
                  : [t('resolve_step_trackingLater'), undefined],
                [t('resolve_step_learning'), undefined],
              ]}
              lang={briefLocale}
              onCopy={copy}
            />
            <button
              type="button"
              onClick={() => {
                if (lacks(resolve(r, rootCause, learning, new Date()))) return;
                void apply((s) => resolve(s, rootCause, learning, new Date()), t('esc_resolved'));
              }}
            >
              {t('esc_resolve')}
            </button>
          </ActionBox>
        </>
      ) : null}

      <h3>{t('esc_timeline')}</h3>
      {/* With the timeline it reports: between two boxes of actions it read as part of one of them. */}
      {open ? (
        <div className={cx('row')}>
          <button type="button" aria-describedby="copy-update-hint" onClick={() => void copyUpdateBrief()}>
            {t('esc_copyUpdateBrief')}
          </button>
          <p id="copy-update-hint" className={cx('hint')}>
            {t('esc_copyUpdateBriefHint')}
          </p>
        </div>
      ) : null}
      <ol className={cx('timeline')} aria-label={t('esc_timeline')}>
        {[...r.log].reverse().map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the audit trail is append-only
          <li key={i}>
            <span className={cx('muted')}>{when(e.at)}</span> <strong>{t(`esc_log_${e.kind.replace('-', '')}`)}</strong>{' '}
            {timelineText(e, t, L)}
          </li>
        ))}
      </ol>
    </section>
  );
}
