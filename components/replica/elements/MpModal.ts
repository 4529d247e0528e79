import { el, type Child } from '../dom/el';
import { deepActiveElement, tabbablesIn } from '../dom/deepFocus';
import { generatedClassNames, generatedId } from '../dom/generatedClassNames';
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
 */
export class MpModal extends HTMLElement {
  static readonly observedAttributes = ['heading', 'width'];
  private readonly titleNode: HTMLHeadingElement;
  private readonly body: HTMLDivElement;
  private readonly frame: HTMLDivElement;
  private opener: HTMLElement | null = null;
  private keyListener: AbortController | null = null;

  constructor() {
    super();
    const root = attachStyledShadow(this, sheet());
    const titleId = generatedId('modal-title');
    this.titleNode = el('h2', { class: c['modal-title'], id: titleId });
    this.body = el('div', { class: c['modal-body'] });
    this.frame = el(
      'div',
      {
        class: c['modal-frame'],
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': titleId,
        tabindex: '-1',
      },
      [el('header', { class: c['modal-header'] }, [this.titleNode]), this.body],
    );
    const backdrop = el('div', { class: c.backdrop });
    backdrop.addEventListener('click', () => this.close('backdrop'));
    root.append(backdrop, el('div', { class: c['modal-overlay'] }, [this.frame]));
    // The overlay fills the screen around the frame: a click there is a click on the backdrop too.
    root.lastElementChild?.addEventListener('click', (event) => {
      if (event.target === event.currentTarget) this.close('backdrop');
    });
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

  open(options: { opener?: HTMLElement | null; initialFocus?: () => HTMLElement | null } = {}): void {
    this.opener = options.opener ?? null;
    const doc = this.opener?.ownerDocument ?? document;
    doc.body.append(this);
    // On the document, not the host: Esc must work even when focus fell back to <body> (a re-rendered
    // control). Open drop-down lists stop their own keys, so Esc there closes only the list.
    this.keyListener = new AbortController();
    doc.addEventListener('keydown', (event) => this.onKeydown(event), { signal: this.keyListener.signal });
    const target = options.initialFocus?.() ?? tabbablesIn(this.frame)[0] ?? this.frame;
    target.focus();
  }

  close(reason: ModalCloseReason): void {
    if (!this.isConnected) return;
    this.keyListener?.abort();
    this.keyListener = null;
    this.remove();
    if (this.opener?.isConnected) this.opener.focus();
    this.dispatchEvent(new CustomEvent('close', { detail: { reason } }));
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
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
