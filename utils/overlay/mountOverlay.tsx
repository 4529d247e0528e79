import { createRoot } from 'react-dom/client';
import overlayCss from '@/components/overlay/overlay.css?inline';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import { ShareLinkGate } from '@/components/overlay/ShareLinkGate';
import type { TourDefinition } from '@/tours/types';
import { sendCommand } from '@/utils/messaging';
import { createProgressStore, useProgressStore } from '@/utils/progress/progressStore';
import type { ProgressCommand } from '@/utils/progress/types';
import { appUrl } from './appPath';
import { OVERLAY_HOST_TAG } from './stepSession';

// The page's stylesheets can still style the host element itself: pin what matters, inline and !important.
const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;' +
  ' pointer-events: none !important; display: block !important; width: auto !important; height: auto !important;' +
  ' margin: 0 !important; padding: 0 !important; border: 0 !important; background: transparent !important;' +
  ' overflow: visible !important; contain: none !important;';

function send(command: ProgressCommand): void {
  sendCommand(command).then(
    (reply) => {
      if (!reply.ok) console.warn(`overlay: the background refused "${command.type}": ${reply.error}`);
    },
    (error: unknown) => console.warn(`overlay: could not reach the background for "${command.type}".`, error),
  );
}

/**
 * Puts the tour overlay on the page: a host element with an open shadow root (the page's CSS cannot
 * reach in, ours cannot leak out) rendering React from the stored progress. Returns the one cleanup
 * that removes the node, the React root and the storage subscription.
 */
export function mountOverlay(tour: TourDefinition, doc: Document = document): () => void {
  const host = doc.createElement(OVERLAY_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = overlayCss;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  doc.documentElement.append(host);

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
  const root = createRoot(layer);
  root.render(<Root />);

  return () => {
    root.unmount();
    dispose();
    host.remove();
  };
}
