import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isMixpanelUrl } from '@/utils/hosts';

/**
 * Whether the tab the popup was opened over is a Mixpanel page (null until known), to say where the tour
 * will run. Only Mixpanel URLs are visible to the extension (its host permissions), which is all this needs.
 */
export function useActiveTabIsMixpanel(): boolean | null {
  const [onMixpanel, setOnMixpanel] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => {
        if (live) setOnMixpanel(isMixpanelUrl(tab?.url));
      },
      () => {
        if (live) setOnMixpanel(false);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return onMixpanel;
}
