import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Placement } from '@floating-ui/dom';
import { anchorCard, type CardPlacement } from '@/utils/overlay/anchorCard';

/**
 * Keeps the card placed next to `reference` (or returns null while there is none). Placed in the commit
 * that shows the target (a layout effect) and re-rendered at once on each new position (the scroll or
 * resize that moved the target has not been painted yet), so the card never lags its target by a frame.
 */
export function useCardPlacement(
  reference: Element | null,
  cardRef: RefObject<HTMLElement | null>,
  arrowRef: RefObject<HTMLElement | null>,
  placement: Placement,
): CardPlacement | null {
  const [placed, setPlaced] = useState<{ reference: Element; placed: CardPlacement } | null>(null);
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!reference || !card) return;
    return anchorCard(reference, card, arrowRef.current, placement, (next) =>
      flushSync(() => setPlaced({ reference, placed: next })),
    );
  }, [reference, cardRef, arrowRef, placement]);
  // A placement computed for a previous target is stale the moment the target changes.
  return placed && placed.reference === reference ? placed.placed : null;
}
