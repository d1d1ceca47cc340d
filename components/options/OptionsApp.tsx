import { useCallback, useEffect, useState } from 'react';
import { hasOrigin, removeOrigin, requestOrigin } from '../../lib/platform/permissions';
import { loadSettingsWithStatus, onSettingsChange, updateSettings } from '../../lib/platform/settings-store';
import type { Settings } from '../../lib/settings/model';
import { I18nProvider, useI18n } from '../i18n';
import { cx } from '../ui';
import { DataSection } from './DataSection';
import { DomainsSection } from './DomainsSection';
import { SettingsForm } from './SettingsForm';

interface Loaded {
  settings: Settings;
  quarantined?: string;
}

export function OptionsApp() {
  const [state, setState] = useState<Loaded | undefined>(undefined);
  const reload = useCallback(() => {
    void loadSettingsWithStatus().then(setState);
  }, []);
  useEffect(() => {
    reload();
    return onSettingsChange((settings) => setState((s) => (s ? { ...s, settings } : s)));
  }, [reload]);
  if (!state) return null;
  return (
    <I18nProvider locale={state.settings.uiLocale} title="options_title">
      <Options state={state} reload={reload} />
    </I18nProvider>
  );
}

function Options({ state, reload }: { state: Loaded; reload: () => void }) {
  const { t } = useI18n();
  const { settings } = state;
  // What the form changed goes onto the settings stored now (the panel may have changed others meanwhile);
  // domains are saved on their own, right after the browser grants access, so the form never touches them.
  const save = (changed: Partial<Settings>) =>
    updateSettings((stored) => ({ ...stored, ...changed, customDomains: stored.customDomains }));
  return (
    <main className={cx('options')}>
      <h1>{t('options_title')}</h1>
      {state.quarantined ? (
        <p className={cx('notice', 'error')} role="alert">
          {t('options_quarantined', state.quarantined)}
        </p>
      ) : null}
      <SettingsForm initial={settings} onSave={save} />
      <DomainsSection
        domains={settings.customDomains}
        onAdd={async (origin) => {
          const granted = await requestOrigin(origin).catch(() => false);
          if (granted) {
            await updateSettings((stored) =>
              stored.customDomains.includes(origin)
                ? stored
                : { ...stored, customDomains: [...stored.customDomains, origin] },
            );
          }
          return granted;
        }}
        isAllowed={hasOrigin}
        onRemove={async (origin) => {
          await removeOrigin(origin).catch(() => false);
          await updateSettings((stored) => ({
            ...stored,
            customDomains: stored.customDomains.filter((d) => d !== origin),
          }));
        }}
      />
      <DataSection onChanged={reload} />
    </main>
  );
}
