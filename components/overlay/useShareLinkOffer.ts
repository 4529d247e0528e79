import { useCallback, useEffect, useState } from 'react';
import { sendRequest } from '@/utils/messaging';
import type { PendingShareLink } from '@/utils/progress/types';

export interface ShareLinkOffer {
  /**
   * A share link that needs the user's answer before it changes anything; null when there
   * is none; undefined while the background has not said yet.
   */
  offer: PendingShareLink | null | undefined;
  answer: (accept: boolean) => void;
}

/**
 * Asks the background once, when the overlay loads, whether a share link waits for the user's choice
 * here (it would move or reset their progress). The answer goes back to the background, which applies it.
 */
export function useShareLinkOffer(): ShareLinkOffer {
  const [offer, setOffer] = useState<PendingShareLink | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    sendRequest('shareLinkOffer').then((reply) => {
      if (!live) return;
      if (!reply.ok) console.warn(`overlay: could not ask for a waiting share link: ${reply.error}`);
      setOffer(reply.ok ? reply.offer : null);
    });
    return () => {
      live = false;
    };
  }, []);

  const answer = useCallback(
    (accept: boolean) => {
      if (!offer) return;
      setOffer(null);
      sendRequest('answerShareLink', { at: offer.at, accept }).then((reply) => {
        if (!reply.ok) console.warn(`overlay: the background refused the share-link answer: ${reply.error}`);
      });
    },
    [offer],
  );
  return { offer, answer };
}
