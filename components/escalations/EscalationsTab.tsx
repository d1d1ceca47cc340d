import type { ComponentProps } from 'react';
import { useI18n } from '../i18n';
import { escalationsTab } from '../later-parts';
import { PartLoadFailed } from '../PartLoadFailed';
import type { LiveEscalationsView } from './EscalationsView';

/** The Escalations tab, loaded after the panel's first paint: until it is, it says so. */
export function EscalationsTab(props: ComponentProps<typeof LiveEscalationsView>) {
  const { t } = useI18n();
  const part = escalationsTab.use();
  if (part.state === 'ready') return <part.module.LiveEscalationsView {...props} />;
  if (part.state === 'failed') return <PartLoadFailed error={part.error} />;
  return <p role="status">{t('esc_loading')}</p>;
}
