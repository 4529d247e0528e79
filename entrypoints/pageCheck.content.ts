import { TOURS } from '@/tours';
import { MIXPANEL_MATCHES } from '@/utils/hosts';
import { domPlatform } from '@/utils/locator';
import { currentAppPath } from '@/utils/overlay/appPath';
import { OVERLAY_HOST_TAG } from '@/utils/overlay/stepSession';
import { probeTours } from '@/utils/pageCheck/probeTours';

/**
 * "Check this page": injected by the background only when someone presses the button (never on its
 * own, so idle pages run nothing of it). It runs every step of every tour against the page once and
 * returns names and flags only (`probeTours`); `scripting.executeScript` hands that to the background.
 */
export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  registration: 'runtime',
  main() {
    return probeTours(TOURS, {
      root: document,
      platform: domPlatform,
      ignore: (element) => element.localName === OVERLAY_HOST_TAG,
      path: () => currentAppPath(location),
      watched: () => true,
    });
  },
});
