import { el, type Child } from '../dom/el';
import { deepActiveElement, tabbablesIn } from '../dom/deepFocus';
import { generatedClassNames, generatedId } from '../dom/generatedClassNames';
import { nativeDialogs } from '../data/replicaSettings';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames([
  'modal-overlay',
  'backdrop',
  'modal-frame',
  'modal-header',
  'modal-title',
  'modal-body',
  'modal-text',
  'modal-actions',
  'modal-spacer',
  'native-frame',
] as const);

/** Class names for simple dialog content (a paragraph and a row of buttons) styled by the modal itself. */
export const modalContentClass = {
  text: c['modal-text'],
  actions: c['modal-actions'],
  spacer: c['modal-spacer'],
};

const sheet = lazy(() =>
  constructSheet(`
  :host { position: fixed; inset: 0; z-index: 1000; display: block; }
  :host([native]) { position: static; display: contents; }
  .${c['modal-overlay']} {
    position: absolute; inset: 0; display: flex; align-items: flex-start; justify-content: center;
    padding: 10vh 24px 24px; box-sizing: border-box; overflow: auto;
  }
  .${c.backdrop} { position: fixed; inset: 0; background: rgba(25, 25, 35, 0.45); animation: fade 120ms ease-out; }
  .${c['modal-frame']} {
    position: relative; box-sizing: border-box; width: var(--modal-width, 560px); max-width: 100%;
    background: #fff; border-radius: 12px; overflow: hidden; outline: none;
    box-shadow: 0 24px 64px rgba(20, 20, 40, 0.28); font: 400 14px/1.4 ${FONT_STACK}; color: ${palette.text};
    animation: rise 160ms ease-out;
  }
  /* No transform on the native frame: it would become the containing block of the lists portalled into it. */
  .${c['native-frame']} {
    position: fixed; inset: 0; height: fit-content; max-width: calc(100% - 48px); max-height: calc(90vh - 24px);
    margin: 10vh auto auto; padding: 0; border: 0; overflow: auto; animation: fade 120ms ease-out;
  }
  .${c['native-frame']}::backdrop { background: rgba(25, 25, 35, 0.45); }
  .${c['modal-header']} { padding: 28px 28px 8px; }
  .${c['modal-title']} { margin: 0; font: 600 22px/1.25 ${FONT_STACK}; }
  :host([variant='banner']) .${c['modal-header']} {
    background: ${palette.purpleHeader}; height: 58px; padding: 0 20px; display: flex; align-items: center;
    justify-content: center; box-sizing: border-box;
  }
  :host([variant='banner']) .${c['modal-title']} { color: #fff; font-size: 19px; }
  .${c['modal-text']} { margin: 8px 28px 24px; color: ${palette.textSecondary}; font-size: 15px; overflow-wrap: anywhere; }
  .${c['modal-actions']} {
    display: flex; align-items: center; gap: 12px; padding: 14px 20px 16px; border-top: 1px solid ${palette.border};
  }
  .${c['modal-spacer']} { flex: 1 1 auto; }
  @keyframes fade { from { opacity: 0; } }
  @keyframes rise { from { opacity: 0; transform: translateY(8px); } }
`),
);

export type ModalCloseReason = 'escape' | 'backdrop' | 'cancel' | 'done';

/**
 * `<mp-modal heading="Invite New Users" variant="banner">`: role=dialog, aria-modal, named by its heading;
 * appended to document.body (not inside the page that opened it) with a dim backdrop. Focus moves in on
 * open (to `initialFocus` or the first tabbable), Tab is trapped through nested shadow roots, Esc and a
 * backdrop click close it, and focus returns to the opener. Content goes INTO the shadow root, so none of
 * the dialog is visible to document.querySelector. Fires `close` with `detail.reason`.
 *
 * With `replica:native-dialog` = "1" the frame is a native `<dialog>` opened with showModal() instead: the
 * browser's top layer, the rest of the page inert, Esc through the dialog's `cancel` event. Drop-down
 * lists opened inside it are portalled into it (see `layerRoot`).
 */
export class MpModal extends HTMLElement {
  static readonly observedAttributes = ['heading', 'width'];
  private readonly root: ShadowRoot;
  private readonly titleId = generatedId('modal-title');
  private readonly titleNode: HTMLHeadingElement;
  private readonly header: HTMLElement;
  private readonly body: HTMLDivElement;
  private frame: HTMLElement | null = null;
  private opener: HTMLElement | null = null;
  private listeners: AbortController | null = null;

