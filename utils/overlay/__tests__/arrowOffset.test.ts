import { describe, expect, it } from 'vitest';
import { arrowOffset } from '../anchorCard';

// A 12 px arrow on a 300 x 160 card.
const target = (left: number, top: number, width = 40, height = 20) => ({ left, top, width, height });

describe("arrowOffset: the card's arrow points at the target's centre", () => {
  it('below or above the target: along the card’s top or bottom edge, under the target’s centre', () => {
    // Card at x 100; target centre at 100 + 80 → arrow's left edge 80 - 6.
    expect(arrowOffset('bottom', target(160, 10), 100, 44, 300, 160, 12)).toEqual({ arrowX: 74 });
    expect(arrowOffset('top-start', target(160, 300), 100, 120, 300, 160, 12)).toEqual({ arrowX: 74 });
  });

  it('beside the target: along the card’s side, level with the target’s centre', () => {
    expect(arrowOffset('right', target(10, 200), 64, 150, 300, 160, 12)).toEqual({ arrowY: 54 });
    expect(arrowOffset('left-start', target(500, 200), 180, 150, 300, 160, 12)).toEqual({ arrowY: 54 });
  });

  it('a target past the card’s corner (the card shifted to stay on screen): the arrow stays 10 px in', () => {
    expect(arrowOffset('bottom', target(0, 10, 10), 100, 44, 300, 160, 12)).toEqual({ arrowX: 10 });
    expect(arrowOffset('bottom', target(900, 10), 100, 44, 300, 160, 12)).toEqual({ arrowX: 278 });
    expect(arrowOffset('right', target(10, 0, 40, 4), 64, 150, 300, 160, 12)).toEqual({ arrowY: 10 });
  });
});
