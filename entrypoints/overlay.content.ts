import { MIXPANEL_MATCHES } from '@/utils/hosts';
import { TOURS } from '@/tours';
import { mountOverlay } from '@/components/overlay/mountOverlay';

// Injected by the background only while a tour is active, so idle Mixpanel pages never load it.
const MOUNTED = Symbol.for('invite-guide.overlay');

export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  registration: 'runtime',
  main(ctx) {
    const world = globalThis as typeof globalThis & { [MOUNTED]?: boolean };
    if (world[MOUNTED]) return; // injected again into a page that already has it
    world[MOUNTED] = true;
    const unmount = mountOverlay(TOURS);
    ctx.onInvalidated(() => {
      unmount();
      world[MOUNTED] = false;
    });
  },
});
