import { readdirSync, readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import { describe, expect, it } from 'vitest';

/** Every message of a locale file, by its dotted key (as `i18n.t` takes it). */
function flatten(node: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) flatten(value, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into.set(prefix, node);
  }
  return into;
}

function read(file: string): Map<string, unknown> {
  return flatten(parseYAML(readFileSync(`locales/${file}`, 'utf8')));
}

/** The substitutions a message uses (`$1`, `$2`, …; the project uses no named ones), sorted. */
function placeholders(message: string): string[] {
  return (message.match(/\$\d+/g) ?? []).sort();
}

const english = read('en.yml');
const others = readdirSync('locales').filter((file) => file.endsWith('.yml') && file !== 'en.yml');

describe('locales', () => {
  it('include a translation besides English', () => {
    expect(others).toContain('de.yml');
  });

  it('English has only non-empty text messages', () => {
    for (const [key, message] of english) {
      expect(typeof message, key).toBe('string');
      expect((message as string).trim(), key).not.toBe('');
    }
  });

  describe.each(others)('%s', (file) => {
    const messages = read(file);

    it('has every key of en.yml and no other', () => {
      const missing = [...english.keys()].filter((key) => !messages.has(key));
      const extra = [...messages.keys()].filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('gives each message as non-empty text with the same placeholders as English', () => {
      for (const [key, source] of english) {
        const message = messages.get(key);
        if (message === undefined) continue;
        expect(typeof message, key).toBe('string');
        expect((message as string).trim(), key).not.toBe('');
        expect(placeholders(message as string), key).toEqual(placeholders(source as string));
      }
    });
  });
});
