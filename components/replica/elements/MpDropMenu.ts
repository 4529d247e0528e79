import { el, setAttributes } from '../dom/el';
import { generatedClassNames } from '../dom/generatedClassNames';
import { icon } from '../dom/icons';
import { layerRoot } from '../dom/layerRoot';
import { popoverMenus } from '../data/replicaSettings';
import { attachStyledShadow, constructSheet, FONT_STACK, lazy, palette } from './theme';

const c = generatedClassNames(['select-drop-menu', 'list', 'item', 'box', 'mark'] as const);

const sheet = lazy(() =>
  constructSheet(`
  :host { position: fixed; z-index: 1010; display: block; }
  :host([popover-mode]) { position: static; display: contents; }
  .${c.list} {
    box-sizing: border-box; min-width: 100%; max-height: 320px; overflow: auto; padding: 6px;
    background: #fff; border: 1px solid ${palette.border}; border-radius: 8px;
    box-shadow: 0 8px 24px rgba(20, 20, 40, 0.14), 0 1px 3px rgba(20, 20, 40, 0.08);
    font: 400 14px/1.2 ${FONT_STACK}; color: ${palette.text};
  }
  .${c.list}[popover] { position: fixed; inset: auto; margin: 0; }
  .${c.item} {
    display: flex; align-items: center; gap: 10px; min-height: 34px; padding: 0 10px; border-radius: 6px;
    cursor: pointer; color: inherit; text-decoration: none; white-space: nowrap; outline: none;
  }
  .${c.item}:hover, .${c.item}:focus { background: ${palette.surfaceMuted}; }
  .${c.item}:focus-visible { box-shadow: inset 0 0 0 2px ${palette.purple}; }
  .${c.item}[aria-selected='true'] { color: ${palette.purple}; font-weight: 500; }
  .${c.box} {
    box-sizing: border-box; width: 16px; height: 16px; border: 1.5px solid ${palette.borderStrong};
    border-radius: 4px; display: inline-flex; align-items: center; justify-content: center; color: #fff; flex: none;
  }
  [aria-selected='true'] > .${c.box} { background: ${palette.purple}; border-color: ${palette.purple}; }
  .${c.mark} { margin-left: auto; display: inline-flex; color: ${palette.purple}; }
`),
);

export interface DropMenuItem {
  value: string;
  label: string;
  /** Menu items with an href are real links (the router intercepts them). */
  href?: string;
  selected?: boolean;
}

export type DropMenuCloseReason = 'escape' | 'outside' | 'select' | 'tab' | 'anchor-gone' | 'owner';

export interface DropMenuOptions {
  /** The control the list belongs to: positioned under it, focus returns to it. */
  anchor: HTMLElement;
  kind: 'listbox' | 'menu';
  items: readonly DropMenuItem[];
  /** Accessible name of the list. */
  label: string;
  multiple?: boolean;
  placement?: 'bottom-start' | 'top-start';
  /** Id for the owner's aria-controls (it cannot resolve across shadow roots, as on Mixpanel). */
  listId?: string;
  /** Which item receives focus when the list opens. */
  initialFocus?: 'selected' | 'first' | 'last';
  onSelect: (value: string) => void;
  onClose: (reason: DropMenuCloseReason) => void;
}

/**
 * The open list of a drop-down, PORTALLED to document.body in its own open shadow root, like Mixpanel's
 * `mp-drop-menu`: it is not inside the control (nor inside the dialog) that opened it. Only inside a
 * native modal <dialog> (`replica:native-dialog`) it goes into that dialog, where it is not inert.
 * With `replica:popover` = "1" the list is a `popover="manual"` shown with showPopover() (the top layer),
 * still placed at its control by the same code. Keyboard: arrows,
 * Home/End move; Enter/Space choose; Esc and Tab close and return focus to the control; a pointer-down
 * anywhere else closes it.
 */
export class MpDropMenu extends HTMLElement {
  private readonly root: ShadowRoot;
  private readonly list: HTMLDivElement;
  private options: DropMenuOptions | null = null;
  private controller: AbortController | null = null;
  private frame = 0;

  constructor() {
    super();
    this.root = attachStyledShadow(this, sheet());
    this.className = c['select-drop-menu'];
    this.list = el('div', { class: c.list });
    this.list.addEventListener('keydown', (event) => this.onKeydown(event));
    this.root.append(this.list);
  }

  open(options: DropMenuOptions): void {
    this.options = options;
    const doc = options.anchor.ownerDocument;
    const popover = popoverMenus(doc.defaultView ?? window);
    this.toggleAttribute('popover-mode', popover);
    if (popover) this.list.setAttribute('popover', 'manual');
    else this.list.removeAttribute('popover');
    layerRoot(options.anchor).append(this);
    this.renderItems();
    if (popover) this.list.showPopover();
    this.position();
    this.listen(doc);
    const items = this.itemElements();
    const selectedIndex = items.findIndex((item) => item.getAttribute('aria-selected') === 'true');
    const index =
      options.initialFocus === 'last'
        ? items.length - 1
        : options.initialFocus === 'selected' && selectedIndex >= 0
          ? selectedIndex
          : 0;
    items[index]?.focus();
  }

