import { el } from '../dom/el';
import { svgEl } from '../dom/svgEl';
import { DEFAULT_PROJECT, PROJECTS } from '../data/catalog';
import { createPageScope, type PageView } from './pageScope';
import { pc } from './pageStyles';

const WEEKLY_ACTIVE = [412, 455, 438, 497, 530, 512, 578, 601, 590, 644, 689, 702];
const FUNNEL = [
  { step: 'Viewed Product', value: 100 },
  { step: 'Added to Cart', value: 41 },
  { step: 'Started Checkout', value: 27 },
  { step: 'Purchased', value: 18 },
];
const TOP_EVENTS: readonly (readonly [string, string])[] = [
  ['Viewed Product', '182,406'],
  ['Searched', '96,115'],
  ['Added to Cart', '74,882'],
  ['Purchased', '33,017'],
];

function lineChart(values: readonly number[]): Element {
  const max = Math.max(...values) * 1.1;
  const points = values
    .map((value, index) => `${(index / (values.length - 1)) * 560 + 20},${140 - (value / max) * 120}`)
    .join(' ');
  return svgEl(
    'svg',
    {
      class: pc.chart,
      viewBox: '0 0 600 150',
      preserveAspectRatio: 'none',
      role: 'img',
      'aria-label': 'Weekly active users, rising',
    },
    [
      svgEl('polyline', { fill: 'none', stroke: '#4f44e0', 'stroke-width': 2.5, points }),
      svgEl('polygon', { fill: 'rgba(79,68,224,0.08)', points: `20,140 ${points} 580,140` }),
    ],
  );
}

function funnelChart(): Element {
  const bars = FUNNEL.map((step, index) =>
    svgEl('rect', {
      x: 30 + index * 140,
      y: 140 - step.value * 1.2,
      width: 90,
      height: step.value * 1.2,
      rx: 4,
      fill: '#4f44e0',
      opacity: 1 - index * 0.15,
    }),
  );
  return svgEl(
    'svg',
    { class: pc.chart, viewBox: '0 0 600 150', role: 'img', 'aria-label': 'Purchase funnel, 18% conversion' },
    bars,
  );
}

/** Home of a project: a board placeholder with a few plausible report cards. */
export function renderHomePage(projectId: string): PageView {
  const scope = createPageScope();
  const project = PROJECTS.find((candidate) => candidate.id === projectId) ?? DEFAULT_PROJECT;
  const element = el('div', { class: pc.page }, [
    el('div', { class: pc['page-header'] }, [
      el('div', {}, [
        el('h1', { class: pc['page-title'] }, ['Home']),
        el('p', { class: pc['page-subtitle'] }, [`${project.name} · All Project Data · Last 30 days`]),
      ]),
    ]),
    el('div', { class: pc['card-grid'] }, [
      el('section', { class: pc.card }, [
        el('h2', { class: pc['card-title'] }, ['Weekly Active Users']),
        el('div', { class: pc['card-value'] }, ['702']),
        el('div', { class: pc['card-caption'] }, ['+8.9% vs. previous period']),
        lineChart(WEEKLY_ACTIVE),
      ]),
      el('section', { class: pc.card }, [
        el('h2', { class: pc['card-title'] }, ['Purchase Funnel']),
        el('div', { class: pc['card-value'] }, ['18.0%']),
        el('div', { class: pc['card-caption'] }, ['Viewed Product → Purchased']),
        funnelChart(),
      ]),
      el('section', { class: pc.card }, [
        el('h2', { class: pc['card-title'] }, ['Revenue']),
        el('div', { class: pc['card-value'] }, ['$482,910']),
        el('div', { class: pc['card-caption'] }, ['Sum of Purchased · amount']),
      ]),
      el('section', { class: pc.card }, [
        el('h2', { class: pc['card-title'] }, ['Top Events']),
        el(
          'ul',
          { class: pc['event-list'] },
          TOP_EVENTS.map(([name, count]) =>
            el('li', {}, [el('span', {}, [name]), el('span', { class: pc.muted }, [count])]),
          ),
        ),
      ]),
    ]),
  ]);
  return { element, title: `Home - ${project.name}`, destroy: scope.destroy };
}

const SECTION_NAMES: Record<string, string> = {
  events: 'Events',
  users: 'Users',
  lexicon: 'Lexicon',
  replay: 'Session Replay',
  experiments: 'Experiments',
  'feature-flags': 'Feature Flags',
  boards: 'Boards',
};

/** Any other section of a project: its heading and an empty area. */
export function renderAppSectionPage(section: string): PageView {
  const name =
    SECTION_NAMES[section] ?? section.replace(/-/g, ' ').replace(/^\w/, (letter) => letter.toUpperCase());
  const element = el('div', { class: pc.page }, [
    el('div', { class: pc['page-header'] }, [el('h1', { class: pc['page-title'] }, [name])]),
    el('div', { class: pc.placeholder }, [`${name} is not part of the practice sandbox.`]),
  ]);
  return { element, title: name, destroy: () => undefined };
}
