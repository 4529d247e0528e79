/** True for a native <dialog> opened with showModal() (in the top layer, the rest of the page inert). */
function isModalDialog(node: Node): node is HTMLDialogElement {
  return node instanceof HTMLDialogElement && node.open && node.matches(':modal');
}

/**
 * Where a portalled layer (a drop-down list, a toast) must be appended: inside the native modal <dialog>
 * that contains `from` (through shadow roots), else document.body. Outside that dialog the layer would be
 * inert and drawn under the top layer, as any app using native dialogs finds out.
 */
export function layerRoot(from: Node): Element {
  for (let node: Node | null = from; node;) {
    if (isModalDialog(node)) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return (from.ownerDocument ?? document).body;
}

/** The last native modal <dialog> opened by a portalled component (a direct child of body), if any. */
export function topModalDialog(doc: Document = document): HTMLDialogElement | null {
  const hosts = Array.from(doc.body.children).reverse();
  for (const host of hosts) {
    const dialog = host.shadowRoot?.querySelector('dialog');
    if (dialog && isModalDialog(dialog)) return dialog;
  }
  return null;
}
