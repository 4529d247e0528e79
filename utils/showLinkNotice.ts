/** The notice's own host element on the page. */
export const LINK_NOTICE_TAG = 'invite-guide-link-notice';

// Kept tiny on purpose: it ships in the loader that runs on every Mixpanel page (React would not).
const CSS =
  ':host{all:initial!important;position:fixed!important;z-index:2147483647!important;top:16px!important;' +
  'left:50%!important;transform:translateX(-50%)!important}div{display:flex;gap:12px;align-items:center;' +
  'max-width:90vw;padding:10px 14px;border-radius:10px;background:#fff;color:#1f2328;border:1px solid #ccc;' +
  'box-shadow:0 8px 24px #0004;font:14px/1.45 system-ui,sans-serif}button{font:inherit;font-weight:600}';

/**
 * Shows "This tour link is not valid: …" on the page until dismissed. The text is set as text, never as
 * HTML, inside a shadow root the page's CSS cannot reach. Returns the cleanup that removes it.
 */
export function showLinkNotice(
  { text, dismissLabel }: { text: string; dismissLabel: string },
  doc: Document = document,
): () => void {
  const host = doc.createElement(LINK_NOTICE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  // An alert is announced when it appears, which a status region inserted with its text is not.
  box.setAttribute('role', 'alert');
  const message = doc.createElement('span');
  message.textContent = text;
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = dismissLabel;
  const remove = () => host.remove();
  dismiss.addEventListener('click', remove);
  box.append(message, dismiss);
  shadow.append(style, box);
  doc.documentElement.append(host);
  return remove;
}
