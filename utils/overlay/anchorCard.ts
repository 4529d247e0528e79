import {
  autoUpdate,
  computePosition,
  detectOverflow,
  flip,
  offset,
  shift,
  type Middleware,
  type Placement,
} from '@floating-ui/dom';

/**
 * floating-ui's `hide` with its `referenceHidden` strategy, without the strategies the card does not use:
 * the target is hidden when a clipping ancestor or the viewport cuts it off entirely on one side.
 */
const referenceHidden: Middleware = {
  name: 'referenceHidden',
  async fn(state) {
    const overflow = await detectOverflow(state, { elementContext: 'reference' });
    const { width, height } = state.rects.reference;
    return {
      data: {
        hidden:
          overflow.top >= height ||
          overflow.bottom >= height ||
          overflow.left >= width ||
          overflow.right >= width,
      },
    };
  },
};

export interface CardPlacement {
  x: number;
  y: number;
  placement: Placement;
  arrowX?: number;
  arrowY?: number;
  /** The target is scrolled out of view (in the window or a scrolling container) or clipped away. */
  referenceHidden: boolean;
  /** The target's box in viewport coordinates, for the spotlight. */
  reference: DOMRect;
}

/**
 * Keeps a fixed-position card next to its target while the target scrolls (in any scrolling ancestor,
 * across shadow roots), resizes or moves: floating-ui's `autoUpdate`, with flip and shift so the card stays
 * on screen. Returns the one cleanup that stops every listener.
 */
export function anchorCard(
  reference: Element,
  card: HTMLElement,
  arrowElement: HTMLElement | null,
  placement: Placement,
  onPlaced: (placed: CardPlacement) => void,
): () => void {
  const update = async () => {
    const result = await computePosition(reference, card, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(14),
        flip({ padding: 8, fallbackAxisSideDirection: 'start' }),
        shift({ padding: 8 }),
        referenceHidden,
      ],
    });
    const box = reference.getBoundingClientRect();
    onPlaced({
      x: result.x,
      y: result.y,
      placement: result.placement,
      ...(arrowElement &&
        arrowOffset(
          result.placement,
          box,
          // The arrow is placed in the card's padding box: inside its border.
          result.x + card.clientLeft,
          result.y + card.clientTop,
          card.clientWidth,
          card.clientHeight,
          arrowElement.offsetWidth,
        )),
      referenceHidden: !!(result.middlewareData.referenceHidden as { hidden?: boolean } | undefined)?.hidden,
      reference: box,
    });
  };
  return autoUpdate(reference, card, () => void update());
}

/** How far the arrow stays from the card's corners. */
const ARROW_PADDING = 10;

/**
 * Where the arrow goes along the card's side that faces the target (x, y, width and height: the card's
 * padding box, where the arrow is positioned):
 * at the target's centre, kept ARROW_PADDING from the card's corners when the target's centre is past them.
 */
export function arrowOffset(
  placement: Placement,
  target: { left: number; top: number; width: number; height: number },
  x: number,
  y: number,
  width: number,
  height: number,
  arrowSize: number,
): { arrowX: number } | { arrowY: number } {
  const along = (centre: number, length: number) =>
    Math.max(ARROW_PADDING, Math.min(centre - arrowSize / 2, length - arrowSize - ARROW_PADDING));
  return /^(top|bottom)/.test(placement)
    ? { arrowX: along(target.left + target.width / 2 - x, width) }
    : { arrowY: along(target.top + target.height / 2 - y, height) };
}
