import { isElement, isText } from './domNodes';
import { flatChildNodes } from './flatChildNodes';
import { foldWhitespace } from './foldWhitespace';
import { getRole } from './getRole';
import { BLOCK_TAGS, NOT_RENDERED_TAGS } from './textTags';

/** Roles whose name comes from their content when nothing names them explicitly (ARIA "name from content"). */
export const NAME_FROM_CONTENT_ROLES: ReadonlySet<string> = new Set([
  'button',
  'cell',
  'checkbox',
  'columnheader',
  'gridcell',
  'heading',
  'link',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'row',
  'rowheader',
  'switch',
  'tab',
  'tooltip',
  'treeitem',
]);

const LABELABLE_TAGS: ReadonlySet<string> = new Set([
  'button',
  'input',
  'meter',
  'output',
  'progress',
  'select',
  'textarea',
]);

// Controls whose value is what the user typed or chose: a name never includes it (e-mail addresses typed
// into Mixpanel must not end up in a diagnostic).
const VALUE_CONTROL_TAGS: ReadonlySet<string> = new Set(['input', 'select', 'textarea']);

/**
 * A practical subset of the accessible name computation (accname 1.2), in this order: aria-labelledby
 * (ids resolved in the element's own document or shadow root), aria-label, native <label> (label[for] in
 * the same root, or a wrapping label), alt and button values, content for roles that take their name from
 * it (text in the element's open shadow root and slotted nodes included), title, placeholder.
 * Whitespace is folded and trimmed. Hidden descendants are recognised by attribute only (`hidden`,
 * `aria-hidden="true"`): computing styles for every descendant would be too slow to run per frame.
 */
export function getAccessibleName(element: Element): string {
  const labels = getLabelTexts(element);
  if (labels[0] !== undefined) return labels[0];
  const hostLanguage = foldWhitespace(hostLanguageName(element));
  if (hostLanguage) return hostLanguage;
  if (NAME_FROM_CONTENT_ROLES.has(getRole(element) ?? '')) {
    const content = foldWhitespace(contentText(element, null, true));
    if (content) return content;
  }
  const title = foldWhitespace(element.getAttribute('title') ?? '');
  if (title) return title;
  return foldWhitespace(
    element.getAttribute('placeholder') ?? element.getAttribute('aria-placeholder') ?? '',
  );
}

/**
 * The texts that label a control, strongest first: aria-labelledby, aria-label, then each native
 * <label>. Folded, empty ones left out. The label strategy accepts any of them.
 */
export function getLabelTexts(element: Element): string[] {
  const texts = [labelledByText(element), element.getAttribute('aria-label') ?? ''];
  for (const label of nativeLabels(element)) texts.push(contentText(label, element, true));
  return texts.map(foldWhitespace).filter((text) => text !== '');
}

function labelledByText(element: Element): string {
  const ids = element.getAttribute('aria-labelledby')?.trim();
  if (!ids) return '';
  const root = element.getRootNode();
  if (!('getElementById' in root)) return '';
  const scope = root as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => scope.getElementById(id))
    .map((referenced) => {
      if (!referenced) return '';
      const ariaLabel = referenced.getAttribute('aria-label')?.trim();
      return ariaLabel || contentText(referenced, null, true);
    })
    .join(' ');
}

function nativeLabels(element: Element): Element[] {
  if (!LABELABLE_TAGS.has(element.localName)) return [];
  if (element.localName === 'input' && element.getAttribute('type')?.toLowerCase() === 'hidden') return [];
  const labels: Element[] = [];
  const wrapping = element.closest('label');
  const id = element.id;
  if (wrapping && (!wrapping.hasAttribute('for') || wrapping.getAttribute('for') === id)) {
    labels.push(wrapping);
  }
  if (id) {
    // The root of an element is always a ParentNode: its document, its shadow root, or (detached) its top ancestor.
    const root = element.getRootNode() as ParentNode;
    for (const label of root.querySelectorAll('label[for]')) {
      if (label.getAttribute('for') === id && label !== wrapping) labels.push(label);
    }
  }
  return labels;
}

function hostLanguageName(element: Element): string {
  const tag = element.localName;
  if (tag === 'img' || tag === 'area') return element.getAttribute('alt') ?? '';
  if (tag !== 'input') return '';
  const type = element.getAttribute('type')?.toLowerCase();
  if (type === 'image') return element.getAttribute('alt') ?? element.getAttribute('value') ?? 'Submit';
  if (type === 'submit') return element.getAttribute('value') ?? 'Submit';
  if (type === 'reset') return element.getAttribute('value') ?? 'Reset';
  if (type === 'button') return element.getAttribute('value') ?? '';
  return '';
}

/**
 * Text of a node's content for naming: descendants named by aria-label, alt, an SVG <title> or a title
 * count as that name; hidden descendants and form-control values count as nothing. `exclude` is the
 * control a wrapping label is naming (its own value is not part of its name).
 */
function contentText(node: Node, exclude: Element | null, isTop: boolean): string {
  if (isText(node)) return node.data;
  if (!isElement(node)) return '';
  if (!isTop) {
    if (node === exclude || NOT_RENDERED_TAGS.has(node.localName)) return '';
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return '';
    const ariaLabel = node.getAttribute('aria-label')?.trim();
    if (ariaLabel) return ` ${ariaLabel} `;
    if (node.localName === 'img') return ` ${node.getAttribute('alt') ?? ''} `;
    if (node.localName === 'svg') return ` ${node.querySelector(':scope > title')?.textContent ?? ''} `;
    if (VALUE_CONTROL_TAGS.has(node.localName)) return '';
  }
  const children = flatChildNodes(node);
  let text = '';
  for (let index = 0; index < children.length; index += 1) {
    text += contentText(children[index] as Node, exclude, false);
  }
  if (!isTop && text.trim() === '') text = node.getAttribute('title') ?? '';
  return BLOCK_TAGS.has(node.localName) ? ` ${text} ` : text;
}
