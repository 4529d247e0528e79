import { createRoot } from 'react-dom/client';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { ShareLinkGate } from '@/components/overlay/ShareLinkGate';
import type { TourDefinition } from '@/tours/types';
import { sendCommand } from '@/utils/messaging';
import { createProgressStore, useProgressStore } from '@/utils/progress/progressStore';
import type { ProgressCommand } from '@/utils/progress/types';
import { appUrl } from './appPath';
import { mountOverlayHost } from './mountOverlayHost';

function send(command: ProgressCommand): void {
  sendCommand(command).then(
    (reply) => {
      if (!reply.ok) console.warn(`overlay: the background refused "${command.type}": ${reply.error}`);
    },
    (error: unknown) => console.warn(`overlay: could not reach the background for "${command.type}".`, error),
  );
}

/**
 * Puts the tour overlay on the page (in its shadow-root host, see `mountOverlayHost`), rendering React
 * from the stored progress. Returns the one cleanup that removes the node, the React root and the
 * storage subscription.
 */
export function mountOverlay(tour: TourDefinition, doc: Document = document): () => void {
  const host = mountOverlayHost(doc);
  const { store, dispose } = createProgressStore();
  const navigate = (path: string) => {
    doc.defaultView?.location.assign(appUrl(path, doc.defaultView.location));
  };
  function Root() {
    const progress = useProgressStore(store, (s) => s.state.tours[tour.id]);
    return (
      <ShareLinkGate tour={tour} progress={progress}>
        <OverlayApp tour={tour} progress={progress} send={send} navigate={navigate} />
      </ShareLinkGate>
    );
  }
  const root = createRoot(host.container);
  root.render(<Root />);

  return () => {
    root.unmount();
    dispose();
    host.remove();
  };
}
