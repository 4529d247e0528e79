/**
 * Inline SVG icons (outline style, 24-unit grid, `currentColor`) standing in for Mixpanel's icon font,
 * built with DOM APIs from the constant shapes below (no markup is parsed, nothing from the page goes in).
 */
import { svgEl } from './svgEl';

/** One element of an icon: tag, attributes and, for `<text>`, its text. */
type Shape = readonly [tag: string, attributes: Readonly<Record<string, string>>, text?: string];

const STROKE = {
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '1.8',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

const stroked = (tag: string, attributes: Record<string, string>): Shape => [
  tag,
  { ...STROKE, ...attributes },
];
const filled = (tag: string, attributes: Record<string, string>): Shape => [
  tag,
  { fill: 'currentColor', ...attributes },
];
const dot = (cx: number, cy: number): Shape => filled('circle', { cx: String(cx), cy: String(cy), r: '1.7' });

const SHAPES = {
  chevronDown: [stroked('path', { d: 'M7 10l5 5 5-5' })],
  chevronUp: [stroked('path', { d: 'M7 14l5-5 5 5' })],
  plus: [stroked('path', { d: 'M12 5v14M5 12h14' })],
  search: [stroked('circle', { cx: '11', cy: '11', r: '6.5' }), stroked('path', { d: 'M16 16l4.5 4.5' })],
  home: [stroked('path', { d: 'M4 20V10.5L12 4l8 6.5V20h-5.5v-5a2.5 2.5 0 0 0-5 0v5z' })],
  database: [
    stroked('ellipse', { cx: '12', cy: '6', rx: '7', ry: '2.8' }),
    stroked('path', {
      d: 'M5 6v12c0 1.5 3.1 2.8 7 2.8s7-1.3 7-2.8V6M5 10c0 1.5 3.1 2.8 7 2.8s7-1.3 7-2.8M5 14c0 1.5 3.1 2.8 7 2.8s7-1.3 7-2.8',
    }),
  ],
  replay: [
    stroked('rect', { x: '6.5', y: '3.5', width: '14', height: '14', rx: '2' }),
    stroked('path', { d: 'M3.5 7v12a1.5 1.5 0 0 0 1.5 1.5h12' }),
    filled('path', { d: 'M11.5 7.8v5.4l4.4-2.7z' }),
  ],
  flask: [
    stroked('path', {
      d: 'M9 3.5h6M10 3.5v5.2L4.8 18.6A1.3 1.3 0 0 0 6 20.5h12a1.3 1.3 0 0 0 1.2-1.9L14 8.7V3.5M7 15h10',
    }),
  ],
  toggle: [
    stroked('rect', { x: '2.5', y: '7', width: '19', height: '10', rx: '5' }),
    stroked('circle', { cx: '7.5', cy: '12', r: '2.6' }),
  ],
  apps: [
    dot(5, 5),
    dot(12, 5),
    dot(19, 5),
    dot(5, 12),
    dot(12, 12),
    dot(19, 12),
    dot(5, 19),
    dot(12, 19),
    dot(19, 19),
  ],
  help: [
    stroked('circle', { cx: '12', cy: '12', r: '9' }),
    stroked('path', { d: 'M9.5 9.3a2.6 2.6 0 0 1 5 .9c0 1.8-2.5 2.3-2.5 3.8' }),
    filled('circle', { cx: '12', cy: '17.2', r: '1.1' }),
  ],
  gear: [
    stroked('path', {
      d: 'M10.3 3.5h3.4l.5 2.4 1.6.9 2.3-.8 1.7 2.9-1.8 1.6v1.9l1.8 1.6-1.7 2.9-2.3-.8-1.6.9-.5 2.4h-3.4l-.5-2.4-1.6-.9-2.3.8-1.7-2.9 1.8-1.6v-1.9L3.9 8.9l1.7-2.9 2.3.8 1.6-.9z',
    }),
    stroked('circle', { cx: '12', cy: '12', r: '2.8' }),
  ],
  collapse: [stroked('path', { d: 'M5 5v14M19 12H9M13 8l-4 4 4 4' })],
  expand: [stroked('path', { d: 'M19 5v14M5 12h10M11 8l4 4-4 4' })],
  csv: [
    stroked('path', { d: 'M6 3.5h8.5L19 8v12.5H6z' }),
    stroked('path', { d: 'M14.5 3.5V8H19' }),
    [
      'text',
      {
        x: '12.5',
        y: '17',
        'font-size': '5.6',
        'font-weight': '700',
        'text-anchor': 'middle',
        fill: 'currentColor',
        'font-family': 'Arial, sans-serif',
      },
      'CSV',
    ],
  ],
  trash: [stroked('path', { d: 'M4.5 6.5h15M9.5 6.5V4.5h5v2M6.5 6.5l1 13h9l1-13M10.5 10.5v6M13.5 10.5v6' })],
  close: [stroked('path', { d: 'M6 6l12 12M18 6L6 18' })],
  sort: [stroked('path', { d: 'M8.5 9.5L12 6l3.5 3.5M8.5 14.5L12 18l3.5-3.5' })],
  sortUp: [stroked('path', { d: 'M8.5 13L12 9.5l3.5 3.5' })],
  sortDown: [stroked('path', { d: 'M8.5 11L12 14.5l3.5-3.5' })],
  check: [stroked('path', { d: 'M5 12.5l4.5 4.5L19 7.5' })],
  checkCircle: [
    filled('circle', { cx: '12', cy: '12', r: '10' }),
    [
      'path',
      {
        fill: 'none',
        stroke: '#fff',
        'stroke-width': '2',
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
        d: 'M7.5 12.3l3 3 6-6',
      },
    ],
  ],
  link: [
    stroked('path', {
      d: 'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1.1 1.1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1.1-1.1',
    }),
  ],
  more: [dot(5, 12), dot(12, 12), dot(19, 12)],
  upload: [stroked('path', { d: 'M12 15V4.5M7.5 9L12 4.5 16.5 9M4.5 15v4.5h15V15' })],
  pencil: [
    stroked('path', { d: 'M4.5 19.5h4l10-10a2.8 2.8 0 0 0-4-4l-10 10z' }),
    stroked('path', { d: 'M13 7l4 4' }),
  ],
  bell: [stroked('path', { d: 'M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15zM10 20.5h4' })],
  /** Stand-in for Mixpanel's mark: two strokes crossing, drawn, not Mixpanel's logo file. */
  logo: [filled('path', { d: 'M3 3h4.2l4.8 6.6L16.8 3H21l-6.9 9L21 21h-4.2L12 14.4 7.2 21H3l6.9-9z' })],
} as const satisfies Record<string, readonly Shape[]>;

export type IconName = keyof typeof SHAPES;

/** An `<svg>` element for `name`, hidden from assistive technology (its button carries the name). */
export function icon(name: IconName, size = 20, doc: Document = document): SVGSVGElement {
  const shapes = (SHAPES[name] as readonly Shape[]).map(([tag, attributes, text]) =>
    svgEl(tag, attributes, text ? [text] : [], doc),
  );
  const attributes = {
    viewBox: '0 0 24 24',
    width: size,
    height: size,
    'aria-hidden': 'true',
    focusable: 'false',
  };
  return svgEl('svg', attributes, shapes, doc) as SVGSVGElement;
}
