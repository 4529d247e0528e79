// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '../../../tours/types';
import { locateTarget } from '../locateTarget';
import { openShadowRootsIn, walkComposedTree } from '../walkComposedTree';
import { isVisibleWithoutLayout } from './fakePlatform';

// Not a pass/fail performance gate (machines differ, happy-dom is far slower than a browser): it prints
// what one per-frame check costs on a page the size of Mixpanel's settings, so regressions are visible.

const COMPONENTS = 50;
const ELEMENTS_PER_COMPONENT = 80;
const LIGHT_ROWS = 200;

/** 5,000 elements: 50 components with open shadow roots (some nested), a table in the light DOM. */
function buildPage(): number {
  const rows = Array.from(
    { length: LIGHT_ROWS },
    (_, index) =>
      `<tr><td><span>User ${index}</span></td><td>user${index}@example.com</td><td>Member</td></tr>`,
  ).join('');
  document.body.innerHTML = `<div id="components"></div><table><tbody>${rows}</tbody></table>`;
  const container = document.getElementById('components') as HTMLElement;
  let parentRoot: ShadowRoot | null = null;
  for (let index = 0; index < COMPONENTS; index += 1) {
    const host = document.createElement('mp-widget');
    host.innerHTML = `<span>Widget ${index}</span>`;
    const root = host.attachShadow({ mode: 'open' });
    const items = Array.from(
      { length: (ELEMENTS_PER_COMPONENT - 6) / 2 },
      (_, item) => `<li><a href="#${item}">Item ${item}</a></li>`,
    ).join('');
    root.innerHTML = `<div class="w__X${index}"><header><slot></slot></header><ul>${items}</ul><button>Act ${index}</button></div>`;
    // Every fifth component sits inside the previous one's shadow root: nesting several deep.
    (index % 5 !== 0 && parentRoot ? parentRoot : container).append(host);
    parentRoot = root;
  }
  return [...walkComposedTree(document)].length;
}

function median(run: () => unknown, times = 15): number {
  const samples: number[] = [];
  for (let index = 0; index < times; index += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const options = { platform: { isVisible: isVisibleWithoutLayout } };

describe('locator cost on a 5,000-element page with 50 shadow roots', () => {
  let elementCount = 0;
  beforeAll(() => {
    elementCount = buildPage();
  });
  afterAll(() => {
    document.body.innerHTML = '';
  });

  // Figures only, no assertion on time; a loaded machine may need longer than the default 5 s.
  it('prints the time of a full walk and of each strategy', { timeout: 60_000 }, () => {
    expect(elementCount).toBeGreaterThanOrEqual(5000);
    expect(openShadowRootsIn(document)).toHaveLength(COMPONENTS);
    const missing: Target = [{ by: 'role', role: 'button', name: 'Invite Users' }];
    const figures = {
      'walk (every element)': median(() => [...walkComposedTree(document)].length),
      'shadow-root scan': median(() => openShadowRootsIn(document)),
      'role, not found': median(() => locateTarget(missing, options)),
      'role, found last': median(() =>
        locateTarget([{ by: 'role', role: 'button', name: 'Act 49' }], options),
      ),
      'text, not found': median(() => locateTarget([{ by: 'text', text: 'Invite Users' }], options)),
      'text, found': median(() => locateTarget([{ by: 'text', text: 'Item 7', within: '.w__X42' }], options)),
      'label, not found': median(() => locateTarget([{ by: 'label', label: 'Email address' }], options)),
      'css, not found': median(() => locateTarget([{ by: 'css', selector: '[data-nothing]' }], options)),
    };
    expect(locateTarget([{ by: 'role', role: 'button', name: 'Act 49' }], options).element).not.toBeNull();
    expect(
      locateTarget([{ by: 'text', text: 'Item 7', within: '.w__X42' }], options).element?.localName,
    ).toBe('a');
    console.log(
      `locator benchmark, ${elementCount} elements, ${COMPONENTS} open shadow roots (median ms, happy-dom):\n` +
        Object.entries(figures)
          .map(([name, ms]) => `  ${name.padEnd(22)} ${ms.toFixed(2)}`)
          .join('\n'),
    );
  });
});
