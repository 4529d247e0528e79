// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { icon } from '../dom/icons';

describe('replica icons', () => {
  it('are SVG elements built with DOM APIs, hidden from assistive technology', () => {
    const svg = icon('csv', 18);
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect([svg.getAttribute('viewBox'), svg.getAttribute('width'), svg.getAttribute('aria-hidden')]).toEqual(
      ['0 0 24 24', '18', 'true'],
    );
    expect(Array.from(svg.children, (child) => child.localName)).toEqual(['path', 'path', 'text']);
    expect(svg.querySelector('text')?.textContent).toBe('CSV');
    expect(svg.querySelector('path')?.getAttribute('stroke')).toBe('currentColor');
  });
});
