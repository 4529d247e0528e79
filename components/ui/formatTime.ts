const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored time as the user reads dates (browser locale), e.g. "12 May 2026, 14:03". */
export function formatDateTime(epochMs: number): string {
  return dateTime.format(new Date(epochMs));
}

/**
 * A step's duration as people say it, in the browser's locale (or `locale`): "4.2 sec", "38 sec",
 * "2 min, 5 sec", "1 hr, 3 min". Tenths only below 10 s, where they tell a quick step from a hesitant one.
 */
export function formatDuration(ms: number, locale?: string): string {
  const unit = (name: 'second' | 'minute' | 'hour', digits = 0) =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    });
  const list = (parts: string[]) =>
    new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(parts);
  const totalSeconds = Math.max(0, ms) / 1000;
  if (totalSeconds < 10) return unit('second', 1).format(Math.floor(totalSeconds * 10) / 10);
  if (totalSeconds < 60) return unit('second').format(Math.floor(totalSeconds));
  const minutes = Math.floor(totalSeconds / 60);
  if (minutes < 60) {
    const rest = Math.floor(totalSeconds % 60);
    return list([unit('minute').format(minutes), ...(rest > 0 ? [unit('second').format(rest)] : [])]);
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return list([unit('hour').format(hours), ...(rest > 0 ? [unit('minute').format(rest)] : [])]);
}
