/**
 * The replica's router. On the real hosts (http/https) the route is `location.pathname`, as on Mixpanel;
 * on the extension's own page (`chrome-extension://…/practice.html`) it lives in the hash
 * (`practice.html#/settings/org`). Navigations use `history.pushState`, like Mixpanel's `panel` router:
 * no page load and no `popstate` (browsers fire that only for back/forward). Like panel, the router then
 * dispatches a `pushstate` / `replacestate` event on window, shaped like `popstate`, for anyone watching.
 */
export type RouterMode = 'path' | 'hash';

export interface ReplicaLocation {
  /** Always starts with "/". */
  pathname: string;
  /** "" or "?…". */
  search: string;
}

export interface ReplicaRouter {
  readonly mode: RouterMode;
  current(): ReplicaLocation;
  /** The `href` to put on a link to `path` in this mode. */
  href(path: string): string;
  navigate(path: string, options?: { replace?: boolean }): void;
  /** A full page load (sign-in redirects do this), not a single-page navigation. */
  load(path: string): void;
  /** Called after every navigation, ours or back/forward. Returns its cleanup. */
  subscribe(listener: (location: ReplicaLocation) => void): () => void;
  destroy(): void;
}

export function routerModeFor(protocol: string): RouterMode {
  return protocol === 'http:' || protocol === 'https:' ? 'path' : 'hash';
}

function splitPath(path: string): ReplicaLocation {
  const queryAt = path.indexOf('?');
  const pathname = queryAt === -1 ? path : path.slice(0, queryAt);
  const search = queryAt === -1 ? '' : path.slice(queryAt);
  return {
    pathname: pathname.startsWith('/') ? pathname : `/${pathname}`,
    search: search === '?' ? '' : search,
  };
}

export function readLocation(mode: RouterMode, location: Location): ReplicaLocation {
  if (mode === 'path') return { pathname: location.pathname || '/', search: location.search };
  const hash = location.hash.replace(/^#/, '');
  return splitPath(decodeURI(hash || '/'));
}

/** The in-app path a link points to, or null when it leaves the app (other origin or page, new tab, download). */
function pathOfLink(anchor: HTMLAnchorElement, mode: RouterMode, location: Location): string | null {
  if (anchor.target && anchor.target !== '_self') return null;
  if (anchor.hasAttribute('download') || !anchor.hasAttribute('href')) return null;
  let url: URL;
  try {
    url = new URL(anchor.href, location.href);
  } catch {
    return null;
  }
  if (url.origin !== location.origin) return null;
  if (mode === 'path') return url.pathname + url.search;
  if (url.pathname !== location.pathname || !url.hash.startsWith('#/')) return null;
  return decodeURI(url.hash.slice(1));
}

export function createReplicaRouter(win: Window = window): ReplicaRouter {
  const mode = routerModeFor(win.location.protocol);
  const listeners = new Set<(location: ReplicaLocation) => void>();
  const controller = new AbortController();
  const current = (): ReplicaLocation => readLocation(mode, win.location);
  const notify = (): void => {
    const location = current();
    listeners.forEach((listener) => listener(location));
  };
  const href = (path: string): string => (mode === 'path' ? path : `#${path}`);

  const router: ReplicaRouter = {
    mode,
    current,
    href,
    navigate(path, options = {}) {
      const method = options.replace ? 'replaceState' : 'pushState';
      const now = current();
      if (!options.replace && now.pathname + now.search === path) return;
      win.history[method]({ replica: true }, '', href(path));
      win.dispatchEvent(new CustomEvent(method.toLowerCase(), { detail: { path } }));
      notify();
    },
    load(path) {
      if (mode === 'path') {
        win.location.assign(path);
        return;
      }
      // Changing only the hash never reloads: set it, then reload for a real page load.
      win.location.assign(href(path));
      win.location.reload();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      controller.abort();
      listeners.clear();
    },
  };

  const { signal } = controller;
  win.addEventListener('popstate', notify, { signal });
  if (mode === 'hash') win.addEventListener('hashchange', notify, { signal });
  // Links are real <a href>s, many inside shadow roots: composedPath() finds them from the document.
  win.document.addEventListener(
    'click',
    (event) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const path = pathOfLink(anchor, mode, win.location);
      if (path === null) return;
      event.preventDefault();
      router.navigate(path);
    },
    { signal },
  );
  return router;
}
