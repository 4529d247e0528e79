import { el } from '../dom/el';
import { generatedClassNames, generatedId } from '../dom/generatedClassNames';
import { icon } from '../dom/icons';
import { MpDropMenu, type DropMenuItem } from './MpDropMenu';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames([
  'select-field',
  'field-label',
  'select-button',
  'select-value',
  'chevron',
] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { display: block; min-width: 0; }
  .${c['field-label']} {
    display: block; margin: 0 0 10px; font: 600 13px/16px ${FONT_STACK}; letter-spacing: 0.02em;
    text-transform: uppercase; color: ${palette.textSecondary};
  }
  :host([hide-label]) .${c['field-label']} { display: none; }
  .${c['select-button']} {
    all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 8px; width: 100%; height: 40px;
    padding: 0 12px 0 14px; border: 1px solid ${palette.border}; border-radius: 8px; background: #fff;
    font: 500 15px/1 ${FONT_STACK}; color: ${palette.text}; cursor: pointer;
  }
  .${c['select-button']}:hover { border-color: ${palette.borderStrong}; }
  .${c['select-button']}:focus-visible, .${c['select-button']}[aria-expanded='true'] {
    border-color: ${palette.purple}; box-shadow: 0 0 0 3px ${palette.purpleRing};
  }
  .${c['select-button']}:disabled { background: ${palette.surfaceMuted}; color: ${palette.textMuted}; cursor: default; }
  .${c['select-value']} { flex: 1 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .${c.chevron} { display: inline-flex; flex: none; color: ${palette.text}; }
`),
);

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * `<mp-select label="Organization role" placeholder="Select role">`: a custom drop-down, not a native
 * <select>. The inner <button role="combobox"> is named by `label` (aria-label; the visible label above it
 * is the same words, upper-cased by CSS). Its list is an `mp-drop-menu` portalled to document.body.
 * `multiple` makes a multi-select whose button shows the chosen name, or "N <summary-noun>".
 * Fires `change` (bubbles, composed) with `detail.value: string[]`.
 */
export class MpSelect extends HTMLElement {
  static readonly observedAttributes = ['label', 'placeholder', 'multiple', 'disabled', 'summary-noun'];
  readonly button: HTMLButtonElement;
  private readonly labelNode: HTMLSpanElement;
  private readonly valueNode: HTMLSpanElement;
  private readonly listId = generatedId('listbox');
  private optionList: SelectOption[] = [];
  private selected: string[] = [];
  private menu: MpDropMenu | null = null;

  constructor() {
    super();
    const root = attachStyledShadow(this, sheet(), true);
    this.labelNode = el('span', { class: c['field-label'], 'aria-hidden': 'true' });
    this.valueNode = el('span', { class: c['select-value'] });
    this.button = el(
      'button',
      {
        type: 'button',
        class: c['select-button'],
        role: 'combobox',
        'aria-haspopup': 'listbox',
        'aria-expanded': 'false',
        'aria-controls': this.listId,
      },
      [this.valueNode, el('span', { class: c.chevron }, [icon('chevronDown', 16)])],
    );
    root.append(el('div', { class: c['select-field'] }, [this.labelNode, this.button]));
    this.button.addEventListener('click', () => {
      // Mouse or Enter/Space (the browser turns those into a click): toggle, and focus an option when opening.
      if (this.menu) this.closeMenu();
      else this.openMenu('selected');
    });
    this.button.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      event.preventDefault();
      if (!this.menu) this.openMenu(event.key === 'ArrowUp' ? 'last' : 'selected');
    });
  }

  connectedCallback(): void {
    this.render();
  }

  disconnectedCallback(): void {
    this.closeMenu();
  }

  attributeChangedCallback(): void {
    this.render();
  }

  get options(): SelectOption[] {
    return this.optionList;
  }

  set options(options: SelectOption[]) {
    this.optionList = [...options];
    this.selected = this.selected.filter((value) => options.some((option) => option.value === value));
    this.render();
  }

  /** Chosen values (one at most unless `multiple`). */
  get value(): string[] {
    return [...this.selected];
  }

  set value(values: string[]) {
    this.selected = values.filter((value) => this.optionList.some((option) => option.value === value));
    this.render();
  }

  private get multiple(): boolean {
    return this.hasAttribute('multiple');
  }

  private displayText(): string {
    const chosen = this.optionList.filter((option) => this.selected.includes(option.value));
    if (chosen.length === 0) return this.getAttribute('placeholder') ?? '';
    if (chosen.length === 1 && chosen[0]) return chosen[0].label;
    return `${chosen.length} ${this.getAttribute('summary-noun') ?? 'selected'}`;
  }

  private render(): void {
    const label = this.getAttribute('label') ?? '';
    this.labelNode.textContent = label;
    this.button.setAttribute('aria-label', label);
    this.button.disabled = this.hasAttribute('disabled');
    this.button.setAttribute('aria-expanded', String(this.menu !== null));
    this.valueNode.textContent = this.displayText();
  }

  private items(): DropMenuItem[] {
    return this.optionList.map((option) => ({ ...option, selected: this.selected.includes(option.value) }));
  }

  private openMenu(initialFocus: 'selected' | 'last'): void {
    const menu = new MpDropMenu();
    this.menu = menu;
    this.render();
    menu.open({
      anchor: this.button,
      kind: 'listbox',
      items: this.items(),
      label: this.getAttribute('label') ?? '',
      multiple: this.multiple,
      listId: this.listId,
      initialFocus,
      onSelect: (value) => this.toggle(value),
      onClose: () => {
        if (this.menu === menu) this.menu = null;
        this.render();
      },
    });
  }

  private closeMenu(): void {
    this.menu?.close('owner');
    this.menu = null;
  }

  private toggle(value: string): void {
    if (this.multiple) {
      this.selected = this.selected.includes(value)
        ? this.selected.filter((chosen) => chosen !== value)
        : [...this.selected, value];
      this.menu?.setItems(this.items());
    } else {
      this.selected = [value];
    }
    this.render();
    this.dispatchEvent(
      new CustomEvent('change', { bubbles: true, composed: true, detail: { value: this.value } }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-select': MpSelect;
  }
}
