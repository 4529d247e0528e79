import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mixpanelHostOf } from '@/utils/hosts';
import { NO_PLACES, pathOfPage, type LearnedPlaces } from '@/utils/learnedPlaces';
import { sendCommand, sendRequest, warnIfRefused } from '@/utils/messaging';
import { appUrl } from '@/utils/overlay/appPath';
import { keepHostOnTop } from '@/utils/overlay/keepHostOnTop';
import { createTabMemory } from '@/utils/overlay/stepSession';
import { createProgressStore, useProgressStore } from '@/utils/progress/progressStore';
import { activeTourId } from '@/utils/progress/tourProgress';
import type { ProgressCommand } from '@/utils/progress/types';
import { mountOverlayHost } from './mountOverlayHost';
import { OverlayApp } from './OverlayApp';
import { ShareLinkGate } from './ShareLinkGate';
import type { TourSource } from './tourSource';

function send(command: ProgressCommand): void {
  sendCommand(command).then(warnIfRefused(command.type), (error: unknown) =>
    console.warn(`overlay: could not reach the background for "${command.type}".`, error),
  );
}

/**
 * Puts the tour overlay on the page (in its shadow-root host, kept above the page's top layer), showing
 * whichever tour is running according to stored progress, its definition taken from `tours`. Returns the
 * one cleanup that removes the node, the React root, the top-layer watch and the storage subscription.
 */
export function mountOverlay(tours: TourSource, doc: Document = document): () => void {
  const host = mountOverlayHost(doc);
  const stopOnTop = keepHostOnTop(host.element, doc);
  const { store, dispose } = createProgressStore();
  const win = doc.defaultView ?? window;
  const memory = createTabMemory();
  const navigate = (path: string) => win.location.assign(appUrl(path, win.location));
  const hostName = mixpanelHostOf(win.location.href);

  function Root() {
    const state = useProgressStore(store, (s) => s.state);
    // The tour on screen stays after it finishes, so its closing card can show.
    const shownId = useRef<string | null>(null);
    shownId.current = activeTourId(state) ?? shownId.current;
    const tour = shownId.current ? tours.get(shownId.current) : null;
    const [places, setPlaces] = useState<LearnedPlaces>(NO_PLACES);
    useEffect(() => {
      if (!hostName) return;
      void sendRequest('learnPlace', {
        // Without a page, only the host is recorded: the tour id is not used.
        tourId: shownId.current ?? 'tour',
        page: null,
        path: null,
      }).then((reply) => reply.ok && setPlaces(reply.places));
      // The host is recorded once per page load.
    }, []);
    const onPageProven = useRef((pageKey: string, path: string) => {
      if (!hostName || !shownId.current) return;
      void sendRequest('learnPlace', { tourId: shownId.current, page: pageKey, path }).then(
        (reply) => reply.ok && setPlaces(reply.places),
      );
    }).current;
    // For the step timings: the background notes when the step's card first showed in this run.
    const onStepShown = useRef((stepId: string) => {
      const tourId = shownId.current;
      if (!tourId) return;
      void sendRequest('stepShown', { tourId, stepId }).then(warnIfRefused('stepShown'));
    }).current;
    return (
      <ShareLinkGate tours={tours} state={state}>
        {tour && (
          <OverlayApp
            tour={tour}
            progress={state.tours[tour.id]}
            send={send}
            navigate={navigate}
            memory={memory}
            pathOfPage={(pageKey) =>
              pathOfPage(places, hostName ?? '', tour.id, pageKey, tour.pages[pageKey]?.defaultPath)
            }
            onPageProven={onPageProven}
            onStepShown={onStepShown}
          />
        )}
      </ShareLinkGate>
    );
  }
  const root = createRoot(host.container);
  root.render(<Root />);

  return () => {
    root.unmount();
    dispose();
    stopOnTop();
    host.remove();
  };
}
