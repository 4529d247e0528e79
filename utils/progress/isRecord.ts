/** A plain object (not null, not an array): the only shape stored values and messages may have at the top. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A time we accept from untrusted data: a finite, non-negative number of epoch ms. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
