import { readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** `locales/en.yml` flattened the way the build writes `messages.json`: `a.b.c` becomes `a_b_c`. */
function englishMessages(): Map<string, string> {
  const messages = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === 'string') messages.set(prefix, node);
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) walk(child, prefix ? `${prefix}_${key}` : key);
  };
  walk(parseYAML(readFileSync('locales/en.yml', 'utf8')), '');
  return messages;
}

/**
 * Gives the fake browser the English texts (its own `i18n.getMessage` is not implemented), with `$1`..`$9`
 * substituted as the browser does. A key that does not exist returns '' as in the browser. Call it in
 * `beforeEach`: mocks are restored after each test.
 */
export function useEnglishMessages(): void {
  const messages = englishMessages();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
    (key: string, substitutions?: string | (string | number)[]) => {
      const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
      return (messages.get(key) ?? '').replace(/\$([1-9])/g, (_, n: string) =>
        String(subs[Number(n) - 1] ?? ''),
      );
    },
  );
}
