import { useEffect, useState } from 'react';
import { NO_PLACES, type LearnedPlaces } from '@/utils/learnedPlaces';
import { sendRequest } from '@/utils/messaging';

/** The app's addresses the guide has seen working (for links); none until the background answers. */
export function useLearnedPlaces(): LearnedPlaces {
  const [places, setPlaces] = useState<LearnedPlaces>(NO_PLACES);
  useEffect(() => {
    let live = true;
    void sendRequest('getLearnedPlaces').then((reply) => {
      if (live && reply.ok) setPlaces(reply.places);
    });
    return () => {
      live = false;
    };
  }, []);
  return places;
}
