import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { MIXPANEL_HOSTS, isMixpanelUrl } from '@/utils/hosts';

export type MixpanelHost = (typeof MIXPANEL_HOSTS)[number];

/**
 * The Mixpanel host of the tab the popup was opened over: `false` when it is not a Mixpanel page, null
 * until known. It says where the tour will run and which host a share link should use (an EU admin shares
 * eu.mixpanel.com links). Only Mixpanel URLs are visible to the extension (its host permissions), which
 * is all this needs.
 */
export function useActiveMixpanelHost(): MixpanelHost | false | null {
  const [host, setHost] = useState<MixpanelHost | false | null>(null);
  useEffect(() => {
    let live = true;
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => {
        if (live) setHost(mixpanelHostOf(tab?.url));
      },
      () => {
        if (live) setHost(false);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return host;
}

function mixpanelHostOf(url: string | undefined): MixpanelHost | false {
  if (!url || !isMixpanelUrl(url)) return false;
  const { hostname } = new URL(url);
  return MIXPANEL_HOSTS.find((host) => host === hostname) ?? false;
}
