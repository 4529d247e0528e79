import { el } from '../dom/el';
import { icon } from '../dom/icons';
import { TEAMS } from '../data/catalog';
import type { InvitedUser } from '../data/invitedUsersStore';
import { dialogLatency, renderLatency } from '../data/replicaSettings';
import { formatShortDate, initialsOf, SEED_MEMBERS, type OrganizationMember } from '../data/seedUsers';
import { MpButton } from '../elements/MpButton';
import type { MpModal } from '../elements/MpModal';
import { MpSegmentedControl } from '../elements/MpSegmentedControl';
import { MpTabs } from '../elements/MpTabs';
import { MpTextField } from '../elements/MpTextField';
import { showToast } from '../elements/MpToast';
import { openInviteDialog } from '../flows/openInviteDialog';
import { openMemberDialog } from '../flows/openMemberDialog';
import { saveMemberRole, withSavedRoles } from '../data/memberRoles';
import { openResendDialog } from '../flows/openResendDialog';
import { createPageScope, type PageView } from './pageScope';
import { pc } from './pageStyles';
import type { ReplicaContext } from './replicaContext';

type UsersTab = 'users' | 'teams' | 'discoverability';
type UserList = 'current' | 'invited';

interface UsersPageState {
  tab: UsersTab;
  list: UserList;
  query: string;
  sortDescending: boolean;
  selected: Set<string>;
  members: OrganizationMember[];
  /** True from the Invite Users click until its dialog closes: one dialog at a time. */
  inviteDialogPending: boolean;
  /** Bumped on every re-creation of the list, so a late skeleton timer never fills a replaced one. */
  generation: number;
  loaded: boolean;
}

function ghostButton(text: string, iconName: string): MpButton {
  const button = new MpButton();
  button.setAttribute('text', text);
  button.setAttribute('variant', 'ghost');
  button.setAttribute('icon', iconName);
  button.setAttribute('icon-size', '20');
  return button;
}

function skeleton(rows: number): HTMLElement {
  const widths = [22, 18, 14, 10, 12];
  return el('div', { 'aria-busy': 'true' }, [
    el('span', { class: pc['visually-hidden'] }, ['Loading…']),
    ...Array.from({ length: rows }, () =>
      el(
        'div',
        { class: pc['skeleton-row'], 'aria-hidden': 'true' },
        widths.map((width) => el('span', { class: pc['skeleton-bar'], style: `width:${width}%` })),
      ),
    ),
  ]);
}

function avatar(member: OrganizationMember): HTMLElement {
  return el('span', { class: pc.avatar, style: `background:${member.avatarColor}`, 'aria-hidden': 'true' }, [
    initialsOf(member.name),
  ]);
}

function emptyState(title: string, text: string): HTMLElement {
  return el('div', { class: pc.empty }, [
    el('p', { class: pc['empty-title'] }, [title]),
    el('p', {}, [text]),
  ]);
}

function downloadCsv(win: Window, fileName: string, rows: string[][]): void {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const blob = new Blob([rows.map((row) => row.map(quote).join(',')).join('\n')], { type: 'text/csv' });
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: fileName });
  link.click();
  win.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Settings > Org > Users & Teams. Its URL (/settings/org/users) is UNVERIFIED: the docs never show it.
 * Tabs Users | Teams | Organization Discoverability; under Users the Current Users | Invited Users switch,
 * "Export CSV" and "+ Invite Users", a search box and the table. Lists show a skeleton for the configured
 * latency; switching lists re-creates the toolbar and the table, as a virtual-DOM app may.
 */
