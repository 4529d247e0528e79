import { el } from '../dom/el';
import { generatedClassNames } from '../dom/generatedClassNames';
import { icon, type IconName } from '../dom/icons';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames([
  'mp-button',
  'label',
  'spinner',
  'icon-end',
  'primary',
  'secondary',
  'ghost',
  'link',
  'icon',
  'create',
  'large',
] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { display: inline-flex; vertical-align: middle; }
  :host([hidden]) { display: none; }
  :host([full-width]) { display: flex; }
  :host([full-width]) .${c['mp-button']} { width: 100%; }
  .${c['mp-button']} {
    all: unset; box-sizing: border-box; display: inline-flex; align-items: center; justify-content: center;
    gap: 6px; height: 34px; padding: 0 14px; border-radius: 6px; font: 500 14px/1 ${FONT_STACK};
    color: ${palette.text}; cursor: pointer; white-space: nowrap; user-select: none; flex: 1 1 auto;
    border: 1px solid transparent; transition: background-color 80ms, border-color 80ms;
  }
  .${c['mp-button']}:focus-visible { outline: 2px solid ${palette.purple}; outline-offset: 2px; }
  .${c['mp-button']}.${c.primary} { background: ${palette.purple}; color: #fff; }
  .${c['mp-button']}.${c.primary}:hover { background: ${palette.purpleHover}; }
  .${c['mp-button']}.${c.primary}:disabled { background: ${palette.purpleDisabled}; }
  .${c['mp-button']}.${c.secondary} { background: #fff; border-color: ${palette.borderStrong}; }
  .${c['mp-button']}.${c.secondary}:hover { background: ${palette.surfaceMuted}; }
  .${c['mp-button']}.${c.ghost} { padding: 0 10px; }
  .${c['mp-button']}.${c.ghost}:hover { background: ${palette.hover}; }
  .${c['mp-button']}.${c.link} { padding: 0 4px; height: 28px; color: ${palette.textSecondary}; }
  .${c['mp-button']}.${c.link}:hover { color: ${palette.text}; }
  .${c['mp-button']}.${c.icon} { width: 32px; height: 32px; padding: 0; color: #3d3d3d; }
  .${c['mp-button']}.${c.icon}:hover { background: ${palette.hover}; }
  .${c['mp-button']}.${c.create} {
    background: ${palette.purple}; color: #fff; justify-content: flex-start; height: 34px; padding: 0 10px;
    font-size: 15px;
  }
  .${c['mp-button']}.${c.create}:hover { background: ${palette.purpleHover}; }
  .${c['mp-button']}.${c.large} { height: 40px; padding: 0 22px; font-size: 15px; }
  .${c['mp-button']}:disabled { cursor: default; opacity: 1; }
  .${c['mp-button']}:disabled:not(.${c.primary}) { color: ${palette.textMuted}; }
  .${c['icon-end']} { margin-left: auto; display: inline-flex; }
  .${c.label} { display: inline-flex; align-items: center; }
  .${c.spinner} {
    width: 14px; height: 14px; border-radius: 50%; border: 2px solid currentColor; border-right-color: transparent;
    animation: spin 0.7s linear infinite;
  }
  @keyframes spin { to { transform: rotate(360deg); } }
`),
);

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'link' | 'icon' | 'create';

/**
 * `<mp-button text="Invite Users" icon="plus" variant="ghost">`: the real <button> lives in an open
 * shadow root, as in Mixpanel's panel components, so `document.querySelector('button')` never sees it.
 * `label` becomes the inner button's aria-label and title (icon-only buttons). `busy` disables it and
 * shows a spinner. The inner button gets real `disabled`, and clicks on a disabled host are swallowed.
 */
export class MpButton extends HTMLElement {
  static readonly observedAttributes = [
    'text',
    'label',
    'variant',
    'icon',
    'icon-end',
    'icon-size',
    'disabled',
    'busy',
    'haspopup',
    'expanded',
    'size',
  ];
  readonly button: HTMLButtonElement;

  constructor() {
    super();
    const root = attachStyledShadow(this, sheet(), true);
    this.button = el('button', { type: 'button', class: c['mp-button'], part: 'button' });
    root.append(this.button);
    // Capture phase on the host: runs before any listener the page attached to this element.
    this.addEventListener(
      'click',
      (event) => {
        if (this.hasAttribute('disabled') || this.hasAttribute('busy')) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      },
      { capture: true },
    );
  }

  connectedCallback(): void {
    this.render();
  }

  attributeChangedCallback(): void {
    this.render();
  }

  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }

  set disabled(value: boolean) {
    this.toggleAttribute('disabled', value);
  }

  set busy(value: boolean) {
    this.toggleAttribute('busy', value);
  }

  private render(): void {
    const text = this.getAttribute('text') ?? '';
    const label = this.getAttribute('label');
    const iconName = this.getAttribute('icon') as IconName | null;
    const iconEnd = this.getAttribute('icon-end') as IconName | null;
    const iconSize = Number(this.getAttribute('icon-size') ?? '') || 18;
    const busy = this.hasAttribute('busy');
    const button = this.button;
    const variant = (this.getAttribute('variant') as ButtonVariant | null) ?? 'secondary';
    button.className = [c['mp-button'], c[variant], this.getAttribute('size') === 'lg' ? c.large : '']
      .join(' ')
      .trim();
    button.disabled = this.disabled || busy;
    setOrRemove(button, 'aria-label', label);
    setOrRemove(button, 'title', label);
    setOrRemove(button, 'aria-busy', busy ? 'true' : null);
    setOrRemove(button, 'aria-haspopup', this.getAttribute('haspopup'));
    setOrRemove(
      button,
      'aria-expanded',
      this.hasAttribute('haspopup') ? String(this.hasAttribute('expanded')) : null,
    );
    button.replaceChildren();
    if (busy) button.append(el('span', { class: c.spinner, 'aria-hidden': 'true' }));
    else if (iconName) button.append(icon(iconName, iconSize));
    if (text) button.append(el('span', { class: c.label }, [text]));
    if (iconEnd) button.append(el('span', { class: c['icon-end'] }, [icon(iconEnd, 16)]));
  }
}

function setOrRemove(element: Element, name: string, value: string | null): void {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-button': MpButton;
  }
}
