import { MIXPANEL_MATCHES } from '@/utils/hosts';
import { handToOverlay } from '@/utils/shareLinkQuestion';
import { TOURS } from '@/tours';

// The tours' definitions, for the overlay registered at document_start while a tour runs (see
// utils/background/earlyOverlay.ts): it runs right before overlay.js and hands them in the way the
// background's injection does, since a registered script cannot be given arguments.
export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  registration: 'runtime',
  main() {
    handToOverlay(null, TOURS);
  },
});
