import { useEffect, useId, useRef, useState } from 'react';
import { checkDomain } from '../../lib/settings/domains';
import { useI18n } from '../i18n';
import { cx } from '../ui';
import { DOMAIN_REASONS } from './domain-reasons';

interface Props {
  domains: string[];
  // Resolves false when the browser did not grant access.
  onAdd: (origin: string) => Promise<boolean>;
  onRemove: (origin: string) => Promise<void>;
  /** Whether the browser allows reading the site now: a domain imported from another browser may not be. */
  isAllowed: (origin: string) => Promise<boolean>;
}

export function DomainsSection({ domains, onAdd, onRemove, isAllowed }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const [refused, setRefused] = useState<string[]>([]);
  // Once a removed domain is gone from the list, focus goes to the one after it, else the one before, else
  // the field: the button that had it went with the domain.
  const [removed, setRemoved] = useState<{ origin: string; focus: string | undefined }>();
  const removeButtons = useRef(new Map<string, HTMLButtonElement>());
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!removed || domains.includes(removed.origin)) return;
    ((removed.focus && removeButtons.current.get(removed.focus)) || field.current)?.focus();
    setRemoved(undefined);
  }, [removed, domains]);
  useEffect(() => {
    let live = true;
    void Promise.all(domains.map(async (d) => ((await isAllowed(d).catch(() => false)) ? undefined : d))).then(
      (out) => live && setRefused(out.filter((d): d is string => d !== undefined)),
    );
    return () => {
      live = false;
    };
  }, [domains, isAllowed]);

  async function add() {
    const check = checkDomain(input);
    if (!check.ok) {
      setMessage({ text: t(DOMAIN_REASONS[check.reason]), error: true });
      return;
    }
    // The browser's prompt may stay open a while: what the last attempt said is not about this one.
    setMessage({ text: '', error: false });
    const granted = await onAdd(check.origin);
    setMessage(
      granted
        ? { text: t('options_domainAdded', check.origin), error: false }
        : { text: t('options_domainRefused', check.origin), error: true },
    );
    if (granted) setInput('');
  }

  function remove(origin: string) {
    const at = domains.indexOf(origin);
    setRemoved({ origin, focus: domains[at + 1] ?? domains[at - 1] });
    void onRemove(origin).then(() => setMessage({ text: t('options_domainRemoved', origin), error: false }));
  }

  return (
    <section className={cx('options-section')} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options_domains')}</h2>
      <p className={cx('hint')}>{t('options_domainsHint')}</p>
      <ul className={cx('domains')}>
        {domains.map((origin) => (
          <li key={origin}>
            <code>{origin}</code>{' '}
            {refused.includes(origin) ? (
              <>
                <span className={cx('error')}>{t('options_domainNotAllowed')}</span>{' '}
                <button
                  type="button"
                  onClick={() => {
                    setMessage({ text: '', error: false });
                    void onAdd(origin).then((granted) => {
                      if (granted) setRefused((list) => list.filter((d) => d !== origin));
                      else setMessage({ text: t('options_domainRefused', origin), error: true });
                    });
                  }}
                >
                  {t('options_allowDomain', origin)}
                </button>{' '}
              </>
            ) : null}
            <button
              type="button"
              className={cx('link')}
              ref={(el) => {
                if (el) removeButtons.current.set(origin, el);
                else removeButtons.current.delete(origin);
              }}
              onClick={() => remove(origin)}
            >
              {t('options_removeDomain', origin)}
            </button>
          </li>
        ))}
      </ul>
      <div className={cx('row')}>
        <div className={cx('field')}>
          <label htmlFor={`${id}-in`}>{t('options_domain')}</label>
          <input
            id={`${id}-in`}
            ref={field}
            value={input}
            placeholder="https://support.acme.com"
            onChange={(e) => setInput(e.target.value)}
            // Enter adds, as the button does; not while an input method is still composing the text.
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
              e.preventDefault();
              void add();
            }}
          />
        </div>
        <button type="button" onClick={() => void add()}>
          {t('options_addDomain')}
        </button>
      </div>
      <p className={cx(message.error ? 'error' : 'hint')} role={message.error ? 'alert' : 'status'}>
        {message.text}
      </p>
    </section>
  );
}
