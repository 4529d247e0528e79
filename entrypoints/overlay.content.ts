import { MIXPANEL_MATCHES } from '@/utils/hosts';
import { mountOverlay } from '@/components/overlay/mountOverlay';
import { createTourSource } from '@/components/overlay/tourSource';
import { takeHandedTours } from '@/utils/shareLinkQuestion';

// Injected by the background only while a tour is active, so idle Mixpanel pages never load it.
// While mounted, the page's content-script world holds a check that this overlay is still alive (an
// overlay orphaned by an extension update is not): the background asks it before injecting again.
const MOUNTED = Symbol.for('invite-guide.overlay');

export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  registration: 'runtime',
  main(ctx) {
    const world = globalThis as typeof globalThis & { [MOUNTED]?: () => boolean };
    if (world[MOUNTED]?.()) return; // injected again into a page that already has it
    const alive = () => !ctx.isInvalid;
    world[MOUNTED] = alive;
    // The tours' definitions come from the background, handed in with this injection: the script carries none.
    const unmount = mountOverlay(createTourSource(takeHandedTours()));
    ctx.onInvalidated(() => {
      unmount();
      if (world[MOUNTED] === alive) Reflect.deleteProperty(world, MOUNTED);
    });
  },
});
