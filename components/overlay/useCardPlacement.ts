import { useEffect, useState, type RefObject } from 'react';
import type { Placement } from '@floating-ui/dom';
import { anchorCard, type CardPlacement } from '@/utils/overlay/anchorCard';

/** Keeps the card placed next to `reference` (or returns null while there is none). */
export function useCardPlacement(
  reference: Element | null,
  cardRef: RefObject<HTMLElement | null>,
  arrowRef: RefObject<HTMLElement | null>,
  placement: Placement,
): CardPlacement | null {
  const [placed, setPlaced] = useState<{ reference: Element; placed: CardPlacement } | null>(null);
  useEffect(() => {
    const card = cardRef.current;
    if (!reference || !card) return;
    return anchorCard(reference, card, arrowRef.current, placement, (next) =>
      setPlaced({ reference, placed: next }),
    );
  }, [reference, cardRef, arrowRef, placement]);
  // A placement computed for a previous target is stale the moment the target changes.
  return placed && placed.reference === reference ? placed.placed : null;
}
