import type { InvitedUsersStore } from '../data/invitedUsersStore';
import type { ReplicaRouter } from '../router/createReplicaRouter';

/** What pages get from the app: navigation, the pending-invitation store, and the window they run in. */
export interface ReplicaContext {
  router: ReplicaRouter;
  store: InvitedUsersStore;
  win: Window;
}
