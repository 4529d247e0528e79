/** Every Mixpanel host the guide runs on: the US default and the EU / India data-residency hosts. */
export const MIXPANEL_HOSTS = ['mixpanel.com', 'eu.mixpanel.com', 'in.mixpanel.com'] as const;

export const MIXPANEL_MATCHES = MIXPANEL_HOSTS.map((host) => `https://${host}/*`);

export function isMixpanelUrl(url: string | undefined): boolean {
  return mixpanelHostOf(url) !== null;
}

/** The Mixpanel host of an HTTPS URL (`eu.mixpanel.com`), or null for any other address. */
export function mixpanelHostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    const known =
      parsed.protocol === 'https:' && (MIXPANEL_HOSTS as readonly string[]).includes(parsed.hostname);
    return known ? parsed.hostname : null;
  } catch {
    return null;
  }
}
