import { options, render, type ComponentChild } from 'preact';
import { useEffect, useLayoutEffect, useReducer, useRef } from 'preact/hooks';

/**
 * What `react`, `react-dom` and `react-dom/client` resolve to in the overlay's content-script build
 * (scripts/contentScriptBuild.ts): Preact itself, plus the three pieces of React's API the overlay
 * uses that Preact's core lacks. preact/compat would bring the whole of React's API (class
 * components, Suspense, portals, the prop renaming of React DOM) for none of which the overlay has a use.
 *
 * The overlay's components are written so that React and Preact render them alike: styles in pixels
 * are strings, SVG presentation is in the stylesheet, and no input relies on React's `onChange`.
 */
export { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

/** React 18's root API over Preact's `render`. */
export function createRoot(container: Element) {
  return {
    render: (children: ComponentChild) => render(children, container),
    unmount: () => render(null, container),
  };
}

/**
 * Runs `callback` and renders the updates it scheduled before returning (as React DOM's flushSync):
 * the render Preact would have debounced is captured and run at once. As preact/compat does it.
 */
export function flushSync<R>(callback: () => R): R {
  const previous = options.debounceRendering;
  let flush: (() => void) | undefined;
  options.debounceRendering = (run) => {
    flush = run;
  };
  try {
    const result = callback();
    flush?.();
    return result;
  } finally {
    options.debounceRendering = previous;
  }
}

interface Snapshot<T> {
  value: T;
  getSnapshot: () => T;
}

function changed<T>(snapshot: Snapshot<T>): boolean {
  try {
    return !Object.is(snapshot.value, snapshot.getSnapshot());
  } catch {
    return true;
  }
}

/**
 * React's useSyncExternalStore for a client-only render: re-renders when the store's snapshot is no
 * longer the one rendered, checked after each commit and on each notification (as preact/compat does).
 */
export function useSyncExternalStore<T>(
  subscribe: (onChange: () => void) => () => void,
  getSnapshot: () => T,
): T {
  const value = getSnapshot();
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const renderedRef = useRef<Snapshot<T>>({ value, getSnapshot });
  useLayoutEffect(() => {
    renderedRef.current = { value, getSnapshot };
    if (changed(renderedRef.current)) rerender(undefined);
  }, [value, getSnapshot]);
  useEffect(() => {
    const check = () => {
      if (changed(renderedRef.current)) rerender(undefined);
    };
    check();
    return subscribe(check);
  }, [subscribe]);
  return value;
}
