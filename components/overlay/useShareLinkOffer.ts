import { useCallback, useEffect, useState } from 'react';
import { sendRequest, warnIfRefused } from '@/utils/messaging';
import type { PendingShareLink } from '@/utils/progress/types';
import { listenForQuestions, takeHandedQuestion } from '@/utils/shareLinkQuestion';

export interface ShareLinkOffer {
  /** A share link that needs the user's answer before it changes anything; null when there is none. */
  offer: PendingShareLink | null;
  answer: (accept: boolean) => void;
}

/**
 * The question the background handed in with the overlay (following a share link would move or reset
 * the user's progress), known at the first render so no step card flashes before it; later ones too.
 * The answer goes back to the background, which applies it.
 */
export function useShareLinkOffer(): ShareLinkOffer {
  const [offer, setOffer] = useState<PendingShareLink | null>(takeHandedQuestion);
  useEffect(() => listenForQuestions(setOffer), []);

  const answer = useCallback(
    (accept: boolean) => {
      if (!offer) return;
      setOffer(null);
      void sendRequest('answerShareLink', { at: offer.at, accept }).then(warnIfRefused('answerShareLink'));
    },
    [offer],
  );
  return { offer, answer };
}
