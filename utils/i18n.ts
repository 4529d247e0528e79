import { i18n } from '#i18n';

/**
 * Translates a key that comes from data (a tour definition) rather than from code. Tour keys are plain
 * strings; `tours/__tests__/tours.test.ts` proves each one exists in `locales/en.yml`.
 */
export function translateKey(key: string, substitutions?: readonly string[]): string {
  const translate = i18n.t as (key: string, substitutions?: string[]) => string;
  return translate(key, substitutions ? [...substitutions] : undefined);
}
