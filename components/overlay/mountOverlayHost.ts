import overlayCss from '@/components/overlay/overlay.css?inline';
import { OVERLAY_HOST_TAG } from '@/utils/overlay/stepSession';

// The page's stylesheets can still style the host element itself: pin what matters, inline and !important.
const HOST_STYLE =
  'all: initial !important; position: fixed !important; inset: 0 !important; z-index: 2147483647 !important;' +
  ' pointer-events: none !important; display: block !important; width: auto !important; height: auto !important;' +
  ' margin: 0 !important; padding: 0 !important; border: 0 !important; background: transparent !important;' +
  ' overflow: visible !important; contain: none !important;';

export interface OverlayHost {
  /** The host element itself (e.g. to keep it above the page's top layer). */
  element: HTMLElement;
  /** Where to render the overlay: a layer inside the shadow root, under the overlay's stylesheet. */
  container: HTMLElement;
  /** Takes the host element (and everything in it) off the page. Unmount what was rendered first. */
  remove: () => void;
}

/**
 * The overlay's place on a page: a host element with an open shadow root (the page's CSS cannot reach
 * in, ours cannot leak out), fixed over the whole viewport and above everything. Shared by the content
 * script on Mixpanel and the practice sandbox.
 */
export function mountOverlayHost(doc: Document = document): OverlayHost {
  const host = doc.createElement(OVERLAY_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = overlayCss;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  shadow.append(style, layer);
  doc.documentElement.append(host);
  return { element: host, container: layer, remove: () => host.remove() };
}
