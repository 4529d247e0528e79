import { MIXPANEL_MATCHES } from '@/utils/hosts';

export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  runAt: 'document_start',
  main() {},
});
