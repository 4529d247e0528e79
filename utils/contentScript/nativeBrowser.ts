import type { browser as polyfilledBrowser } from 'wxt/browser';

type ExtensionApi = typeof polyfilledBrowser;

/**
 * What `wxt/browser` resolves to in the content-script builds (scripts/contentScriptBuild.ts): the
 * browser's own extension API, without webextension-polyfill. Firefox has `browser`; Chrome's `chrome`
 * returns promises from `runtime.sendMessage` and `storage` in MV3, which is all the content scripts use.
 */
const world = globalThis as typeof globalThis & { browser?: ExtensionApi; chrome?: ExtensionApi };

export const browser = (world.browser?.runtime?.id ? world.browser : world.chrome) as ExtensionApi;
