/**
 * The query parameters of a share link, and the two things the loader does with them. Kept apart from
 * `shareLink.ts` (tours, i18n) so the loader, which runs on every Mixpanel page, stays tiny.
 */

/** `?guide=<tour id>&guide-step=<1-based number or step id>`, or `?guide=<tour id>&guide-action=restart`. */
export const SHARE_LINK_PARAMS = ['guide', 'guide-step', 'guide-action'] as const;

/** Every value of each of our parameters, exactly as found in the URL: untrusted, checked by the background. */
export interface ShareLinkParams {
  guide: string[];
  step: string[];
  action: string[];
}

/** Our parameters in a query string (`location.search`), or null when it has none of them. */
export function readShareLinkParams(search: string): ShareLinkParams | null {
  const query = new URLSearchParams(search);
  const [guide, step, action] = SHARE_LINK_PARAMS.map((name) => query.getAll(name));
  if (!guide || !step || !action || guide.length + step.length + action.length === 0) return null;
  return { guide, step, action };
}

/**
 * The URL without our parameters. Everything else is kept exactly as it was written (other parameters in
 * their order and encoding, the hash), so the app behind the link sees the URL it would have seen.
 */
export function stripShareParams(url: string): string {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt === -1) return url;
  const pairs = beforeHash.slice(queryAt + 1).split('&');
  const kept = pairs.filter((pair) => !isShareParam(pair));
  if (kept.length === pairs.length) return url;
  const query = kept.some((pair) => pair !== '') ? `?${kept.join('&')}` : '';
  return beforeHash.slice(0, queryAt) + query + hash;
}

/** Decodes the name as URLSearchParams does, so `guide%2Dstep` is ours too. */
function isShareParam(pair: string): boolean {
  const equals = pair.indexOf('=');
  const raw = (equals === -1 ? pair : pair.slice(0, equals)).replace(/\+/g, ' ');
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // A malformed escape stays as written, as URLSearchParams leaves it.
  }
  return (SHARE_LINK_PARAMS as readonly string[]).includes(name);
}
