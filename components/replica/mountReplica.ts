import { el } from './dom/el';
import { createInvitedUsersStore } from './data/invitedUsersStore';
import { isSignedOut, routeScheme } from './data/replicaSettings';
import { defineReplicaElements } from './elements/defineReplicaElements';
import { MpSidenav } from './elements/MpSidenav';
import { renderLoginPage, renderNotFoundPage } from './pages/BarePages';
import { renderAppSectionPage, renderHomePage } from './pages/HomePage';
import type { PageView } from './pages/pageScope';
import { injectPageStyles, pc } from './pages/pageStyles';
import type { ReplicaContext } from './pages/replicaContext';
import { createSettingsColumn, type SettingsArea } from './pages/SettingsColumn';
import { renderOrgOverviewPage, renderSettingsPlaceholderPage } from './pages/SettingsPages';
import { renderUsersAndTeamsPage } from './pages/UsersAndTeamsPage';
import { createReplicaRouter, type ReplicaLocation } from './router/createReplicaRouter';
import { matchReplicaRoute, type ReplicaRoute } from './router/matchReplicaRoute';
import { settingsPaths } from './router/settingsPaths';

type Layout = { kind: 'app' } | { kind: 'settings'; area: SettingsArea } | { kind: 'bare' };

function layoutOf(route: ReplicaRoute): Layout {
  switch (route.kind) {
    case 'app':
      return { kind: 'app' };
    case 'org-settings':
      return { kind: 'settings', area: 'org' };
    case 'project-settings':
      return { kind: 'settings', area: 'project' };
    case 'profile-settings':
      return { kind: 'settings', area: 'profile' };
    default:
      return { kind: 'bare' };
  }
}

function pageFor(route: ReplicaRoute, context: ReplicaContext): PageView {
  switch (route.kind) {
    case 'app':
      return route.section === 'home' ? renderHomePage(route.projectId) : renderAppSectionPage(route.section);
    case 'org-settings':
      if (route.slug === '') return renderOrgOverviewPage();
      if (route.slug === 'users') return renderUsersAndTeamsPage(context);
      return renderSettingsPlaceholderPage(route.label);
    case 'project-settings':
      return renderSettingsPlaceholderPage('Project Settings');
    case 'profile-settings':
      return renderSettingsPlaceholderPage('Profile');
    case 'login':
      return renderLoginPage(context, route.next);
    default:
      return renderNotFoundPage(context);
  }
}

/**
 * Mounts the replica of Mixpanel's settings UI into `container` and returns its cleanup. The sidebar and
 * the settings column persist across navigations (only their highlight changes); the page content is
 * replaced on every route change, and the scrolling container is the main area, not the window.
 */
export function mountReplica(container: HTMLElement, win: Window = window): () => void {
  const doc = container.ownerDocument;
  defineReplicaElements(win.customElements);
  const removeStyles = injectPageStyles(doc);
  const router = createReplicaRouter(win);
  const store = createInvitedUsersStore(win);
  const context: ReplicaContext = { router, store, win };

  const sidenav = new MpSidenav();
  sidenav.connect(router);
  const settingsColumn = createSettingsColumn(router);
  const main = el('main', { class: pc['main-scroll'] });
  const appRoot = el('div', { class: pc['app-root'] }, [sidenav, main]);
  let page: PageView | null = null;

  const render = (location: ReplicaLocation): void => {
    // Read on every navigation, like every knob: a test can switch the route scheme without a reload.
    const scheme = routeScheme(win);
    const route = matchReplicaRoute(location.pathname, location.search, scheme);
    if (route.kind === 'redirect') {
      router.navigate(route.to, { replace: true });
      return;
    }
    if (route.kind !== 'login' && isSignedOut(win)) {
      // A signed-out visit bounces through the sign-in page, keeping only the path (query strings are lost).
      router.load(`/login?next=${encodeURIComponent(location.pathname)}`);
      return;
    }
    page?.destroy();
    page = pageFor(route, context);
    doc.title = `${page.title} - Mixpanel`;
    const layout = layoutOf(route);
    if (layout.kind === 'bare') {
      container.replaceChildren(page.element);
      return;
    }
    sidenav.activePath = location.pathname;
    // Move nothing that stays: a re-inserted sidebar would lose focus and its open menus.
    if (layout.kind === 'settings') {
      if (settingsColumn.element.parentNode !== appRoot) main.before(settingsColumn.element);
      settingsColumn.show(layout.area, location.pathname.replace(/\/+$/, ''), settingsPaths(scheme));
    } else {
      settingsColumn.element.remove();
    }
    main.replaceChildren(page.element);
    main.scrollTop = 0;
    if (appRoot.parentNode !== container) container.replaceChildren(appRoot);
  };

  const unsubscribe = router.subscribe(render);
  render(router.current());
  return () => {
    unsubscribe();
    page?.destroy();
    router.destroy();
    store.destroy();
    removeStyles();
    container.replaceChildren();
  };
}
