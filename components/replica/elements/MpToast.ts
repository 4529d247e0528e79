import { el } from '../dom/el';
import { generatedClassNames } from '../dom/generatedClassNames';
import { icon } from '../dom/icons';
import { topModalDialog } from '../dom/layerRoot';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames(['toast', 'toast-icon', 'toast-text', 'toast-close'] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { position: fixed; left: 50%; bottom: 28px; transform: translateX(-50%); z-index: 1020; display: block; }
  .${c.toast} {
    display: flex; align-items: center; gap: 10px; min-width: 240px; max-width: 480px; padding: 12px 12px 12px 16px;
    border-radius: 8px; background: ${palette.toast}; color: #fff; font: 500 14px/1.3 ${FONT_STACK};
    box-shadow: 0 8px 24px rgba(0, 0, 0, 0.25); animation: pop 160ms ease-out;
  }
  .${c['toast-icon']} { display: inline-flex; color: #3ccf8e; }
  .${c['toast-text']} { flex: 1 1 auto; }
  .${c['toast-close']} {
    all: unset; display: inline-flex; padding: 4px; border-radius: 4px; cursor: pointer; color: #c9c9d1;
  }
  .${c['toast-close']}:hover { background: rgba(255, 255, 255, 0.12); color: #fff; }
  @keyframes pop { from { opacity: 0; transform: translateY(8px); } }
`),
);

export const TOAST_DURATION_MS = 4000;

/**
 * `<mp-toast>`: a short confirmation at the bottom of the screen, role=status (polite live region),
 * appended to document.body (or into an open native modal dialog). The text goes in one frame after the region exists so screen readers
 * announce it. Dismisses itself after TOAST_DURATION_MS; a new toast replaces the previous one.
 */
export class MpToast extends HTMLElement {
  private readonly status: HTMLDivElement;
  private readonly text: HTMLSpanElement;
  private timer = 0;

  constructor() {
    super();
    const root = attachStyledShadow(this, sheet());
    this.text = el('span', { class: c['toast-text'] });
    this.status = el('div', { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' }, [this.text]);
    const close = el('button', { type: 'button', class: c['toast-close'], 'aria-label': 'Dismiss' }, [
      icon('close', 16),
    ]);
    close.addEventListener('click', () => this.dismiss());
    root.append(
      el('div', { class: c.toast }, [
        el('span', { class: c['toast-icon'] }, [icon('checkCircle', 20)]),
        this.status,
        close,
      ]),
    );
  }

  show(message: string, doc: Document = document, duration = TOAST_DURATION_MS): void {
    const container = topModalDialog(doc) ?? doc.body;
    for (const parent of new Set([doc.body, container]))
      parent
        .querySelectorAll(':scope > mp-toast')
        .forEach((previous) => previous !== this && previous.remove());
    // Over a native modal dialog the toast goes into it: anywhere else it would be inert and hidden.
    container.append(this);
    requestAnimationFrame(() => {
      this.text.textContent = message;
    });
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.dismiss(), duration);
  }

  dismiss(): void {
    clearTimeout(this.timer);
    this.remove();
  }

  disconnectedCallback(): void {
    clearTimeout(this.timer);
  }
}

export function showToast(message: string, doc: Document = document): MpToast {
  const toast = new MpToast();
  toast.show(message, doc);
  return toast;
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-toast': MpToast;
  }
}