  /** Re-renders the items (e.g. after a toggle in a multi-select), keeping the focused one focused. */
  setItems(items: readonly DropMenuItem[]): void {
    if (!this.options) return;
    const focusedIndex = this.itemElements().findIndex((item) => item === this.root.activeElement);
    this.options = { ...this.options, items };
    this.renderItems();
    if (focusedIndex >= 0) this.itemElements()[focusedIndex]?.focus();
  }

  close(reason: DropMenuCloseReason): void {
    const options = this.options;
    if (!options) return;
    this.options = null;
    this.controller?.abort();
    this.controller = null;
    cancelAnimationFrame(this.frame);
    if (this.list.matches(':popover-open')) this.list.hidePopover();
    this.remove();
    if ((reason === 'escape' || reason === 'select' || reason === 'tab') && options.anchor.isConnected) {
      options.anchor.focus();
    }
    options.onClose(reason);
  }

  get isOpen(): boolean {
    return this.options !== null;
  }

  private itemElements(): HTMLElement[] {
    return Array.from(this.root.querySelectorAll<HTMLElement>(`.${c.item}`));
  }

  private renderItems(): void {
    const options = this.options;
    if (!options) return;
    const isListbox = options.kind === 'listbox';
    const list = this.list;
    setAttributes(list, {
      role: options.kind,
      id: options.listId,
      'aria-label': options.label,
      'aria-multiselectable': isListbox && options.multiple ? 'true' : null,
    });
    list.replaceChildren();
    for (const item of options.items) {
      const attributes = {
        class: c.item,
        role: isListbox ? 'option' : 'menuitem',
        tabindex: '-1',
        'aria-selected': isListbox ? String(Boolean(item.selected)) : null,
      };
      const node = item.href ? el('a', { ...attributes, href: item.href }) : el('div', attributes);
      if (isListbox && options.multiple) node.append(el('span', { class: c.box }, [icon('check', 12)]));
      node.append(el('span', {}, [item.label]));
      if (isListbox && !options.multiple && item.selected)
        node.append(el('span', { class: c.mark }, [icon('check', 16)]));
      node.addEventListener('click', () => this.choose(item.value));
      list.append(node);
    }
  }

  private choose(value: string): void {
    const options = this.options;
    if (!options) return;
    options.onSelect(value);
    if (!(options.kind === 'listbox' && options.multiple)) this.close('select');
  }

  private onKeydown(event: KeyboardEvent): void {
    const items = this.itemElements();
    const current = items.findIndex((item) => item === this.root.activeElement);
    const focusAt = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focusAt(current + 1);
        break;
      case 'ArrowUp':
        focusAt(current - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(items.length - 1);
        break;
      case 'Enter':
      case ' ': {
        // Links navigate through their own click; a synthetic click keeps one code path for both.
        items[current]?.click();
        break;
      }
      case 'Escape':
        this.close('escape');
        break;
      case 'Tab':
        this.close('tab');
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private position(): void {
    const options = this.options;
    if (!options) return;
    if (!options.anchor.isConnected) {
      this.close('anchor-gone');
      return;
    }
    const rect = options.anchor.getBoundingClientRect();
    const view = options.anchor.ownerDocument.defaultView;
    const viewportHeight = view?.innerHeight ?? 0;
    // A popover list is the positioned box itself; otherwise the host is, and the list fills it.
    const box = this.list.hasAttribute('popover') ? this.list : this;
    const listHeight = box.getBoundingClientRect().height;
    const above =
      options.placement === 'top-start' ||
      (rect.bottom + 4 + listHeight > viewportHeight && rect.top > listHeight);
    box.style.left = `${Math.round(rect.left)}px`;
    box.style.minWidth = `${Math.round(rect.width)}px`;
    box.style.top = above ? '' : `${Math.round(rect.bottom + 4)}px`;
    box.style.bottom = above ? `${Math.round(viewportHeight - rect.top + 4)}px` : '';
  }

  private listen(doc: Document): void {
    this.controller?.abort();
    this.controller = new AbortController();
    const { signal } = this.controller;
    const view = doc.defaultView;
    const schedule = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.position());
    };
    view?.addEventListener('resize', schedule, { signal });
    doc.addEventListener('scroll', schedule, { signal, capture: true, passive: true });
    doc.addEventListener(
      'pointerdown',
      (event) => {
        const path = event.composedPath();
        const anchor = this.options?.anchor;
        const anchorHost =
          anchor?.getRootNode() instanceof ShadowRoot ? (anchor.getRootNode() as ShadowRoot).host : null;
        if (
          path.includes(this) ||
          (anchor && path.includes(anchor)) ||
          (anchorHost && path.includes(anchorHost))
        )
          return;
        this.close('outside');
      },
      { signal, capture: true },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mp-drop-menu': MpDropMenu;
  }
}
