import type { RefObject } from 'react';
import { cx } from '../ui';

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
        aria-invalid={missing ? true : undefined}
        aria-describedby={missing ? `${id}-needed` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {missing ? (
        <p id={`${id}-needed`} className={cx('error')} role="alert">
          {missing}
        </p>
      ) : null}
    </div>
  );
}
