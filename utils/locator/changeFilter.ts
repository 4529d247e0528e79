import { closestComposed } from './composedParent';
import { isValidSelector } from './findByCss';
import { foldWhitespace } from './foldWhitespace';
import { NAME_FROM_CONTENT_ROLES } from './getAccessibleName';
import { FIXED_ROLES } from './getRole';
import { CHANGED_NAMING, CHANGED_TREE } from './observeComposedTree';
import type { TargetStrategy } from './types';

/** Roles whose text is read besides their name: messages, dialogs, and controls showing their value. */
const READ_ROLES = [
  'status',
  'alert',
  'log',
  'dialog',
  'alertdialog',
  'combobox',
  'listbox',
  'textbox',
  'searchbox',
  'spinbutton',
];
const roleSelector = (roles: Iterable<string>) => [...roles].map((role) => `[role~=${role}]`);
/** Tags whose implicit role (getRole) takes its name from the content. */
const NAMED_TAGS = Object.keys(FIXED_ROLES).filter((tag) =>
  NAME_FROM_CONTENT_ROLES.has(FIXED_ROLES[tag] ?? ''),
);

/**
 * Elements whose text a reading uses: named by their content (buttons, links, headings, cells...), labels,
 * live regions and dialogs (their messages and errors), controls that show their value as text, and
 * style sheets.
 */
export const TEXT_READERS = [
  ...NAMED_TAGS,
  'a[href]',
  'area[href]',
  'th',
  'label',
  'legend',
  'caption',
  'output',
  'select',
  'textarea',
  'dialog',
  '[aria-live]',
  // A style sheet's text: it can show or hide anything.
  'style',
  ...roleSelector(NAME_FROM_CONTENT_ROLES),
  ...roleSelector(READ_ROLES),
].join();

/** Elements a strategy can find (any with a role, a label, a name) or that label others. */
const FINDABLE = [
  ...Object.keys(FIXED_ROLES),
  'a[href]',
  'area[href]',
  'img',
  'input',
  'select',
  'th',
  'section',
  'header',
  'footer',
  'label',
  '[role]',
  '[aria-label]',
  '[aria-labelledby]',
  '[aria-live]',
  '[title]',
  '[placeholder]',
  '[contenteditable]',
  // Style sheets added or removed can show or hide anything.
  'style',
  'link',
].join();

/**
 * For `observeComposedTree`'s `matters`: whether a change at `element` can change what strategies like
 * `strategies` find, or what a reading of the page's text sees. A change matters when it is inside an
 * element whose text is read (`TEXT_READERS`), when what was added, removed, shown or hidden holds
 * something a strategy can find (any role or label, or a CSS strategy's match), when its text holds one
 * of the texts looked for (`needles()`: text strategies' texts and what the caller adds, in any case), or when an
 * attribute that names an element changed. A busy ticker, chart or animation with none of these is not.
 */
export function changeMayMatter(
  strategies: readonly TargetStrategy[],
  needles: () => readonly string[] = () => [],
): (element: Element, changed: number) => boolean {
  const selectors = strategies.flatMap((s) => (s.by === 'css' ? [s.selector] : []));
  const findable = [FINDABLE, ...selectors.filter((s) => isValidSelector(s, document))].join();
  const texts = strategies.flatMap((s) => (s.by === 'text' ? [foldWhitespace(s.text).toLowerCase()] : []));
  // Whether an element's text is read depends on its ancestors: kept until a change could have moved or
  // renamed one (a subtree added, an attribute that names) or a change mattered (the page is read again).
  let readsText = new WeakMap<Element, boolean>();
  const mattered = () => ((readsText = new WeakMap()), true);
  return (element, changed) => {
    if (changed & CHANGED_NAMING) return mattered();
    if (changed & CHANGED_TREE && element.firstElementChild) readsText = new WeakMap();
    let reads = readsText.get(element);
    if (reads === undefined)
      readsText.set(element, (reads = closestComposed(element, (e) => e.matches(TEXT_READERS)) !== null));
    if (reads) return mattered();
    if (changed & CHANGED_TREE && (element.matches(findable) || element.querySelector(findable)))
      return mattered();
    const wanted = [...texts, ...needles().map((text) => text.toLowerCase())].filter(Boolean);
    if (!wanted.length) return false;
    // Added or removed: all of its text. Text changed: its own text nodes (what was added under it is
    // noted on its own), not the whole text of, say, the body.
    let text = '';
    if (changed & CHANGED_TREE) text = element.textContent ?? '';
    else
      for (let n = element.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += (n as Text).data;
    text = foldWhitespace(text).toLowerCase();
    return wanted.some((needle) => text.includes(needle)) && mattered();
  };
}

/** Every target strategy in a definition (a tour, a step), at any depth. */
export function strategiesIn(value: unknown, into: TargetStrategy[] = []): TargetStrategy[] {
  if (Array.isArray(value)) value.forEach((item) => strategiesIn(item, into));
  else if (value && typeof value === 'object') {
    if (typeof (value as { by?: unknown }).by === 'string') into.push(value as TargetStrategy);
    else Object.values(value).forEach((item) => strategiesIn(item, into));
  }
  return into;
}
