import { el } from '../dom/el';
import { generatedClassNames, generatedId } from '../dom/generatedClassNames';
import { icon } from '../dom/icons';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames([
  'text-field',
  'field-label',
  'input-wrap',
  'input',
  'search-icon',
  'error',
] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { display: block; min-width: 0; }
  .${c['field-label']} {
    display: block; margin: 0 0 10px; font: 600 13px/16px ${FONT_STACK}; letter-spacing: 0.02em;
    text-transform: uppercase; color: ${palette.textSecondary};
  }
  :host([hide-label]) .${c['field-label']}, :host([variant='search']) .${c['field-label']} { display: none; }
  .${c['input-wrap']} { position: relative; display: flex; align-items: center; }
  .${c.input} {
    box-sizing: border-box; width: 100%; height: 40px; padding: 0 12px; border: 1px solid ${palette.border};
    border-radius: 8px; background: #fff; font: 400 15px/1 ${FONT_STACK}; color: ${palette.text}; outline: none;
  }
  .${c.input}::placeholder { color: ${palette.textMuted}; }
  .${c.input}:hover { border-color: ${palette.borderStrong}; }
  .${c.input}:focus { border-color: ${palette.purple}; box-shadow: 0 0 0 3px ${palette.purpleRing}; }
  .${c.input}[aria-invalid='true'] { border-color: ${palette.danger}; }
  .${c.input}[readonly] { background: ${palette.surfaceMuted}; }
  :host([variant='search']) .${c.input} {
    height: 36px; padding-left: 36px; border-color: transparent; background: ${palette.surfaceMuted}; font-size: 14px;
  }
  :host([variant='search']) .${c.input}:focus { background: #fff; border-color: ${palette.purple}; }
  .${c['search-icon']} { position: absolute; left: 10px; display: inline-flex; color: ${palette.textMuted}; pointer-events: none; }
  .${c.error} { margin: 6px 0 0; font: 400 12px/1.3 ${FONT_STACK}; color: ${palette.danger}; }
  .${c.error}:empty { display: none; }
`),
);

/**
 * `<mp-text-field label="Email address">`: a labelled text box whose <input> lives in an open shadow root.
 * The input is named by `label` (aria-label); the visible label shows the same words upper-cased by CSS.
 * `variant="search"` is the grey search box with a magnifier. `error` shows a message and sets
 * aria-invalid; `invalid` sets aria-invalid alone (the message is elsewhere). The inner input's `input` events are composed, so they reach the page; `change` is re-fired.
 */
export class MpTextField extends HTMLElement {
  static readonly observedAttributes = [
    'label',
    'placeholder',
    'type',
    'variant',
    'error',
    'invalid',
    'readonly',
    'autocomplete',
  ];
  readonly input: HTMLInputElement;
  private readonly labelNode: HTMLSpanElement;
  private readonly errorNode: HTMLParagraphElement;
  private readonly wrap: HTMLDivElement;

  constructor() {
    super();
    const root = attachStyledShadow(this, sheet(), true);
    const errorId = generatedId('error');
    this.labelNode = el('span', { class: c['field-label'], 'aria-hidden': 'true' });
    this.input = el('input', { class: c.input, 'aria-describedby': errorId, spellcheck: 'false' });
    this.errorNode = el('p', { class: c.error, id: errorId });
    this.wrap = el('div', { class: c['input-wrap'] }, [this.input]);
    root.append(el('div', { class: c['text-field'] }, [this.labelNode, this.wrap, this.errorNode]));
    this.input.addEventListener('change', () =>
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true })),
    );
  }

  connectedCallback(): void {
    this.render();
  }

  attributeChangedCallback(): void {
    this.render();
  }

  get value(): string {
    return this.input.value;
  }

  set value(value: string) {
    this.input.value = value;
  }

  private render(): void {
    const label = this.getAttribute('label') ?? '';
    this.labelNode.textContent = label;
    this.input.setAttribute('aria-label', label);
    this.input.type = this.getAttribute('type') ?? 'text';
    this.input.placeholder = this.getAttribute('placeholder') ?? '';
    this.input.readOnly = this.hasAttribute('readonly');
    this.input.autocomplete = (this.getAttribute('autocomplete') as AutoFill | null) ?? 'off';
    const error = this.getAttribute('error') ?? '';
    this.errorNode.textContent = error;
    this.input.setAttribute('aria-invalid', String(error !== '' || this.hasAttribute('invalid')));
    const isSearch = this.getAttribute('variant') === 'search';
    const existingIcon = this.wrap.querySelector(`.${c['search-icon']}`);
    if (isSearch && !existingIcon)
      this.wrap.prepend(el('span', { class: c['search-icon'] }, [icon('search', 18)]));
    if (!isSearch) existingIcon?.remove();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-text-field': MpTextField;
  }
}
