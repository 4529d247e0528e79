import { el } from '../dom/el';
import { generatedClassNames } from '../dom/generatedClassNames';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames(['segmented', 'segment'] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { display: inline-block; }
  .${c.segmented} {
    display: inline-flex; border: 1px solid ${palette.borderStrong}; border-radius: 6px; overflow: hidden;
    background: #fff;
  }
  .${c.segment} {
    all: unset; box-sizing: border-box; height: 34px; padding: 0 14px; display: inline-flex; align-items: center;
    font: 400 15px/1 ${FONT_STACK}; color: ${palette.textMuted}; cursor: pointer; white-space: nowrap;
  }
  .${c.segment} + .${c.segment} { border-left: 1px solid ${palette.borderStrong}; }
  .${c.segment}:hover { color: ${palette.text}; }
  .${c.segment}[aria-pressed='true'] { background: ${palette.surfaceMuted}; color: ${palette.text}; font-weight: 500; }
  .${c.segment}:focus-visible { outline: 2px solid ${palette.purple}; outline-offset: -2px; }
`),
);

export interface SegmentItem {
  id: string;
  label: string;
}

/**
 * `<mp-segmented-control>`: the "Current Users | Invited Users" switch. A role=group of toggle buttons
 * with aria-pressed (a plausible guess: Mixpanel's markup for this switch is not documented).
 * Fires `change` (bubbles, composed) with `detail.id`.
 */
export class MpSegmentedControl extends HTMLElement {
  static readonly observedAttributes = ['selected', 'label'];
  private readonly group: HTMLDivElement;
  private items: SegmentItem[] = [];

  constructor() {
    super();
    const root = attachStyledShadow(this, sheet());
    this.group = el('div', { class: c.segmented, role: 'group' });
    root.append(this.group);
  }

  set segments(items: SegmentItem[]) {
    this.items = [...items];
    this.render();
  }

  get selected(): string {
    return this.getAttribute('selected') ?? this.items[0]?.id ?? '';
  }

  attributeChangedCallback(): void {
    this.render();
  }

  private render(): void {
    const label = this.getAttribute('label');
    if (label) this.group.setAttribute('aria-label', label);
    this.group.replaceChildren(
      ...this.items.map((item) => {
        const pressed = item.id === this.selected;
        const button = el('button', { type: 'button', class: c.segment, 'aria-pressed': String(pressed) }, [
          item.label,
        ]);
        button.addEventListener('click', () => {
          if (item.id === this.selected) return;
          this.setAttribute('selected', item.id);
          this.dispatchEvent(
            new CustomEvent('change', { bubbles: true, composed: true, detail: { id: item.id } }),
          );
        });
        return button;
      }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-segmented-control': MpSegmentedControl;
  }
}
