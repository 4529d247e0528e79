import { browser } from 'wxt/browser';
import type { i18n as wxtI18n } from '#i18n';

/**
 * What `#i18n` resolves to in the content-script builds (scripts/contentScriptBuild.ts): `i18n.t` straight
 * over `browser.i18n.getMessage`, as @wxt-dev/i18n does it for a key with or without a substitution
 * array, the only forms the content scripts use. (The library's plural and named-substitution forms are
 * left out; another argument throws rather than being ignored.)
 */
function t(key: string, ...args: unknown[]): string {
  const [substitutions] = args;
  if (args.length > 1 || (substitutions != null && !Array.isArray(substitutions)))
    throw Error(`i18n.t("${key}"): content scripts take a substitution array only`);
  const name = key.replaceAll('.', '_');
  // Typed for the browser's predefined messages only; ours are checked by the `#i18n` types.
  const api = browser.i18n as unknown as { getMessage(name: string, substitutions?: string[]): string };
  const message = substitutions?.length
    ? api.getMessage(name, substitutions.map(String))
    : api.getMessage(name);
  if (!message) console.warn(`[i18n] Message not found: "${key}"`);
  return message;
}

export const i18n = { t } as unknown as typeof wxtI18n;
