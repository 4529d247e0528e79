import { el } from '../dom/el';
import { ORG_SETTINGS_ENTRIES } from '../data/catalog';
import type { ReplicaRouter } from '../router/createReplicaRouter';
import type { SettingsPaths } from '../router/settingsPaths';
import { pc } from './pageStyles';

export type SettingsArea = 'org' | 'project' | 'profile';

const AREAS: readonly { area: SettingsArea; label: string }[] = [
  { area: 'org', label: 'Org' },
  { area: 'project', label: 'Project' },
  { area: 'profile', label: 'Profile' },
];

const areaPath = (area: SettingsArea, paths: SettingsPaths): string =>
  area === 'org' ? paths.org('') : paths[area];

/** Entries under Project and Profile are not documented: one plausible entry each. */
const OTHER_ENTRIES: Record<Exclude<SettingsArea, 'org'>, string> = {
  project: 'Overview',
  profile: 'Personal Info',
};

export interface SettingsColumn {
  element: HTMLElement;
  /**
   * Shows `area` and highlights the entry at `path`; links follow `paths` (the `replica:routes` knob).
   * Keeps the existing nodes when neither the area nor the route scheme changed.
   */
  show(area: SettingsArea, path: string, paths: SettingsPaths): void;
}

/**
 * The second column of the Settings view: heading "Settings", the Org | Project | Profile switch and the
 * list of the area's pages, all real links. Light DOM, like Mixpanel's page-level markup.
 */
export function createSettingsColumn(router: ReplicaRouter): SettingsColumn {
  const list = el('ul', { class: pc['settings-list'] });
  const switchLinks = new Map(
    AREAS.map((entry) => [el('a', { class: pc['settings-switch-link'] }, [entry.label]), entry.area]),
  );
  const entryLinks = new Map<HTMLAnchorElement, string>();
  const element = el('div', { class: pc['settings-column'] }, [
    el('h2', { class: pc['settings-heading'] }, ['Settings']),
    el('nav', { class: pc['settings-switch'], 'aria-label': 'Settings area' }, [...switchLinks.keys()]),
    el('nav', { 'aria-label': 'Settings pages' }, [list]),
  ]);
  let shown: { area: SettingsArea; scheme: string } | null = null;

  const entriesOf = (area: SettingsArea, paths: SettingsPaths) =>
    area === 'org'
      ? ORG_SETTINGS_ENTRIES.map((entry) => ({ label: entry.label, path: paths.org(entry.slug) }))
      : [{ label: OTHER_ENTRIES[area], path: paths[area] }];

  return {
    element,
    show(area, path, paths) {
      if (area !== shown?.area || paths.scheme !== shown.scheme) {
        shown = { area, scheme: paths.scheme };
        switchLinks.forEach((linkArea, link) => {
          link.href = router.href(areaPath(linkArea, paths));
        });
        entryLinks.clear();
        list.replaceChildren(
          ...entriesOf(area, paths).map((entry) => {
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