export function renderUsersAndTeamsPage(context: ReplicaContext): PageView {
  const { win, store } = context;
  const scope = createPageScope();
  const state: UsersPageState = {
    tab: 'users',
    list: 'current',
    query: '',
    sortDescending: false,
    selected: new Set(),
    members: withSavedRoles(SEED_MEMBERS),
    inviteDialogPending: false,
    generation: 0,
    loaded: false,
  };
  let openModal: MpModal | null = null;
  scope.onDestroy(() => openModal?.close('cancel'));

  const tabs = new MpTabs();
  tabs.setAttribute('label', 'Users & Teams sections');
  tabs.tabs = [
    { id: 'users', label: 'Users' },
    { id: 'teams', label: 'Teams' },
    { id: 'discoverability', label: 'Organization Discoverability' },
  ];
  const panel = el('div', { class: pc['tab-panel'] });
  tabs.addEventListener('change', (event) => {
    state.tab = (event as CustomEvent<{ id: UsersTab }>).detail.id;
    renderPanel();
  });

  const openInvite = (opener: MpButton): void => {
    if (state.inviteDialogPending) return;
    state.inviteDialogPending = true;
    // Mixpanel loads the dialog lazily: it appears a moment after the click.
    scope.later(() => {
      const modal = openInviteDialog({ opener, store });
      openModal = modal;
      modal.addEventListener('close', () => {
        state.inviteDialogPending = false;
        if (openModal === modal) openModal = null;
      });
    }, dialogLatency(win));
  };

  const renderPanel = (): void => {
    state.generation += 1;
    state.loaded = false;
    if (state.tab === 'users') panel.replaceChildren(...renderUsersList());
    else if (state.tab === 'teams') panel.replaceChildren(renderTeams());
    else panel.replaceChildren(renderDiscoverability());
  };

  // ---- Users tab: toolbar, second row, table (all re-created when the list switches) ----
  let tableWrap: HTMLElement = el('div');
  let selectionArea: HTMLElement = el('div');

  const renderUsersList = (): HTMLElement[] => {
    const switcher = new MpSegmentedControl();
    switcher.setAttribute('label', 'User list');
    switcher.segments = [
      { id: 'current', label: 'Current Users' },
      { id: 'invited', label: 'Invited Users' },
    ];
    switcher.setAttribute('selected', state.list);
    switcher.addEventListener('change', (event) => {
      state.list = (event as CustomEvent<{ id: UserList }>).detail.id;
      state.query = '';
      state.selected.clear();
      renderPanel();
    });
    const exportCsv = ghostButton('Export CSV', 'csv');
    exportCsv.addEventListener('click', () => {
      const rows =
        state.list === 'current'
          ? [
              ['Name', 'Email', 'Organization Role', 'Teams', 'Last Activity'],
              ...state.members.map((m) => [
                m.name,
                m.email,
                m.role,
                m.teams.join('; '),
                formatShortDate(m.lastActivity),
              ]),
            ]
          : [
              ['Email', 'Organization Role', 'Projects', 'Invited', 'Status'],
              ...store
                .list()
                .map((u) => [
                  u.email,
                  u.organizationRole,
                  u.projects.join('; '),
                  formatShortDate(u.invitedAt),
                  'Pending',
                ]),
            ];
      downloadCsv(win, state.list === 'current' ? 'users.csv' : 'invited-users.csv', rows);
    });
    const invite = ghostButton('Invite Users', 'plus');
    invite.addEventListener('click', () => openInvite(invite));

    const search = new MpTextField();
    const searchLabel = state.list === 'current' ? 'Search current users' : 'Search invited users';
    search.setAttribute('variant', 'search');
    search.setAttribute('label', searchLabel);
    search.setAttribute('placeholder', searchLabel);
    search.className = pc['search-box'];
    search.addEventListener('input', () => {
      state.query = search.value.trim().toLowerCase();
      if (state.loaded) fillTable();
    });

    selectionArea = el('div', { class: pc.selection });
    tableWrap = el('div', { class: pc['table-wrap'] }, [skeleton(8)]);
    const generation = state.generation;
    scope.later(() => {
      if (generation !== state.generation) return;
      state.loaded = true;
      fillTable();
    }, renderLatency(win));

    return [
      el('div', { class: pc.toolbar }, [
        switcher,
        el('span', { class: pc['toolbar-spacer'] }),
        exportCsv,
        invite,
      ]),
      el('div', { class: pc['second-row'] }, [
        selectionArea,
        el('span', { class: pc['toolbar-spacer'] }),
        search,
      ]),
      tableWrap,
    ];
  };

  const visibleMembers = (): OrganizationMember[] => {
    const matches = state.members.filter(
      (member) =>
        !state.query || member.name.toLowerCase().includes(state.query) || member.email.includes(state.query),
    );
    const sorted = [...matches].sort((a, b) => a.name.localeCompare(b.name));
    return state.sortDescending ? sorted.reverse() : sorted;
  };

  // The person's name opens their details, where the organization role is changed.
  const nameButton = (member: OrganizationMember): HTMLElement => {
    const name = el('button', { type: 'button', class: pc['name-button'] }, [member.name]);
    name.addEventListener('click', () =>
      openMemberDialog({
        opener: name,
        member,
        onRoleSaved: (role) => {
          saveMemberRole(member.email, role);
          state.members = state.members.map((m) => (m.email === member.email ? { ...m, role } : m));
          fillTable();
        },
      }),
    );
    return name;
  };

  const fillTable = (): void => {
    tableWrap.replaceChildren(state.list === 'current' ? currentUsersTable() : invitedUsersTable());
    updateSelection();
  };

  const updateSelection = (): void => {
    if (state.list !== 'current' || state.selected.size === 0) {
      selectionArea.replaceChildren();
      return;
    }
    const clear = el(
      'button',
      { type: 'button', class: pc['clear-selection'], 'aria-label': 'Clear selection' },
      [icon('close', 16)],
    );
    clear.addEventListener('click', () => {
      state.selected.clear();
      fillTable();
    });
    const remove = ghostButton('Delete', 'trash');
    remove.addEventListener('click', () => {
      const count = state.selected.size;
      state.members = state.members.filter((member) => !state.selected.has(member.email));
      state.selected.clear();
      fillTable();
      showToast(count === 1 ? '1 user removed' : `${count} users removed`);
    });
    selectionArea.replaceChildren(
      el('span', {}, [`${state.selected.size} Selected`]),
      clear,
      el('span', { class: pc['selection-divider'] }),
      remove,
    );
    const header = tableWrap.querySelector<HTMLInputElement>('thead input[type="checkbox"]');
    if (header) {
      const visible = visibleMembers();
      header.checked = visible.length > 0 && visible.every((member) => state.selected.has(member.email));
      header.indeterminate = !header.checked && visible.some((member) => state.selected.has(member.email));
    }
  };

  const currentUsersTable = (): HTMLElement => {
    const members = visibleMembers();
    if (members.length === 0) return emptyState('No users found', `Nobody matches "${state.query}".`);
    const selectAll = el('input', { type: 'checkbox', 'aria-label': 'Select all users' });
    selectAll.addEventListener('change', () => {
      members.forEach((member) =>
        selectAll.checked ? state.selected.add(member.email) : state.selected.delete(member.email),
      );
      fillTable();
    });
    const sort = el('button', { type: 'button', class: pc['sort-button'] }, [
      'Name',
      icon(state.sortDescending ? 'sortDown' : 'sort', 16),
    ]);
    sort.addEventListener('click', () => {
      state.sortDescending = !state.sortDescending;
      fillTable();
      tableWrap.querySelector<HTMLButtonElement>(`.${pc['sort-button']}`)?.focus();
    });
    const rows = members.map((member) => {
      const check = el('input', {
        type: 'checkbox',
        'aria-label': `Select ${member.name}`,
        checked: state.selected.has(member.email),
      });
      check.addEventListener('change', () => {
        if (check.checked) state.selected.add(member.email);
        else state.selected.delete(member.email);
        updateSelection();
      });
      return el('tr', {}, [
        el('td', { class: pc['check-cell'] }, [check]),
        el('td', {}, [el('span', { class: pc['name-cell'] }, [avatar(member), nameButton(member)])]),
        el('td', {}, [member.email]),
        el('td', {}, [member.role]),
        el('td', {}, [member.teams.length > 0 ? member.teams.join(', ') : '-']),
        el('td', {}, [formatShortDate(member.lastActivity)]),
      ]);
    });
    return el('table', { class: pc.table }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { class: pc['check-cell'], scope: 'col' }, [selectAll]),
          el('th', { scope: 'col', 'aria-sort': state.sortDescending ? 'descending' : 'ascending' }, [sort]),
          el('th', { scope: 'col' }, ['Email']),
          el('th', { scope: 'col' }, ['Organization Role']),
          el('th', { scope: 'col' }, ['Teams']),
          el('th', { scope: 'col' }, ['Last Activity']),
        ]),
      ]),
      el('tbody', {}, rows),
    ]);
  };

  /** Column names and the "Pending" status are UNVERIFIED (the docs do not name them): plausible guesses. */
  const invitedUsersTable = (): HTMLElement => {
    const all = store.list();
    if (all.length === 0) {
      return emptyState('No pending invitations', 'People you invite appear here until they accept.');
    }
    const invitees = all.filter((user) => !state.query || user.email.toLowerCase().includes(state.query));
    if (invitees.length === 0) return emptyState('No invitations found', `Nobody matches "${state.query}".`);
    const rows = invitees.map((invitee: InvitedUser) => {
      const resend = new MpButton();
      resend.setAttribute('text', 'Resend Invite');
      resend.setAttribute('variant', 'secondary');
      resend.addEventListener('click', () => {
        const modal = openResendDialog({ opener: resend, invitee });
        openModal = modal;
      });
      const scopeText =
        invitee.projects.length > 0 ? invitee.projects.join(', ') : invitee.teams.join(', ') || '-';
      return el('tr', {}, [
        el('td', { class: pc['wrap-cell'] }, [invitee.email]),
        el('td', {}, [invitee.organizationRole]),
        el('td', { class: pc['wrap-cell'] }, [scopeText]),
        el('td', {}, [formatShortDate(invitee.invitedAt)]),
        el('td', {}, [el('span', { class: pc['status-pill'] }, ['Pending'])]),
        el('td', { style: 'text-align:right' }, [resend]),
      ]);
    });
    return el('table', { class: pc.table }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { scope: 'col' }, ['Email']),
          el('th', { scope: 'col' }, ['Organization Role']),
          el('th', { scope: 'col' }, ['Projects']),
          el('th', { scope: 'col' }, ['Invited']),
          el('th', { scope: 'col' }, ['Status']),
          el('th', { scope: 'col' }, [el('span', { class: pc['visually-hidden'] }, ['Actions'])]),
        ]),
      ]),
      el('tbody', {}, rows),
    ]);
  };

  // ---- Teams and Organization Discoverability: simple stand-ins ----
  const renderTeams = (): HTMLElement => {
    const rows = TEAMS.map((team) => {
      const members = SEED_MEMBERS.filter((member) => member.teams.includes(team)).length;
      return el('tr', {}, [
        el('td', {}, [team]),
        el('td', {}, [String(members)]),
        el('td', {}, ['E-commerce Demo']),
      ]);
    });
    return el('table', { class: pc.table }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { scope: 'col' }, ['Team']),
          el('th', { scope: 'col' }, ['Members']),
          el('th', { scope: 'col' }, ['Projects']),
        ]),
      ]),
      el('tbody', {}, rows),
    ]);
  };

  const renderDiscoverability = (): HTMLElement =>
    el('label', { class: pc['toggle-row'] }, [
      el('input', { type: 'checkbox' }),
      el('span', {}, [
        el('strong', {}, ['Allow discovery by email domain']),
        el('br'),
        el('span', { class: pc.muted }, [
          'People who sign up with an @example.com address can find this organization and ask to join.',
        ]),
      ]),
    ]);

  scope.onDestroy(
    store.subscribe(() => {
      if (state.tab === 'users' && state.list === 'invited' && state.loaded) fillTable();
    }),
  );

  renderPanel();
  const element = el('div', { class: pc.page }, [
    el('div', { class: pc['page-header'] }, [el('h1', { class: pc['page-title'] }, ['Users & Teams'])]),
    tabs,
    panel,
  ]);
  return { element, title: 'Users & Teams', destroy: scope.destroy };
}
