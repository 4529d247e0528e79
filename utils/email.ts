const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[a-z]{2,}$/i;

/**
 * The one e-mail rule of the project: something@domain.tld, no spaces, at most 254 characters, as a
 * form checks before the server's own. The guide uses it to see that a field holds an address; the
 * address itself is never kept beyond the tab's memory.
 */
export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value.trim());
}
