import { readFileSync } from 'node:fs';
import { parseYAML } from 'confbox';
import { describe, expect, it } from 'vitest';
import { NOTICE_MESSAGE_KEYS } from '../parseProgress';

const locale: unknown = parseYAML(readFileSync('locales/en.yml', 'utf8'));

function message(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      locale,
    );
}

describe('notice texts', () => {
  it.each(NOTICE_MESSAGE_KEYS)('%s has an English text the popup can show', (key) => {
    expect(message(key)).toEqual(expect.stringMatching(/\S{3,}/));
  });
});
