/**
 * The path of the app's current page. On Mixpanel it is the URL's path; in the practice sandbox (an
 * extension page whose replica routes in the hash, `practice.html#/settings/org`) it is the hash route.
 */
export function currentAppPath(location: Location = window.location): string {
  if (location.protocol === 'http:' || location.protocol === 'https:') return location.pathname;
  const route = location.hash.replace(/^#/, '');
  return route.startsWith('/') ? route.replace(/\?.*$/, '') : '/';
}

/** Turns an app path into a URL to navigate to, in whichever routing mode the page uses. */
export function appUrl(path: string, location: Location = window.location): string {
  if (location.protocol === 'http:' || location.protocol === 'https:')
    return new URL(path, location.origin).href;
  return `${location.href.replace(/#.*$/, '')}#${path}`;
}