  constructor() {
    super();
    this.root = attachStyledShadow(this, sheet());
    this.titleNode = el('h2', { class: c['modal-title'], id: this.titleId });
    this.header = el('header', { class: c['modal-header'] }, [this.titleNode]);
    this.body = el('div', { class: c['modal-body'] });
  }

  attributeChangedCallback(): void {
    this.titleNode.textContent = this.getAttribute('heading') ?? '';
    const width = this.getAttribute('width');
    if (width) this.style.setProperty('--modal-width', `${width}px`);
  }

  setContent(children: readonly Child[]): void {
    this.body.replaceChildren();
    for (const child of children) if (child) this.body.append(child);
  }

  /** The native <dialog> while open with `replica:native-dialog`, else null. */
  get nativeDialog(): HTMLDialogElement | null {
    return this.frame instanceof HTMLDialogElement ? this.frame : null;
  }

  open(options: { opener?: HTMLElement | null; initialFocus?: () => HTMLElement | null } = {}): void {
    this.opener = options.opener ?? null;
    const doc = this.opener?.ownerDocument ?? document;
    this.listeners = new AbortController();
    const { signal } = this.listeners;
    const native = nativeDialogs(doc.defaultView ?? window);
    this.toggleAttribute('native', native);
    const frame = native ? this.nativeFrame(signal) : this.scriptedFrame(signal);
    this.frame = frame;
    doc.body.append(this);
    if (frame instanceof HTMLDialogElement) frame.showModal();
    // On the document, not the host: Esc must work even when focus fell back to <body> (a re-rendered
    // control). Open drop-down lists stop their own keys, so Esc there closes only the list.
    doc.addEventListener('keydown', (event) => this.onKeydown(event, native), { signal });
    const target = options.initialFocus?.() ?? tabbablesIn(frame)[0] ?? frame;
    target.focus();
  }

  close(reason: ModalCloseReason): void {
    if (!this.isConnected) return;
    this.listeners?.abort();
    this.listeners = null;
    this.nativeDialog?.close();
    this.remove();
    if (this.opener?.isConnected) this.opener.focus();
    this.dispatchEvent(new CustomEvent('close', { detail: { reason } }));
  }

  /** A div with role=dialog and aria-modal, a scripted backdrop and focus trap (the default). */
  private scriptedFrame(signal: AbortSignal): HTMLElement {
    const frame = el(
      'div',
      {
        class: c['modal-frame'],
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': this.titleId,
        tabindex: '-1',
      },
      [this.header, this.body],
    );
    const backdrop = el('div', { class: c.backdrop });
    const overlay = el('div', { class: c['modal-overlay'] }, [frame]);
    backdrop.addEventListener('click', () => this.close('backdrop'), { signal });
    // The overlay fills the screen around the frame: a click there is a click on the backdrop too.
    overlay.addEventListener(
      'click',
      (event) => {
        if (event.target === event.currentTarget) this.close('backdrop');
      },
      { signal },
    );
    this.root.replaceChildren(backdrop, overlay);
    return frame;
  }

  /** A native <dialog>: role dialog and modality come from the browser; Esc arrives as `cancel`. */
  private nativeFrame(signal: AbortSignal): HTMLDialogElement {
    const frame = el(
      'dialog',
      { class: `${c['modal-frame']} ${c['native-frame']}`, 'aria-labelledby': this.titleId },
      [this.header, this.body],
    );
    frame.addEventListener(
      'cancel',
      (event) => {
        event.preventDefault();
        this.close('escape');
      },
      { signal },
    );
    // A click on the ::backdrop is a click on the <dialog> itself, outside its box.
    frame.addEventListener(
      'click',
      (event) => {
        if (event.target !== frame) return;
        const box = frame.getBoundingClientRect();
        const inside =
          event.clientX >= box.left &&
          event.clientX <= box.right &&
          event.clientY >= box.top &&
          event.clientY <= box.bottom;
        if (!inside) this.close('backdrop');
      },
      { signal },
    );
    this.root.replaceChildren(frame);
    return frame;
  }

  private onKeydown(event: KeyboardEvent, native: boolean): void {
    if (event.defaultPrevented || !this.frame) return;
    if (event.key === 'Escape' && !native) {
      event.preventDefault();
      this.close('escape');
      return;
    }
    if (event.key !== 'Tab') return;
    const tabbables = tabbablesIn(this.frame);
    const first = tabbables[0];
    const last = tabbables[tabbables.length - 1];
    if (!first || !last) return;
    const active = deepActiveElement(this.ownerDocument);
    if (event.shiftKey && (active === first || !tabbables.includes(active as HTMLElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !tabbables.includes(active as HTMLElement))) {
      event.preventDefault();
      first.focus();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-modal': MpModal;
  }
}
