import { defineConfig } from 'wxt';

import { HELPDESK_MATCHES } from './lib/helpdesks/registry';

// `npm run dev` (scripts/dev.mjs) points the dev browser at the local demo helpdesk through these.
const devBrowserArgs = process.env.EB_DEV_CHROMIUM_ARGS ? JSON.parse(process.env.EB_DEV_CHROMIUM_ARGS) : [];
const devStartUrls = process.env.EB_DEV_START_URL ? [process.env.EB_DEV_START_URL] : [];

export default defineConfig({
  // Every module imports what it uses: an auto-import would put a lazily loaded component (components/HandleNote)
  // back into the first paint's bundle without a trace in the source.
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      // Kept escalations outgrow storage.local's 10 MB in about a year; a full store would refuse drafts.
      'unlimitedStorage',
      'alarms',
      'notifications',
      'clipboardWrite',
      'contextMenus',
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    host_permissions: HELPDESK_MATCHES,
    // Custom helpdesk domains are asked for one by one, when the agent adds them in the options page.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_actionTitle__' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'escalation-brief@example.org',
              strict_min_version: '140.0',
              // Nothing leaves the browser, so Firefox's data-consent prompt declares none.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  hooks: {
    // WXT titles Firefox's sidebar with the panel page's <title>, which no manifest message reaches.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_extName__';
    },
  },
  webExt: {
    binaries: process.env.CHROME_PATH ? { chrome: process.env.CHROME_PATH } : undefined,
    chromiumArgs: devBrowserArgs,
    startUrls: devStartUrls,
  },
});
