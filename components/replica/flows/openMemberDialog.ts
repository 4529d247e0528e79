import { el } from '../dom/el';
import { ORGANIZATION_ROLES, type OrganizationRole } from '../data/catalog';
import { toastVariant } from '../data/replicaSettings';
import type { OrganizationMember } from '../data/seedUsers';
import { MpButton } from '../elements/MpButton';
import { MpModal, modalContentClass } from '../elements/MpModal';
import { MpSelect } from '../elements/MpSelect';
import { showToast } from '../elements/MpToast';
import { INVITE_REQUEST_MS } from './openInviteDialog';

function button(text: string, variant: string, iconName?: string): MpButton {
  const result = new MpButton();
  result.setAttribute('text', text);
  result.setAttribute('variant', variant);
  if (iconName) result.setAttribute('icon', iconName);
  return result;
}

/**
 * A member's details, opened by their name in Users & Teams: e-mail and Organization Role, with the pencil
 * that turns the role into a drop-down with Save and Cancel. Mixpanel documents only "click the user, the
 * pencil next to Organization Role, Save": the details being a dialog titled with the person's name, the
 * editor's group and the toast's wording ("Role updated"; `replica:toast=alt`: "Organization role
 * changed"; `none`: no toast) are UNVERIFIED, plausible guesses.
 */
export function openMemberDialog(options: {
  opener: HTMLElement | null;
  member: OrganizationMember;
  /** The role was saved: the page updates the member's row. */
  onRoleSaved: (role: OrganizationRole) => void;
}): MpModal {
  const { member } = options;
  const modal = new MpModal();
  modal.setAttribute('heading', member.name);
  modal.setAttribute('width', '480');
  const roleRow = el('div', { class: modalContentClass.text });
  let current = member.role;

  const showRole = () => {
    const pencil = button('', 'ghost', 'pencil');
    pencil.setAttribute('label', 'Edit Organization Role');
    pencil.addEventListener('click', edit);
    roleRow.replaceChildren(
      el('strong', {}, ['Organization Role']),
      ' ',
      el('span', {}, [current]),
      ' ',
      pencil,
    );
    return pencil;
  };

  function edit(): void {
    const field = new MpSelect();
    field.setAttribute('label', 'Organization role');
    field.setAttribute('placeholder', 'Select role');
    field.options = ORGANIZATION_ROLES.map((value) => ({ value, label: value }));
    field.value = [current];
    const save = button('Save', 'primary');
    const cancel = button('Cancel', 'secondary');
    cancel.addEventListener('click', () => showRole().button.focus());
    save.addEventListener('click', () => {
      const role = field.value[0] as OrganizationRole | undefined;
      if (!role) return;
      save.busy = true;
      window.setTimeout(() => {
        current = role;
        options.onRoleSaved(role);
        showRole().button.focus();
        const variant = toastVariant();
        if (variant !== 'none') showToast(variant === 'alt' ? 'Organization role changed' : 'Role updated');
      }, INVITE_REQUEST_MS);
    });
    roleRow.replaceChildren(
      el('div', { role: 'group', 'aria-label': 'Edit Organization Role', class: modalContentClass.actions }, [
        field,
        el('span', { class: modalContentClass.spacer }),
        cancel,
        save,
      ]),
    );
  }

  const close = button('Close', 'secondary');
  close.addEventListener('click', () => modal.close('cancel'));
  const pencil = showRole();
  modal.setContent([
    el('p', { class: modalContentClass.text }, [member.email]),
    roleRow,
    el('div', { class: modalContentClass.actions }, [el('span', { class: modalContentClass.spacer }), close]),
  ]);
  modal.open({ opener: options.opener, initialFocus: () => pencil.button });
  return modal;
}
