import { el } from '../dom/el';
import { generatedClassNames } from '../dom/generatedClassNames';
import { icon, type IconName } from '../dom/icons';
import { DEFAULT_PROJECT, PROJECTS, projectHomePath } from '../data/catalog';
import { gearOpensMenu, routeScheme } from '../data/replicaSettings';
import type { ReplicaRouter } from '../router/createReplicaRouter';
import { settingsPaths } from '../router/settingsPaths';
import { MpButton } from './MpButton';
import { MpDropMenu } from './MpDropMenu';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames([
  'sidenav',
  'top',
  'switcher',
  'switcher-name',
  'logo',
  'create',
  'nav-list',
  'nav-item',
  'nav-icon',
  'nav-text',
  'shortcut',
  'sub-list',
  'sub-item',
  'caret',
  'divider',
  'bottom-row',
  'spacer',
] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { display: block; height: 100%; width: 256px; flex: none; }
  :host([collapsed]) { width: 60px; }
  .${c.sidenav} {
    box-sizing: border-box; height: 100%; display: flex; flex-direction: column; background: ${palette.sidebar};
    border-right: 1px solid ${palette.border}; font: 500 15px/1 ${FONT_STACK}; color: ${palette.text};
  }
  .${c.top} { flex: 1 1 auto; overflow-y: auto; padding: 6px 8px 0; }
  .${c.switcher} {
    all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 10px; width: 100%; height: 38px;
    padding: 0 6px 0 8px; border-radius: 6px; cursor: pointer; font-weight: 500; font-size: 15px;
  }
  .${c.switcher}:hover, .${c['nav-item']}:hover, .${c['sub-item']}:hover { background: ${palette.hover}; }
  .${c.switcher}:focus-visible, .${c['nav-item']}:focus-visible, .${c['sub-item']}:focus-visible {
    outline: 2px solid ${palette.purple}; outline-offset: -2px;
  }
  .${c['switcher-name']} { flex: 1 1 auto; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .${c.logo} { display: inline-flex; color: #1c1c1c; }
  .${c.create} { display: block; margin: 6px 0 12px; }
  .${c['nav-list']}, .${c['sub-list']} { list-style: none; margin: 0; padding: 0; }
  .${c['nav-item']}, .${c['sub-item']} {
    all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 12px; width: 100%; height: 32px;
    margin: 0 0 2px; padding: 0 8px 0 12px; border-radius: 6px; cursor: pointer; color: ${palette.text};
    text-decoration: none; white-space: nowrap;
  }
  .${c['sub-item']} { padding-left: 44px; }
  .${c['nav-item']}[aria-current='page'], .${c['sub-item']}[aria-current='page'] { background: ${palette.active}; }
  .${c['nav-icon']} { display: inline-flex; flex: none; color: #333; }
  .${c['nav-text']} { flex: 1 1 auto; overflow: hidden; text-overflow: ellipsis; }
  .${c.shortcut} { color: ${palette.textMuted}; font-weight: 400; font-size: 14px; }
  .${c.caret} { display: inline-flex; color: #444; }
  .${c['sub-list']}[hidden] { display: none; }
  .${c.divider} { height: 1px; margin: 12px 0 0; background: ${palette.border}; border: 0; }
  .${c['bottom-row']} {
    display: flex; align-items: center; gap: 4px; height: 46px; padding: 0 8px; border-top: 1px solid ${palette.border};
  }
  .${c.spacer} { flex: 1 1 auto; }
  :host([collapsed]) .${c.shortcut}, :host([collapsed]) .${c.caret}, :host([collapsed]) .${c['sub-list']},
  :host([collapsed]) .${c.create} {
    display: none;
  }
  /* Collapsed: labels leave the screen but stay in the accessibility tree, so links keep their names. */
  :host([collapsed]) .${c['nav-text']}, :host([collapsed]) .${c['switcher-name']} {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  }
  :host([collapsed]) .${c['bottom-row']} { flex-direction: column; height: auto; padding: 8px 0; }
`),
);

interface NavLinkSpec {
  label: string;
  icon?: IconName;
  section: string;
}

const DATA_SECTIONS: readonly NavLinkSpec[] = [
  { label: 'Events', section: 'events' },
  { label: 'Users', section: 'users' },
  { label: 'Lexicon', section: 'lexicon' },
];

const LOWER_SECTIONS: readonly NavLinkSpec[] = [
  { label: 'Session Replay', icon: 'replay', section: 'replay' },
  { label: 'Experiments', icon: 'flask', section: 'experiments' },
  { label: 'Feature Flags', icon: 'toggle', section: 'feature-flags' },
];

const CREATE_ITEMS = ['Board', 'Insights', 'Funnels', 'Flows', 'Retention', 'Cohort'];

/**
 * `<mp-sidenav>`: the 2025+ left sidebar (project switcher, "+ Create New", Search, Home, Data, Session
 * Replay, Experiments, Feature Flags; icon row at the bottom: Apps, Help, Settings gear, Collapse).
 * Everything is inside its open shadow root; the icon buttons are `mp-button`s, so the gear's <button>
 * sits two shadow roots deep. The gear goes to Org settings (where `replica:routes` puts them), or, with localStorage
 * `replica:gear-menu` = "1", opens a role=menu with "Organization Settings" and "Project Settings".
 */
export class MpSidenav extends HTMLElement {
  private readonly root: ShadowRoot;
  private router: ReplicaRouter | null = null;
  private currentPath = '';
  private dataExpanded = true;
  private openMenu: MpDropMenu | null = null;
  private openMenuLabel = '';
  private readonly linkPaths = new Map<HTMLAnchorElement, string>();

  constructor() {
    super();
    this.root = attachStyledShadow(this, sheet());
  }

  /** Wires the sidebar to the app's router and renders it. */
  connect(router: ReplicaRouter): void {
    this.router = router;
    this.render();
  }

  /** Highlights the entry of the current page. Cheap: only aria-current changes. */
  set activePath(path: string) {
    this.currentPath = path;
    this.linkPaths.forEach((linkPath, link) => {
      if (linkPath === path) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
  }

  disconnectedCallback(): void {
    this.openMenu?.close('owner');
  }

  private get project() {
    const id = /^\/project\/(\d+)\//.exec(this.currentPath)?.[1];
    return PROJECTS.find((project) => project.id === id) ?? DEFAULT_PROJECT;
  }

  private sectionPath(section: string): string {
    const project = this.project;
    return `/project/${project.id}/view/${project.workspaceId}/app/${section}`;
  }

  private link(spec: NavLinkSpec, className: string): HTMLLIElement {
    const path = this.sectionPath(spec.section);
    const link = el('a', { class: className, href: this.router?.href(path) ?? path }, [
      spec.icon ? el('span', { class: c['nav-icon'] }, [icon(spec.icon)]) : null,
      el('span', { class: c['nav-text'] }, [spec.label]),
    ]);
    this.linkPaths.set(link, path);
    return el('li', {}, [link]);
  }

  private render(): void {
    this.linkPaths.clear();
    const project = this.project;
    const switcher = el(
      'button',
      { type: 'button', class: c.switcher, 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
      [
        el('span', { class: c.logo }, [icon('logo', 24)]),
        el('span', { class: c['switcher-name'] }, [project.name]),
        el('span', { class: c.caret }, [icon('chevronDown', 16)]),
      ],
    );
    switcher.addEventListener('click', () =>
      this.toggleMenu(
        switcher,
        'Projects',
        PROJECTS.map((p) => ({ value: p.id, label: p.name, href: this.router?.href(projectHomePath(p)) })),
      ),
    );

    const create = new MpButton();
    create.className = c.create;
    create.setAttribute('variant', 'create');
    create.setAttribute('text', 'Create New');
    create.setAttribute('icon', 'plus');
    create.setAttribute('icon-end', 'chevronDown');
    create.setAttribute('haspopup', 'menu');
    create.toggleAttribute('full-width', true);
    create.addEventListener('click', () =>
      this.toggleMenu(
        create.button,
        'Create New',
        CREATE_ITEMS.map((item) => ({ value: item, label: item })),
        create,
      ),
    );

    const search = el('button', { type: 'button', class: c['nav-item'], 'aria-keyshortcuts': 'Meta+K' }, [
      el('span', { class: c['nav-icon'] }, [icon('search')]),
      el('span', { class: c['nav-text'] }, ['Search']),
      el('span', { class: c.shortcut, 'aria-hidden': 'true' }, ['⌘ + K']),
    ]);

    const dataList = el(
      'ul',
      { class: c['sub-list'], hidden: !this.dataExpanded },
      DATA_SECTIONS.map((s) => this.link(s, c['sub-item'])),
    );
    const dataToggle = el(
      'button',
      { type: 'button', class: c['nav-item'], 'aria-expanded': String(this.dataExpanded) },
      [
        el('span', { class: c['nav-icon'] }, [icon('database')]),
        el('span', { class: c['nav-text'] }, ['Data']),
        el('span', { class: c.caret }, [icon(this.dataExpanded ? 'chevronDown' : 'chevronUp', 16)]),
      ],
    );
    dataToggle.addEventListener('click', () => {
      this.dataExpanded = !this.dataExpanded;
      this.render();
    });

    const list = el('ul', { class: c['nav-list'] }, [
      el('li', {}, [search]),
      this.link({ label: 'Home', icon: 'home', section: 'home' }, c['nav-item']),
      el('li', {}, [dataToggle, dataList]),
      ...LOWER_SECTIONS.map((spec) => this.link(spec, c['nav-item'])),
    ]);

    const nav = el('nav', { class: c.sidenav, 'aria-label': 'Main' }, [
      el('div', { class: c.top }, [switcher, create, list, el('hr', { class: c.divider })]),
      this.bottomRow(),
    ]);
    this.root.replaceChildren(nav);
    this.activePath = this.currentPath;
  }

  private bottomRow(): HTMLDivElement {
    const iconButton = (name: IconName, label: string): MpButton => {
      const button = new MpButton();
      button.setAttribute('variant', 'icon');
      button.setAttribute('icon', name);
      button.setAttribute('label', label);
      return button;
    };
    const apps = iconButton('apps', 'Apps');
    const help = iconButton('help', 'Help');
    // The docs do not say whether these icons are named by aria-label or title (unverified): both are set.
    const gear = iconButton('gear', 'Settings');
    if (gearOpensMenu()) gear.setAttribute('haspopup', 'menu');
    gear.addEventListener('click', () => this.onGear(gear));
    const collapsed = this.hasAttribute('collapsed');
    const collapse = iconButton(
      collapsed ? 'expand' : 'collapse',
      collapsed ? 'Expand sidebar' : 'Collapse sidebar',
    );
    collapse.addEventListener('click', () => {
      this.toggleAttribute('collapsed', !collapsed);
      this.render();
    });
    return el('div', { class: c['bottom-row'] }, [
      apps,
      help,
      gear,
      el('span', { class: c.spacer }),
      collapse,
    ]);
  }

  private onGear(gear: MpButton): void {
    const paths = settingsPaths(routeScheme());
    if (!gearOpensMenu()) {
      this.router?.navigate(paths.org(''));
      return;
    }
    gear.setAttribute('haspopup', 'menu');
    const href = (path: string) => this.router?.href(path) ?? path;
    this.toggleMenu(
      gear.button,
      'Settings',
      [
        { value: 'org', label: 'Organization Settings', href: href(paths.org('')) },
        { value: 'project', label: 'Project Settings', href: href(paths.project) },
      ],
      gear,
      'top-start',
    );
  }

  /** Opens (or closes, if open) a role=menu under `anchor`; `owner` gets the expanded state. */
  private toggleMenu(
    anchor: HTMLElement,
    label: string,
    items: { value: string; label: string; href?: string }[],
    owner: HTMLElement = anchor,
    placement: 'bottom-start' | 'top-start' = 'bottom-start',
  ): void {
    if (this.openMenu) {
      const wasForThis = this.openMenuLabel === label;
      this.openMenu.close('owner');
      if (wasForThis) return;
    }
    const menu = new MpDropMenu();
    this.openMenu = menu;
    this.openMenuLabel = label;
    const setExpanded = (expanded: boolean) =>
      owner instanceof MpButton
        ? owner.toggleAttribute('expanded', expanded)
        : owner.setAttribute('aria-expanded', String(expanded));
    setExpanded(true);
    menu.open({
      anchor,
      kind: 'menu',
      items,
      label,
      placement,
      initialFocus: 'first',
      onSelect: () => undefined,
      onClose: () => {
        if (this.openMenu === menu) this.openMenu = null;
        setExpanded(false);
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-sidenav': MpSidenav;
  }
}
