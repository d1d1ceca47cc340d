import type { ReadTicketResult } from '../lib/messages/panel';
import { openOptions } from '../lib/platform/panel';
import { useI18n } from './i18n';
import { cx } from './ui';

const EXPLANATIONS = {
  'not-a-ticket': 'read_notATicket',
  'no-access': 'read_noAccess',
  'browser-page': 'read_browserPage',
  unreachable: 'read_unreachable',
  invalid: 'read_invalid',
  failed: 'read_failed',
} as const;

export function ReadStatus({ read, onReread }: { read: ReadTicketResult; onReread: () => void }) {
  const { t } = useI18n();
  return (
    <div className={cx('readstatus')}>
      {read.ok ? null : (
        <p className={cx('notice')} role="status">
          {t(EXPLANATIONS[read.reason])} {t('read_byHand')}
        </p>
      )}
      <button type="button" onClick={onReread}>
        {t('read_reread')}
      </button>
      {/* Firefox's toolbar button has no Options item, and the message above sends the agent there. */}
      {!read.ok && read.reason === 'no-access' ? (
        <button type="button" onClick={openOptions}>
          {t('read_openOptions')}
        </button>
      ) : null}
    </div>
  );
}
