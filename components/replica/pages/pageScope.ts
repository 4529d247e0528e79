/**
 * What a page owns while it is shown: timers and listeners that must die when the router replaces it.
 * One `destroy()` undoes all of them.
 */
export interface PageScope {
  readonly signal: AbortSignal;
  later(callback: () => void, ms: number): void;
  onDestroy(cleanup: () => void): void;
  destroy(): void;
}

export function createPageScope(): PageScope {
  const controller = new AbortController();
  const timers = new Set<number>();
  const cleanups: (() => void)[] = [];
  return {
    signal: controller.signal,
    later(callback, ms) {
      const id = window.setTimeout(() => {
        timers.delete(id);
        callback();
      }, ms);
      timers.add(id);
    },
    onDestroy(cleanup) {
      cleanups.push(cleanup);
    },
    destroy() {
      controller.abort();
      timers.forEach((id) => clearTimeout(id));
      timers.clear();
      cleanups.splice(0).forEach((cleanup) => cleanup());
    },
  };
}

/** A rendered page: its root element, the document title, and its cleanup. */
export interface PageView {
  element: HTMLElement;
  title: string;
  destroy(): void;
}
