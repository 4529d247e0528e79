import { defineConfig } from 'wxt';
import { MIXPANEL_MATCHES } from './utils/hosts';
import { noMarkupInReactDom } from './scripts/noMarkupInReactDom';
import { extendContentScriptBuild } from './scripts/contentScriptBuild';

export default defineConfig({
  // Parallel builds (e.g. one per test run) can each get their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: progress lives in extension storage. scripting: the overlay is injected only while a
    // tour is active, so idle Mixpanel pages run nothing but the tiny loader.
    permissions: ['storage', 'scripting'],
    host_permissions: MIXPANEL_MATCHES,
    action: { default_title: '__MSG_extName__' },
    // Enterprise policy (read through storage.managed): what an administrator may set, see utils/policy.ts.
    storage: { managed_schema: 'managed_schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'invite-guide@mixpanel-guide.example',
              strict_min_version: '140.0',
              // The guide collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [noMarkupInReactDom()] }),
  hooks: { 'vite:build:extendConfig': extendContentScriptBuild },
  webExt: { disabled: true },
  zip: {
    // The sources zip Mozilla's review asks for: what builds the extension, none of the local output.
    // WXT already leaves out node_modules, the build folder and unit tests.
    excludeSources: [
      'tests/**',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      'handouts/**',
      'demo-screenshots/**',
      '.output/**',
      '**/*.log',
    ],
  },
});
