import { useCallback, useRef, useState } from 'react';
import { sendRequest } from '@/utils/messaging';

export interface LaunchOptions {
  /** 0-based step to start at; without it the tour resumes where the user was. */
  step?: number;
  /** Clear the tour first (a completed tour started again). */
  restart?: boolean;
}

export interface TourLauncher {
  launch: (options?: LaunchOptions) => void;
  /** A launch is on its way: the buttons ignore further clicks. */
  pending: boolean;
  /** Error code of the last failed launch (for the message), or null. */
  error: string | null;
}

/**
 * Starts the tour from the popup: in the active Mixpanel tab, or in a new one (the background decides).
 * Once the tour runs in a tab, the popup has done its job and closes, out of the page's way.
 */
export function useTourLauncher(tourId: string, closePopup: () => void = () => window.close()): TourLauncher {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A ref, not the state: two clicks within one render must not start two launches.
  const inFlight = useRef(false);

  const launch = useCallback(
    ({ step, restart = false }: LaunchOptions = {}) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setPending(true);
      setError(null);
      void (async () => {
        // A restart is one request: the background resets and starts in one command.
        const reply = await sendRequest(
          'startTour',
          restart ? { tourId, restart: true } : step === undefined ? { tourId } : { tourId, step },
        );
        inFlight.current = false;
        setPending(false);
        if (reply.ok) closePopup();
        else setError(reply.error);
      })();
    },
    [tourId, closePopup],
  );

  return { launch, pending, error };
}
