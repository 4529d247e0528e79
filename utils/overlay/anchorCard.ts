import {
  arrow,
  autoUpdate,
  computePosition,
  flip,
  hide,
  offset,
  shift,
  type Placement,
} from '@floating-ui/dom';

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
        ...(arrowElement ? [arrow({ element: arrowElement, padding: 10 })] : []),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    onPlaced({
      x: result.x,
      y: result.y,
      placement: result.placement,
      arrowX: result.middlewareData.arrow?.x,
      arrowY: result.middlewareData.arrow?.y,
      referenceHidden: result.middlewareData.hide?.referenceHidden ?? false,
      reference: reference.getBoundingClientRect(),
    });
  };
  return autoUpdate(reference, card, () => void update());
}
