const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored time as the user reads dates (browser locale), e.g. "12 May 2026, 14:03". */
export function formatDateTime(epochMs: number): string {
  return dateTime.format(new Date(epochMs));
}
