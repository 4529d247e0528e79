import { el } from '../dom/el';
import { generatedClassNames } from '../dom/generatedClassNames';
import {
  ORGANIZATION_ROLES,
  PROJECT_ROLES,
  PROJECTS,
  TEAMS,
  type OrganizationRole,
  type ProjectRole,
} from '../data/catalog';
import { parseInviteCsv, INVITE_CSV_TEMPLATE } from '../flows/parseInviteCsv';
import { isValidEmail } from '../flows/isValidEmail';
import { MpButton } from './MpButton';
import { MpSelect } from './MpSelect';
import { MpTabs } from './MpTabs';
import { MpTextField } from './MpTextField';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames([
  'invite-form',
  'form-body',
  'rows',
  'row',
  'add-row',
  'add-line',
  'footer',
  'bulk',
  'field-label',
  'file-row',
  'template',
  'bulk-note',
  'bulk-error',
  'remove-cell',
  'removable',
  'teams-row',
  'send-error',
] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { display: block; font: 400 14px/1.4 ${FONT_STACK}; color: ${palette.text}; }
  .${c['form-body']} { padding: 28px 24px 20px; box-sizing: border-box; }
  .${c.rows} { display: flex; flex-direction: column; gap: 14px; }
  .${c.row} { display: grid; grid-template-columns: 200px 200px minmax(0, 1fr) 200px; gap: 16px; align-items: end; }
  .${c.rows}.${c.removable} .${c.row} { grid-template-columns: 200px 200px minmax(0, 1fr) 200px 32px; }
  .${c.row}.${c['teams-row']} { grid-template-columns: 240px 200px minmax(0, 1fr); }
  .${c.rows}.${c.removable} .${c.row}.${c['teams-row']} { grid-template-columns: 240px 200px minmax(0, 1fr) 32px; }
  .${c['remove-cell']} { display: none; align-items: center; height: 40px; }
  .${c.rows}.${c.removable} .${c['remove-cell']} { display: flex; }
  .${c['add-row']} { display: flex; align-items: center; gap: 12px; margin-top: 18px; }
  .${c['add-line']} { flex: 1 1 auto; height: 1px; background: ${palette.border}; }
  .${c.footer} {
    display: flex; justify-content: flex-end; gap: 12px; padding: 14px 20px 16px; border-top: 1px solid ${palette.border};
  }
  .${c.footer} mp-button { min-width: 80px; }
  .${c.bulk} { display: flex; flex-direction: column; gap: 12px; max-width: 620px; }
  .${c['file-row']} { display: flex; align-items: end; gap: 12px; }
  .${c['file-row']} mp-text-field { flex: 1 1 auto; }
  .${c.template} { color: ${palette.purple}; font-weight: 500; text-decoration: none; width: fit-content; }
  .${c.template}:hover { text-decoration: underline; }
  .${c['bulk-note']} { margin: 0; color: ${palette.textSecondary}; }
  .${c['bulk-error']} { margin: 0; color: ${palette.danger}; }
  .${c['bulk-error']}:empty { display: none; }
  .${c['send-error']} {
    margin: 0 24px 16px; padding: 10px 12px; border-radius: 8px; background: #fdecee; color: ${palette.danger};
    font-weight: 500;
  }
  .${c['send-error']}:empty { display: none; }
`),
);

export type InviteTab = 'projects' | 'teams' | 'bulk';

/** One invitation as the form hands it over; the page stamps the date when it stores it. */
export interface InviteDraft {
  email: string;
  organizationRole: OrganizationRole;
  projects: string[];
  projectRole: ProjectRole | null;
  teams: string[];
}

interface RowFields {
  element: HTMLDivElement;
  email: MpTextField;
  organizationRole: MpSelect;
  projects: MpSelect | null;
  projectRole: MpSelect | null;
  teams: MpSelect | null;
  remove: MpButton;
}

const INVALID_EMAIL = 'Enter a valid email address';

function textField(label: string, type = 'text'): MpTextField {
  const field = new MpTextField();
  field.setAttribute('label', label);
  field.setAttribute('type', type);
  return field;
}

function select(
  label: string,
  placeholder: string,
  options: readonly { value: string; label: string }[],
  noun?: string,
): MpSelect {
  const field = new MpSelect();
  field.setAttribute('label', label);
  field.setAttribute('placeholder', placeholder);
  if (noun) {
    field.setAttribute('multiple', '');
    field.setAttribute('summary-noun', noun);
  }
  field.options = [...options];
  return field;
}

function button(text: string, variant: string, iconName?: string): MpButton {
  const result = new MpButton();
  result.setAttribute('text', text);
  result.setAttribute('variant', variant);
  if (iconName) result.setAttribute('icon', iconName);
  return result;
}

const asOptions = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

/**
 * `<mp-invite-users-form>`: the body of the "Invite New Users" dialog, in its own open shadow root nested
 * inside the modal's. Tabs Invite to projects | Invite to teams | Bulk invite; one row per invitee with
 * EMAIL ADDRESS, ORGANIZATION ROLE, PROJECTS, PROJECT ROLE; "+ Add another user"; Cancel and Invite, Invite
 * disabled (real `disabled`) until every row is complete. Fires `invite-submit` (detail.invitees, and
 * detail.source: `rows` or `bulk`) and `invite-cancel`; the page owns what happens next (busy state,
 * storing, closing, or `showSendError`).
 */
export class MpInviteUsersForm extends HTMLElement {
  private readonly root: ShadowRoot;
  private readonly body: HTMLDivElement;
  private readonly tabs: MpTabs;
  private readonly submit: MpButton;
  /** The send error above the footer (`showSendError`); an empty live region until then. */
  private readonly sendError: HTMLParagraphElement;
  private readonly rows: Record<'projects' | 'teams', RowFields[]> = { projects: [], teams: [] };
  private tab: InviteTab = 'projects';
  private bulkDrafts: InviteDraft[] = [];
  private bulkFileName = '';
  private bulkError = '';

  constructor() {
    super();
    this.root = attachStyledShadow(this, sheet());
    this.tabs = new MpTabs();
    this.tabs.setAttribute('variant', 'dialog');
    this.tabs.setAttribute('label', 'Invite method');
    this.tabs.tabs = [
      { id: 'projects', label: 'Invite to projects' },
      { id: 'teams', label: 'Invite to teams' },
      { id: 'bulk', label: 'Bulk invite' },
    ];
    this.tabs.addEventListener('change', (event) => {
      const id = (event as CustomEvent<{ id: InviteTab }>).detail.id;
      this.tab = id;
      this.renderBody();
    });
    this.body = el('div', { class: c['form-body'] });
    const cancel = button('Cancel', 'secondary');
    cancel.setAttribute('size', 'lg');
    cancel.addEventListener('click', () =>
      this.dispatchEvent(new CustomEvent('invite-cancel', { bubbles: true })),
    );
    this.submit = button('Invite', 'primary');
    this.submit.setAttribute('size', 'lg');
    this.submit.addEventListener('click', () => this.onSubmit());
    this.sendError = el('p', { class: c['send-error'], role: 'alert' });
    this.root.append(
      el('div', { class: c['invite-form'] }, [
        this.tabs,
        this.body,
        this.sendError,
        el('footer', { class: c.footer }, [cancel, this.submit]),
      ]),
    );
    // Editing any field clears a send error: the next press is a new attempt.
    this.body.addEventListener('input', () => this.clearSendError());
    this.body.addEventListener('change', () => this.clearSendError());
    this.addRow('projects');
    this.addRow('teams');
    this.renderBody();
  }

  /** The first row's e-mail box: where focus goes when the dialog opens. */
  get firstField(): HTMLElement | null {
    return this.tab === 'bulk' ? null : (this.rows[this.tab][0]?.email.input ?? null);
  }

  set busy(value: boolean) {
    this.submit.busy = value;
  }

  /** Shows why sending failed, above the footer; `emailInvalid` also marks the e-mail boxes invalid. */
  showSendError(message: string, options: { emailInvalid?: boolean } = {}): void {
    this.sendError.textContent = message;
    for (const row of [...this.rows.projects, ...this.rows.teams])
      row.email.toggleAttribute('invalid', Boolean(options.emailInvalid));
  }

  clearSendError(): void {
    if (this.sendError.textContent === '') return;
    this.showSendError('');
  }

  private addRow(kind: 'projects' | 'teams'): RowFields {
    const email = textField('Email address', 'email');
    const organizationRole = select('Organization role', 'Select role', asOptions(ORGANIZATION_ROLES));
    const projects =
      kind === 'projects'
        ? select(
            'Projects',
            'Select projects',
            PROJECTS.map((p) => ({ value: p.name, label: p.name })),
            'projects',
          )
        : null;
    const projectRole =
      kind === 'projects' ? select('Project role', 'Select role', asOptions(PROJECT_ROLES)) : null;
    const teams = kind === 'teams' ? select('Teams', 'Select teams', asOptions(TEAMS), 'teams') : null;
    const remove = new MpButton();
    remove.setAttribute('variant', 'icon');
    remove.setAttribute('icon', 'close');
    const element = el('div', { class: kind === 'teams' ? `${c.row} ${c['teams-row']}` : c.row }, [
      email,
      organizationRole,
      projects,
      projectRole,
      teams,
      el('div', { class: c['remove-cell'] }, [remove]),
    ]);
    const row: RowFields = { element, email, organizationRole, projects, projectRole, teams, remove };
    remove.addEventListener('click', () => this.removeRow(kind, row));
    email.addEventListener('input', () => {
      if (email.hasAttribute('error') && isValidEmail(email.value)) email.removeAttribute('error');
      this.updateSubmit();
    });
    email.addEventListener('focusout', () => {
      const value = email.value.trim();
      if (value !== '' && !isValidEmail(value)) email.setAttribute('error', INVALID_EMAIL);
    });
    element.addEventListener('change', () => this.updateSubmit());
    this.rows[kind].push(row);
    return row;
  }

  private removeRow(kind: 'projects' | 'teams', row: RowFields): void {
    const list = this.rows[kind];
    if (list.length <= 1) return;
    const index = list.indexOf(row);
    list.splice(index, 1);
    row.element.remove();
    this.refreshRows(kind);
    const neighbour = list[Math.min(index, list.length - 1)];
    neighbour?.email.input.focus();
  }

  /** Labels only on the first row; remove buttons only while there is more than one row. */
  private refreshRows(kind: 'projects' | 'teams'): void {
    const list = this.rows[kind];
    list.forEach((row, index) => {
      for (const field of [row.email, row.organizationRole, row.projects, row.projectRole, row.teams]) {
        field?.toggleAttribute('hide-label', index > 0);
      }
      row.remove.setAttribute('label', `Remove user ${index + 1}`);
      row.remove.hidden = list.length <= 1;
    });
    this.body.querySelector(`.${c.rows}`)?.classList.toggle(c.removable, list.length > 1);
    this.updateSubmit();
  }

  private renderBody(): void {
    this.submit.setAttribute('text', this.tab === 'bulk' ? 'Upload' : 'Invite');
    if (this.tab === 'bulk') {
      this.body.replaceChildren(this.renderBulk());
      this.updateSubmit();
      return;
    }
    const kind = this.tab;
    const rows = el(
      'div',
      { class: c.rows },
      this.rows[kind].map((row) => row.element),
    );
    const add = button('Add another user', 'link', 'plus');
    add.addEventListener('click', () => {
      const row = this.addRow(kind);
      rows.append(row.element);
      this.refreshRows(kind);
      row.email.input.focus();
    });
    this.body.replaceChildren(
      rows,
      el('div', { class: c['add-row'] }, [add, el('span', { class: c['add-line'] })]),
    );
    this.refreshRows(kind);
  }

  private renderBulk(): HTMLElement {
    const fileName = textField('File name');
    fileName.setAttribute('readonly', '');
    fileName.setAttribute('placeholder', 'No file selected');
    fileName.value = this.bulkFileName;
    const picker = el('input', { type: 'file', accept: '.csv,text/csv', hidden: true, tabindex: '-1' });
    const choose = button('Select CSV File', 'secondary', 'upload');
    choose.setAttribute('size', 'lg');
    choose.addEventListener('click', () => picker.click());
    const error = el('p', { class: c['bulk-error'], role: 'alert' }, [this.bulkError]);
    picker.addEventListener('change', async () => {
      const file = picker.files?.[0];
      if (!file) return;
      const drafts = parseInviteCsv(await file.text());
      this.bulkFileName = file.name;
      this.bulkDrafts = drafts;
      this.bulkError = drafts.length === 0 ? 'No valid rows found. Use the CSV template.' : '';
      fileName.value = file.name;
      error.textContent = this.bulkError;
      this.updateSubmit();
    });
    const template = el(
      'a',
      {
        class: c.template,
        href: `data:text/csv;charset=utf-8,${encodeURIComponent(INVITE_CSV_TEMPLATE)}`,
        download: 'invite-users-template.csv',
      },
      ['CSV template'],
    );
    return el('div', { class: c.bulk }, [
      el('div', { class: c['file-row'] }, [fileName, choose, picker]),
      el('p', { class: c['bulk-note'] }, [
        'Upload a CSV with one invitee per line. Download the ',
        template,
        ' to get started.',
      ]),
      error,
    ]);
  }

  private drafts(): InviteDraft[] | null {
    if (this.tab === 'bulk') return this.bulkDrafts.length > 0 ? this.bulkDrafts : null;
    const drafts: InviteDraft[] = [];
    for (const row of this.rows[this.tab]) {
      const email = row.email.value.trim();
      const organizationRole = row.organizationRole.value[0] as OrganizationRole | undefined;
      const projects = row.projects?.value ?? [];
      const projectRole = (row.projectRole?.value[0] as ProjectRole | undefined) ?? null;
      const teams = row.teams?.value ?? [];
      if (!isValidEmail(email) || !organizationRole) return null;
      if (row.projects && (projects.length === 0 || !projectRole)) return null;
      if (row.teams && teams.length === 0) return null;
      drafts.push({ email, organizationRole, projects, projectRole, teams });
    }
    return drafts;
  }

  private updateSubmit(): void {
    this.submit.disabled = this.drafts() === null;
  }

  private onSubmit(): void {
    const invitees = this.drafts();
    if (!invitees) return;
    const source = this.tab === 'bulk' ? 'bulk' : 'rows';
    this.dispatchEvent(new CustomEvent('invite-submit', { bubbles: true, detail: { invitees, source } }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-invite-users-form': MpInviteUsersForm;
  }
}
