import { MpButton } from './MpButton';
import { MpDropMenu } from './MpDropMenu';
import { MpInviteUsersForm } from './MpInviteUsersForm';
import { MpModal } from './MpModal';
import { MpSegmentedControl } from './MpSegmentedControl';
import { MpSelect } from './MpSelect';
import { MpSidenav } from './MpSidenav';
import { MpTabs } from './MpTabs';
import { MpTextField } from './MpTextField';
import { MpToast } from './MpToast';

const ELEMENTS: readonly [string, CustomElementConstructor][] = [
  ['mp-button', MpButton],
  ['mp-drop-menu', MpDropMenu],
  ['mp-select', MpSelect],
  ['mp-text-field', MpTextField],
  ['mp-tabs', MpTabs],
  ['mp-segmented-control', MpSegmentedControl],
  ['mp-modal', MpModal],
  ['mp-toast', MpToast],
  ['mp-sidenav', MpSidenav],
  ['mp-invite-users-form', MpInviteUsersForm],
];

/** Registers the replica's custom elements; safe to call more than once. */
export function defineReplicaElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, constructor] of ELEMENTS) {
    if (!registry.get(name)) registry.define(name, constructor);
  }
}
