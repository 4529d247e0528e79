/** Every Mixpanel host the guide runs on: the US default and the EU / India data-residency hosts. */
export const MIXPANEL_HOSTS = ['mixpanel.com', 'eu.mixpanel.com', 'in.mixpanel.com'] as const;

export const MIXPANEL_MATCHES = MIXPANEL_HOSTS.map((host) => `https://${host}/*`);

export function isMixpanelUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && (MIXPANEL_HOSTS as readonly string[]).includes(parsed.hostname);
  } catch {
    return false;
  }
}
