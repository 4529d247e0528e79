import { describe, expect, it } from 'vitest';
import { formatDuration } from '../formatTime';

describe('formatDuration: a step time as a trainer reads it', () => {
  it.each([
    [0, '0 sec'],
    [4250, '4.2 sec'],
    [38_900, '38 sec'],
    [60_000, '1 min'],
    [125_000, '2 min, 5 sec'],
    [3_780_000, '1 hr, 3 min'],
  ])('%i ms reads as "%s"', (ms, text) => {
    expect(formatDuration(ms, 'en')).toBe(text);
  });

  it('follows the reader’s language', () => {
    expect(formatDuration(125_000, 'de')).toBe('2 Min., 5 Sek.');
  });

  it('a negative figure (damaged data) reads as no time, not as a negative one', () => {
    expect(formatDuration(-500, 'en')).toBe('0 sec');
  });
});
