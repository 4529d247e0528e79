import { el } from '../dom/el';
import { ORGANIZATION_NAME, PROJECTS } from '../data/catalog';
import { SEED_MEMBERS } from '../data/seedUsers';
import type { PageView } from './pageScope';
import { pc } from './pageStyles';

/**
 * Settings > Org > Overview. What Mixpanel shows here is not in the docs' screenshots: these facts about
 * the organization are a plausible guess.
 */
export function renderOrgOverviewPage(): PageView {
  const facts: [string, string][] = [
    ['Organization name', ORGANIZATION_NAME],
    ['Organization ID', '1048576'],
    ['Plan', 'Growth'],
    ['Data residency', 'US'],
    ['Projects', String(PROJECTS.length)],
    ['Members', String(SEED_MEMBERS.length)],
  ];
  const element = el('div', { class: pc.page }, [
    el('div', { class: pc['page-header'] }, [el('h1', { class: pc['page-title'] }, ['Overview'])]),
    el('section', { class: pc.card }, [
      el('h2', { class: pc['card-title'] }, ['Organization']),
      el(
        'dl',
        { class: pc['definition-list'] },
        facts.flatMap(([term, value]) => [el('dt', {}, [term]), el('dd', {}, [value])]),
      ),
    ]),
  ]);
  return { element, title: 'Organization Settings', destroy: () => undefined };
}

/** Any settings page the replica does not model: its heading and an empty area. */
export function renderSettingsPlaceholderPage(heading: string): PageView {
  const element = el('div', { class: pc.page }, [
    el('div', { class: pc['page-header'] }, [el('h1', { class: pc['page-title'] }, [heading])]),
    el('div', { class: pc.placeholder }, [`${heading} is not part of the practice sandbox.`]),
  ]);
  return { element, title: heading, destroy: () => undefined };
}
