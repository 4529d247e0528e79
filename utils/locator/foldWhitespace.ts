/** Collapses every run of whitespace to one space and trims, as text reads on screen. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Compares text the way targets are written: whitespace folded, case-insensitive, exact unless `partial`.
 * An empty expected text never matches: a target naming nothing would match everything.
 */
export function textMatches(actual: string, expected: string, partial = false): boolean {
  const wanted = foldWhitespace(expected).toLowerCase();
  if (wanted === '') return false;
  const seen = foldWhitespace(actual).toLowerCase();
  return partial ? seen.includes(wanted) : seen === wanted;
}
