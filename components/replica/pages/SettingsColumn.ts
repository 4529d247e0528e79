import { el } from '../dom/el';
import { ORG_SETTINGS_ENTRIES, orgSettingsPath } from '../data/catalog';
import type { ReplicaRouter } from '../router/createReplicaRouter';
import { pc } from './pageStyles';

export type SettingsArea = 'org' | 'project' | 'profile';

const AREAS: readonly { area: SettingsArea; label: string; path: string }[] = [
  { area: 'org', label: 'Org', path: '/settings/org' },
  { area: 'project', label: 'Project', path: '/settings/project' },
  { area: 'profile', label: 'Profile', path: '/settings/profile' },
];

/** Entries under Project and Profile are not documented: one plausible entry each. */
const OTHER_ENTRIES: Record<Exclude<SettingsArea, 'org'>, { label: string; path: string }[]> = {
  project: [{ label: 'Overview', path: '/settings/project' }],
  profile: [{ label: 'Personal Info', path: '/settings/profile' }],
};

export interface SettingsColumn {
  element: HTMLElement;
  /** Shows `area` and highlights the entry at `path`; keeps the existing nodes when the area is unchanged. */
  show(area: SettingsArea, path: string): void;
}

/**
 * The second column of the Settings view: heading "Settings", the Org | Project | Profile switch and the
 * list of the area's pages, all real links. Light DOM, like Mixpanel's page-level markup.
 */
export function createSettingsColumn(router: ReplicaRouter): SettingsColumn {
  const list = el('ul', { class: pc['settings-list'] });
  const switchLinks = new Map(
    AREAS.map((entry) => [
      el('a', { class: pc['settings-switch-link'], href: router.href(entry.path) }, [entry.label]),
      entry.area,
    ]),
  );
  const entryLinks = new Map<HTMLAnchorElement, string>();
  const element = el('div', { class: pc['settings-column'] }, [
    el('h2', { class: pc['settings-heading'] }, ['Settings']),
    el('nav', { class: pc['settings-switch'], 'aria-label': 'Settings area' }, [...switchLinks.keys()]),
    el('nav', { 'aria-label': 'Settings pages' }, [list]),
  ]);
  let shownArea: SettingsArea | null = null;

  const entriesOf = (area: SettingsArea) =>
    area === 'org'
      ? ORG_SETTINGS_ENTRIES.map((entry) => ({ label: entry.label, path: orgSettingsPath(entry.slug) }))
      : OTHER_ENTRIES[area];

  return {
    element,
    show(area, path) {
      if (area !== shownArea) {
        shownArea = area;
        entryLinks.clear();
        list.replaceChildren(
          ...entriesOf(area).map((entry) => {
            const link = el('a', { class: pc['settings-link'], href: router.href(entry.path) }, [
              entry.label,
            ]);
            entryLinks.set(link, entry.path);
            return el('li', {}, [link]);
          }),
        );
      }
      const highlight = <T>(links: Map<HTMLAnchorElement, T>, current: T) =>
        links.forEach((value, link) => {
          if (value === current) link.setAttribute('aria-current', 'page');
          else link.removeAttribute('aria-current');
        });
      highlight(switchLinks, area);
      highlight(entryLinks, path);
    },
  };
}
