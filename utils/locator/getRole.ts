/**
 * The element's ARIA role: the first token of its `role` attribute, else the implicit role of common HTML
 * elements (HTML-AAM, simplified). `null` when it has none (div, span, a custom element host, ...).
 */
export function getRole(element: Element): string | null {
  const explicit = element.getAttribute('role')?.trim().split(/\s+/)[0];
  if (explicit) return explicit.toLowerCase();
  return implicitRole(element);
}

// Synonyms ARIA defines, so a target may use either spelling.
const SYNONYMS: Readonly<Record<string, string>> = { none: 'presentation', image: 'img' };

/** Whether two role names mean the same role (case-insensitive, synonyms folded). */
export function rolesMatch(actual: string | null, wanted: string): boolean {
  return actual !== null && canonicalRole(actual) === canonicalRole(wanted);
}

/** A role name lower-cased with ARIA synonyms folded to one spelling. */
export function canonicalRole(role: string): string {
  const lower = role.trim().toLowerCase();
  return SYNONYMS[lower] ?? lower;
}

export const FIXED_ROLES: Readonly<Record<string, string>> = {
  article: 'article',
  aside: 'complementary',
  button: 'button',
  caption: 'caption',
  datalist: 'listbox',
  dd: 'definition',
  details: 'group',
  dialog: 'dialog',
  dt: 'term',
  fieldset: 'group',
  figure: 'figure',
  form: 'form',
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  hr: 'separator',
  li: 'listitem',
  main: 'main',
  menu: 'list',
  meter: 'meter',
  nav: 'navigation',
  ol: 'list',
  optgroup: 'group',
  option: 'option',
  output: 'status',
  p: 'paragraph',
  progress: 'progressbar',
  search: 'search',
  summary: 'button',
  table: 'table',
  tbody: 'rowgroup',
  td: 'cell',
  textarea: 'textbox',
  tfoot: 'rowgroup',
  thead: 'rowgroup',
  tr: 'row',
  ul: 'list',
};

// Input types with no ARIA role of their own (password is deliberately not exposed as a textbox).
const INPUT_TYPES_WITHOUT_ROLE = new Set([
  'hidden',
  'password',
  'color',
  'date',
  'datetime-local',
  'file',
  'month',
  'time',
  'week',
]);

function implicitRole(element: Element): string | null {
  const tag = element.localName;
  switch (tag) {
    case 'a':
    case 'area':
      return element.hasAttribute('href') ? 'link' : null;
    case 'img':
      return element.getAttribute('alt') === '' ? 'presentation' : 'img';
    case 'input':
      return inputRole(element);
    case 'select':
      return element.hasAttribute('multiple') || Number(element.getAttribute('size')) > 1
        ? 'listbox'
        : 'combobox';
    case 'th':
      return element.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader';
    case 'section':
      // A section is a landmark only when it is named.
      return element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby') ? 'region' : null;
    case 'header':
    case 'footer': {
      // Page-wide banner / contentinfo only when not scoped to a sectioning element.
      if (element.parentElement?.closest('article, aside, main, nav, section')) return null;
      return tag === 'header' ? 'banner' : 'contentinfo';
    }
    default:
      return FIXED_ROLES[tag] ?? null;
  }
}

function inputRole(input: Element): string | null {
  const type = (input.getAttribute('type') ?? 'text').trim().toLowerCase();
  const hasList = input.hasAttribute('list');
  switch (type) {
    case 'button':
    case 'image':
    case 'reset':
    case 'submit':
      return 'button';
    case 'checkbox':
      return 'checkbox';
    case 'radio':
      return 'radio';
    case 'range':
      return 'slider';
    case 'number':
      return 'spinbutton';
    case 'search':
      return hasList ? 'combobox' : 'searchbox';
    default:
      // text, email, tel, url and unknown types (which behave as text).
      if (INPUT_TYPES_WITHOUT_ROLE.has(type)) return null;
      return hasList ? 'combobox' : 'textbox';
  }
}
