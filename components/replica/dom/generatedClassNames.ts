const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomSuffix(length = 8): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => SUFFIX_ALPHABET[byte % SUFFIX_ALPHABET.length]).join('');
}

/**
 * Class names the way Mixpanel's build emits them (`select-drop-menu__A0YRHQY9`): a readable stem and a
 * random suffix that changes on every page load, so neither tests nor the guide can depend on them.
 */
export function generatedClassNames<const Name extends string>(names: readonly Name[]): Record<Name, string> {
  const result = {} as Record<Name, string>;
  for (const name of names) result[name] = `${name}__${randomSuffix()}`;
  return result;
}

/** A unique id for aria wiring inside one shadow root; random so nothing outside can rely on it. */
export function generatedId(stem: string): string {
  return `${stem}-${randomSuffix(6).toLowerCase()}`;
}
