import { useId, useRef, useState } from 'react';
import { type Control, Controller, type FieldPath, type UseFormRegisterReturn, useWatch } from 'react-hook-form';
import { briefTime } from '../lib/brief/time';
import type { Escalation } from '../lib/escalation/model';
import { parseCount, parseQuantity, type Quantity } from '../lib/escalation/quantity';
import type { TypedDate } from '../lib/escalation/typed-date';
import { useI18n } from './i18n';
import { cx } from './ui';

interface Labelled {
  label: string;
  hint?: string;
  prefilled?: boolean;
}

// The "from ticket" mark sits beside the label, not in it, so the field's accessible name stays its
// label; screen readers get the mark as part of the description.
function Label({ htmlFor, label, prefilled }: { htmlFor: string } & Labelled) {
  const { t } = useI18n();
  return (
    <div className={cx('label-row')}>
      <label htmlFor={htmlFor}>{label}</label>
      {prefilled ? (
        <span id={`${htmlFor}-src`} className={cx('badge')}>
          {t('fromTicket')}
        </span>
      ) : null}
    </div>
  );
}

function describedBy(id: string, hint: string | undefined, prefilled: boolean | undefined, error?: string) {
  return (
    [error ? `${id}-error` : '', hint ? `${id}-hint` : '', prefilled ? `${id}-src` : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

export function TextField({
  label,
  hint,
  prefilled,
  field,
  type = 'text',
  error,
}: Labelled & {
  field: UseFormRegisterReturn;
  type?: string;
  /** What is wrong with the text typed, shown under it; the text itself stays as typed. */
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={cx('field')}>
      <Label htmlFor={id} label={label} prefilled={prefilled} />
      <input
        id={id}
        type={type}
        {...field}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, prefilled, error)}
      />
      {error ? (
        <p id={`${id}-error`} className={cx('error')} role="alert">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className={cx('hint')}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

const DATE_MESSAGES: Partial<Record<TypedDate['state'], string>> = {
  unreadable: 'dateUnreadable',
  future: 'dateFuture',
  outOfRange: 'dateOutOfRange',
};

/** A date typed as text, with what is wrong with it under it. */
export function DateField({
  control,
  read,
  readBackIn,
  ...text
}: Labelled & {
  field: UseFormRegisterReturn<FieldPath<Escalation>>;
  type?: string;
  control: Control<Escalation>;
  read: (text: string) => TypedDate;
  /**
   * The zone to show a date that was understood in, as the brief writes it: a helpdesk's raw timestamp
   * ("2026-11-18T08:02:11Z") or a date typed loosely can be checked at a glance.
   */
  readBackIn?: string;
}) {
  const { t, locale } = useI18n();
  const value = useWatch({ control, name: text.field.name });
  const typed = read(typeof value === 'string' ? value : '');
  const message = DATE_MESSAGES[typed.state];
  const readBack =
    typed.state === 'ok' && readBackIn !== undefined
      ? t('dateReadAs', briefTime(new Date(typed.at).toISOString(), locale, readBackIn))
      : undefined;
  return <TextField {...text} hint={readBack ?? text.hint} error={message ? t(message) : undefined} />;
}

export function TextArea({
  label,
  hint,
  prefilled,
  field,
  rows = 3,
}: Labelled & { field: UseFormRegisterReturn; rows?: number }) {
  const id = useId();
  return (
    <div className={cx('field')}>
      <Label htmlFor={id} label={label} prefilled={prefilled} />
      <textarea id={id} rows={rows} {...field} aria-describedby={describedBy(id, hint, prefilled)} />
      {hint ? (
        <p id={`${id}-hint`} className={cx('hint')}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function SelectField({
  label,
  field,
  options,
  empty,
  value,
}: Labelled & {
  field: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
  empty?: string;
  /** The value shown, for options that follow it: set before its option exists, a select would drop it. */
  value?: string;
}) {
  const id = useId();
  return (
    <div className={cx('field')}>
      <Label htmlFor={id} label={label} />
      <select id={id} {...field} value={value}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

// The raw text stays in the input while it is not a number, with the reason shown at the field;
// the draft only ever holds a valid number or nothing.
export function NumberField({
  label,
  hint,
  control,
  name,
  count = false,
  onText,
}: Labelled & {
  control: Control<Escalation>;
  name: FieldPath<Escalation>;
  /** How many of something: a whole number, at least one. */
  count?: boolean;
  /**
   * The text as typed, once the agent leaves the field, for what the figure alone does not carry (the
   * currency written with it): half-typed words ("50k in r") carry nothing.
   */
  onText?: (text: string) => void;
}) {
  const id = useId();
  // What the draft holds: a Controller's own value falls back to the one it mounted with when the draft
  // holds none, so a count taken back while the field is on screen would stay shown.
  const value = useWatch({ control, name });
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          id={id}
          name={field.name}
          label={label}
          hint={hint}
          value={value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          parse={count ? parseCount : parseQuantity}
          onText={onText}
        />
      )}
    />
  );
}

const NUMBER_MESSAGES = {
  negative: 'numberNegative',
  exponent: 'numberExponent',
  fraction: 'numberWhole',
  none: 'numberAtLeastOne',
} as const;

function NumberInput({
  id,
  name,
  label,
  hint,
  value,
  onChange,
  onBlur,
  parse,
  onText,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value: unknown;
  onChange: (v: number | undefined) => void;
  onBlur: () => void;
  parse: (text: string) => Quantity;
  onText?: (text: string) => void;
}) {
  const { t } = useI18n();
  const [raw, setRaw] = useState(typeof value === 'number' ? String(value) : '');
  const read = parse(raw);
  const invalid = read.state === 'invalid';
  // A value set from elsewhere (another panel, "Use theirs", the count from similar escalations) replaces
  // what is shown; one this input reported itself leaves the agent's text as typed ("120k", "50000 or so").
  const emitted = useRef<unknown>(value);
  const [seen, setSeen] = useState<unknown>(value);
  if (!Object.is(value, seen)) {
    setSeen(value);
    if (!Object.is(value, emitted.current)) setRaw(typeof value === 'number' ? String(value) : '');
    // Only the echo of the agent's own edit is skipped; the same figure set again from elsewhere is shown.
    emitted.current = Number.NaN;
  }
  return (
    <div className={cx('field')}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        inputMode="decimal"
        value={raw}
        aria-invalid={invalid}
        aria-describedby={`${id}-msg`}
        onBlur={() => {
          onBlur();
          onText?.(raw);
        }}
        onChange={(e) => {
          setRaw(e.target.value);
          // A figure being corrected is no figure: the brief must not keep the one it replaces.
          const q = parse(e.target.value);
          emitted.current = q.state === 'ok' ? q.value : undefined;
          onChange(emitted.current as number | undefined);
        }}
      />
      <p id={`${id}-msg`} className={cx(invalid ? 'error' : 'hint')} role={invalid ? 'alert' : undefined}>
        {invalid ? t(read.why ? NUMBER_MESSAGES[read.why] : 'numberInvalid') : (hint ?? '')}
      </p>
    </div>
  );
}
