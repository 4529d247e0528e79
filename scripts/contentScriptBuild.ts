import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Alias, InlineConfig, Plugin } from 'vite';
import type { Entrypoint } from 'wxt';

// The content scripts are built one per group (see WXT's vite builder), so each can resolve imports its own
// way. These swaps keep what runs on Mixpanel's pages small, while the source keeps importing `react` and
// `wxt/browser` like every other entrypoint:
//  - every content script gets the browser's own extension API instead of webextension-polyfill: they only
//    send messages and read storage, which return promises natively (Chrome MV3, Firefox);
//  - every content script's `ctx` is utils/contentScript/contentScriptContext.ts, the part of WXT's
//    ContentScriptContext they use (WXT's entry creates it from `wxt/utils/content-script-context`);
//  - `#i18n` is utils/contentScript/nativeI18n.ts, `i18n.t` over browser.i18n without @wxt-dev/i18n;
//  - the overlay renders with Preact instead of React DOM (about 5 KB gzip against 60 KB): `react` and
//    `react-dom` resolve to utils/contentScript/preactReact.ts, Preact's core and hooks with the few React
//    calls the overlay makes (preact/compat would add 3.5 KB gzip of React API it never calls). The
//    popup, options and practice pages, and the unit tests, keep React.
const NATIVE_BROWSER = fileURLToPath(new URL('../utils/contentScript/nativeBrowser.ts', import.meta.url));
const CONTEXT = fileURLToPath(new URL('../utils/contentScript/contentScriptContext.ts', import.meta.url));
const NATIVE_I18N = fileURLToPath(new URL('../utils/contentScript/nativeI18n.ts', import.meta.url));
/** What `#i18n` stands for: WXT adds that alias itself, after (and so before) any of ours. */
const WXT_I18N = fileURLToPath(new URL('../.wxt/i18n/index.ts', import.meta.url));

/** Replaces the module behind `#i18n` (@wxt-dev/i18n's createI18n) with utils/contentScript/nativeI18n.ts. */
function nativeI18n(): Plugin {
  return {
    name: 'invite-guide:native-i18n',
    enforce: 'pre',
    load(id) {
      if (path.normalize(id) !== WXT_I18N) return null;
      return `export { i18n } from ${JSON.stringify(NATIVE_I18N)};`;
    },
  };
}

/**
 * The browsers the content scripts' CSS is written for, lowered for none older: those that read `light-dark()`
 * (Firefox's is the manifest's strict_min_version).
 */
const CONTENT_SCRIPT_BROWSERS = ['chrome123', 'firefox140', 'safari17.5'];

const PREACT_REACT = fileURLToPath(new URL('../utils/contentScript/preactReact.ts', import.meta.url));

const PREACT_ALIASES: Alias[] = [
  { find: /^react$/, replacement: PREACT_REACT },
  { find: /^react-dom$/, replacement: PREACT_REACT },
  { find: /^react-dom\/client$/, replacement: PREACT_REACT },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
];

/** The overlay content script: the one that renders the card. */
export const PREACT_CONTENT_SCRIPTS = ['overlay'];

/** For WXT's `vite:build:extendConfig` hook: the aliases of a content-script build, put before all others. */
export function extendContentScriptBuild(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  const scripts = entrypoints.filter((entrypoint) => entrypoint.type === 'content-script');
  if (scripts.length === 0 || scripts.length !== entrypoints.length) return;
  const aliases: Alias[] = [
    { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER },
    { find: /^wxt\/utils\/content-script-context$/, replacement: CONTEXT },
  ];
  if (scripts.some((script) => PREACT_CONTENT_SCRIPTS.includes(script.name))) aliases.push(...PREACT_ALIASES);
  config.resolve ??= {};
  config.resolve.alias = [...aliases, ...toAliasList(config.resolve.alias)];
  config.plugins = [...(config.plugins ?? []), nativeI18n()];
  // Terser packs what runs on Mixpanel's pages about 1 % smaller than the default minifier (the overlay's
  // size budget is 30 KB gzip). `unsafe_arrows` turns function expressions that use no `this` into arrows:
  // unsafe only for one called with `new`, which no content script does (Preact's classes use `this`).
  // The CSS is not lowered for older browsers (lowering `color-scheme` adds variables nothing reads).
  config.build = {
    ...config.build,
    minify: 'terser',
    terserOptions: {
      compress: { passes: 3, ecma: 2020, unsafe_arrows: true },
      mangle: true,
      // WXT's iife step finds the entry by `var <name> = (function`: the name and the parentheses stay.
      format: { comments: false, wrap_iife: true },
    },
    cssTarget: CONTENT_SCRIPT_BROWSERS,
    target: CONTENT_SCRIPT_BROWSERS,
  };
}

type AliasOption = NonNullable<NonNullable<InlineConfig['resolve']>['alias']>;

function toAliasList(alias: AliasOption | undefined): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return [...(alias as readonly Alias[])];
  return Object.entries(alias as Record<string, string>).map(([find, replacement]) => ({
    find,
    replacement,
  }));
}
