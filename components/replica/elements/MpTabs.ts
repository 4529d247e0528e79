import { el } from '../dom/el';
import { generatedClassNames } from '../dom/generatedClassNames';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames(['tab-list', 'tab'] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { display: block; }
  .${c['tab-list']} { display: flex; gap: 32px; border-bottom: 1px solid ${palette.border}; padding: 0 14px; }
  .${c.tab} {
    all: unset; position: relative; box-sizing: border-box; height: 48px; display: inline-flex; align-items: center;
    font: 400 16px/1 ${FONT_STACK}; color: ${palette.textSecondary}; cursor: pointer; white-space: nowrap;
  }
  .${c.tab}:hover { color: ${palette.text}; }
  .${c.tab}:focus-visible { outline: 2px solid ${palette.purple}; outline-offset: 2px; border-radius: 4px; }
  .${c.tab}[aria-selected='true'] { color: ${palette.purple}; }
  .${c.tab}[aria-selected='true']::after {
    content: ''; position: absolute; left: 0; right: 0; bottom: -1px; height: 3px; border-radius: 2px 2px 0 0;
    background: ${palette.purple};
  }
  :host([variant='dialog']) .${c['tab-list']} { gap: 40px; padding: 0 20px; background: ${palette.surfaceMuted}; }
  :host([variant='dialog']) .${c.tab} { height: 40px; font-size: 15px; color: ${palette.textMuted}; }
  :host([variant='dialog']) .${c.tab}[aria-selected='true'] { color: ${palette.purple}; }
  :host([variant='dialog']) .${c.tab}[aria-selected='true']::after {
    left: calc(50% - 20px); right: auto; width: 40px; height: 4px; border-radius: 2px; bottom: 0;
  }
`),
);

export interface TabItem {
  id: string;
  label: string;
}

/**
 * `<mp-tabs>`: role=tablist with role=tab buttons (purple underline on the selected one). Arrow keys move
 * and select (automatic activation). Fires `change` (bubbles, composed) with `detail.id`.
 * `variant="dialog"` is the grey strip with a short underline seen in the invite dialog.
 */
export class MpTabs extends HTMLElement {
  static readonly observedAttributes = ['selected', 'label', 'variant'];
  private readonly list: HTMLDivElement;
  private items: TabItem[] = [];

  constructor() {
    super();
    const root = attachStyledShadow(this, sheet());
    this.list = el('div', { class: c['tab-list'], role: 'tablist' });
    this.list.addEventListener('keydown', (event) => this.onKeydown(event));
    root.append(this.list);
  }

  set tabs(items: TabItem[]) {
    this.items = [...items];
    this.list.replaceChildren(
      ...this.items.map((item) => {
        const tab = el('button', { type: 'button', class: c.tab, role: 'tab' }, [item.label]);
        tab.addEventListener('click', () => this.choose(item.id));
        return tab;
      }),
    );
    this.render();
  }

  get selected(): string {
    return this.getAttribute('selected') ?? this.items[0]?.id ?? '';
  }

  set selected(id: string) {
    this.setAttribute('selected', id);
  }

  attributeChangedCallback(): void {
    this.render();
  }

  /** Updates the existing tabs in place, so the focused tab keeps focus. */
  private render(): void {
    const label = this.getAttribute('label');
    if (label) this.list.setAttribute('aria-label', label);
    const selected = this.selected;
    this.tabElements().forEach((tab, index) => {
      const isSelected = this.items[index]?.id === selected;
      tab.setAttribute('aria-selected', String(isSelected));
      tab.tabIndex = isSelected ? 0 : -1;
    });
  }

  private tabElements(): HTMLButtonElement[] {
    return Array.from(this.list.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  }

  private choose(id: string): void {
    if (id === this.selected) return;
    this.selected = id;
    this.dispatchEvent(new CustomEvent('change', { bubbles: true, composed: true, detail: { id } }));
  }

  private onKeydown(event: KeyboardEvent): void {
    const index = this.items.findIndex((item) => item.id === this.selected);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || index < 0) return;
    event.preventDefault();
    const next = this.items[(index + step + this.items.length) % this.items.length];
    if (!next) return;
    this.choose(next.id);
    this.tabElements()[this.items.indexOf(next)]?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-tabs': MpTabs;
  }
}
