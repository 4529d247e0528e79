/** Mixpanel's palette as seen in the 2025+ screenshots (purple primary, grey sidebar). */
export const palette = {
  purple: '#4f44e0',
  purpleHeader: '#5046e5',
  purpleHover: '#4338ca',
  purpleDisabled: '#b9b4f5',
  purpleSoft: '#eeedfd',
  purpleRing: 'rgba(79, 68, 224, 0.2)',
  text: '#2b2b2b',
  textSecondary: '#5c5c5c',
  textMuted: '#8a8a8a',
  border: '#e3e3e3',
  borderStrong: '#d6d6d6',
  sidebar: '#f7f7f7',
  settingsColumn: '#f5f5f5',
  hover: '#ededed',
  active: '#e8e8e8',
  surfaceMuted: '#f5f5f5',
  tableHeader: '#f6f6f6',
  danger: '#d1364a',
  toast: '#1f1f24',
} as const;

/** Mixpanel ships its own font; the replica uses the system sans-serif stack. */
export const FONT_STACK =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif';

/** One constructed stylesheet per component class, shared by all its shadow roots. */
export function constructSheet(css: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
}

/** Creates the open shadow root of a replica component, with its styles inside. */
export function attachStyledShadow(
  host: HTMLElement,
  sheet: CSSStyleSheet,
  delegatesFocus = false,
): ShadowRoot {
  const root = host.attachShadow({ mode: 'open', delegatesFocus });
  root.adoptedStyleSheets = [sheet];
  return root;
}

/** Runs `factory` once, on first use: stylesheets need a document, so they cannot be built at import time. */
export function lazy<T>(factory: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= factory());
}
