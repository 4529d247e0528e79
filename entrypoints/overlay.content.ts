import { MIXPANEL_MATCHES } from '@/utils/hosts';
import { inviteUsersTour } from '@/tours/inviteUsers';
import { mountOverlay } from '@/utils/overlay/mountOverlay';

// Injected by the background only while a tour is active, so idle Mixpanel pages never load React.
const MOUNTED = Symbol.for('invite-guide.overlay');

export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  registration: 'runtime',
  main(ctx) {
    const world = globalThis as typeof globalThis & { [MOUNTED]?: boolean };
    if (world[MOUNTED]) return; // injected again into a page that already has it
    world[MOUNTED] = true;
    const unmount = mountOverlay(inviteUsersTour);
    ctx.onInvalidated(() => {
      unmount();
      world[MOUNTED] = false;
    });
  },
});
