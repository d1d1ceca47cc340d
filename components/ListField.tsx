import { useEffect, useId, useState } from 'react';
import { type Control, Controller, type FieldPath } from 'react-hook-form';
import type { Escalation } from '../lib/escalation/model';
import type { Finding } from '../lib/escalation/repro-lint';
import { useI18n } from './i18n';
import { cx } from './ui';
import { useStatusMessage } from './useStatusMessage';

interface Props {
  control: Control<Escalation>;
  name: FieldPath<Escalation>;
  legend: string;
  itemLabel: string;
  addLabel: string;
  multiline?: boolean;
  reorderable?: boolean;
  findings?: readonly Finding[];
  hint?: string;
  prefilled?: boolean;
}

const move = (list: string[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item ?? '');
  return next;
};

// An ordered list of text items (repro steps, evidence, ruled out): each item has its own labelled
// input, and buttons to move and remove it, so the whole list works from the keyboard.
export function ListField({
  control,
  name,
  legend,
  itemLabel,
  addLabel,
  multiline,
  reorderable,
  findings = [],
  hint,
  prefilled,
}: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  // Keyboard focus follows the item an action moved, or goes to its neighbour when one is removed; a
  // screen reader hears where it went.
  const [after, setAfter] = useState<{ focus: string } | undefined>(undefined);
  const [said, say] = useStatusMessage();
  useEffect(() => {
    if (after) document.getElementById(after.focus)?.focus();
  }, [after]);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const items = Array.isArray(field.value) ? (field.value as string[]) : [];
        const set = (next: string[]) => field.onChange(next);
        // Focus stays on the same arrow of the moved item, or its other arrow where that one is disabled.
        const moveItem = (from: number, to: number, label: string) => {
          set(move(items, from, to));
          const edge = to === 0 ? 'down' : to === items.length - 1 ? 'up' : undefined;
          setAfter({ focus: `${id}-${to}-${edge ?? (to < from ? 'up' : 'down')}` });
          say(t('list_moved', label, String(to + 1)));
        };
        return (
          <fieldset data-field={name} className={cx('list-field')}>
            <legend>
              {legend}
              {/* A space, not only the badge's margin: the legend names the group, "Evidence from ticket". */}
              {prefilled ? (
                <>
                  {' '}
                  <span className={cx('badge')}>{t('fromTicket')}</span>
                </>
              ) : null}
            </legend>
            {hint ? <p className={cx('hint')}>{hint}</p> : null}
            <ol className={cx('list-items')}>
              {items.map((value, i) => {
                const itemId = `${id}-${i}`;
                const label = `${itemLabel} ${i + 1}`;
                const here = findings.filter((f) => f.field === `${name}.${i}`);
                const Input = multiline ? 'textarea' : 'input';
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: items are plain strings edited in place
                  <li key={i} className={cx('list-item')}>
                    <label htmlFor={itemId}>{label}</label>
                    <Input
                      id={itemId}
                      name={`${name}.${i}`}
                      value={value}
                      rows={multiline ? 3 : undefined}
                      aria-invalid={here.length > 0 || undefined}
                      aria-describedby={here.length ? `${itemId}-lint` : undefined}
                      onChange={(e) => set(items.map((v, j) => (j === i ? e.target.value : v)))}
                    />
                    {here.length ? (
                      <ul id={`${itemId}-lint`} className={cx('lint')}>
                        {here.map((f) => (
                          <li key={f.id}>
                            {f.text[locale]} <span className={cx('muted')}>{f.fix[locale]}</span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <div className={cx('item-actions')}>
                      {reorderable ? (
                        <>
                          <button
                            type="button"
                            id={`${itemId}-up`}
                            disabled={i === 0}
                            onClick={() => moveItem(i, i - 1, label)}
                            aria-label={t('list_moveUp', label)}
                          >
                            ↑
                          </button>
                          <button
                            type="button"
                            id={`${itemId}-down`}
                            disabled={i === items.length - 1}
                            onClick={() => moveItem(i, i + 1, label)}
                            aria-label={t('list_moveDown', label)}
                          >
                            ↓
                          </button>
                        </>
                      ) : null}
                      <button
                        type="button"
                        onClick={() => {
                          set(items.filter((_, j) => j !== i));
                          const next = i < items.length - 1 ? i : i - 1;
                          setAfter({ focus: next >= 0 ? `${id}-${next}` : `${id}-add` });
                          say(t('list_removed', label));
                        }}
                        aria-label={t('list_remove', label)}
                      >
                        {t('list_removeShort')}
                      </button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <p className={cx('visually-hidden')} aria-live="polite">
              {said}
            </p>
            <button
              type="button"
              id={`${id}-add`}
              onClick={() => {
                set([...items, '']);
                requestAnimationFrame(() => document.getElementById(`${id}-${items.length}`)?.focus());
              }}
            >
              {addLabel}
            </button>
          </fieldset>
        );
      }}
    />
  );
}
