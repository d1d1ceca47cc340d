import type { RefObject } from 'react';
import { cx } from '../ui';

/**
 * How a field an action found wanting is marked, until the agent changes it: invalid, and described by what
 * is missing. The action's button stays enabled (a disabled one looks the same and says nothing when
 * pressed); pressed, it marks the field, moves focus there and says so.
 */
export const markedMissing = (id: string, missing: string | undefined) => ({
  'aria-invalid': missing ? true : undefined,
  'aria-describedby': missing ? `${id}-needed` : undefined,
});

/** What is missing, said at the field (and read at once: the action that found it moved focus there). */
export function MissingNote({ id, missing }: { id: string; missing: string | undefined }) {
  return missing ? (
    <p id={`${id}-needed`} className={cx('error')} role="alert">
      {missing}
    </p>
  ) : null;
}

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  fieldRef: RefObject<HTMLInputElement | null>;
  /** Said at the field, which is marked invalid and described by it, until the agent types. */
  missing: string | undefined;
}

// A value an action cannot go without (a severity change's reason, a resolution's root cause).
export function RequiredField({ id, label, value, onChange, fieldRef, missing }: Props) {
  return (
    <div className={cx('field')}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={fieldRef}
        value={value}
        {...markedMissing(id, missing)}
        onChange={(e) => onChange(e.target.value)}
      />
      <MissingNote id={id} missing={missing} />
    </div>
  );
}
