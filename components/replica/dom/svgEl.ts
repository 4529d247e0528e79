const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Builds an SVG element with DOM APIs (createElementNS), the SVG twin of `el`: attributes and children,
 * text always as text nodes. No markup is ever parsed.
 */
export function svgEl(
  tag: string,
  attributes: Readonly<Record<string, string | number>> = {},
  children: readonly (SVGElement | string)[] = [],
  doc: Document = document,
): SVGElement {
  const element = doc.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  return element;
}
