/** Focus moves within this long of a key or pointer press are the user's doing. */
const USER_MOVE_MS = 100;

/**
 * Moves focus to `element` and keeps it there for a moment against the page's own focus restoration
 * (a closing dialog that refocuses its opener a few hundred ms later), but never against the user: a
 * focus move right after a key or pointer press is theirs, and ends the hold. Returns the one cleanup.
 */
export function holdFocus(element: HTMLElement, holdMs = 1500, win: Window = window): () => void {
  const controller = new AbortController();
  const { signal } = controller;
  const release = () => controller.abort();
  let lastUserInput = -Infinity;
  const noteInput = () => {
    lastUserInput = win.performance.now();
  };
  element.focus({ preventScroll: true });
  win.addEventListener('keydown', noteInput, { capture: true, signal });
  win.addEventListener('pointerdown', noteInput, { capture: true, signal });
  element.addEventListener(
    'focusout',
    (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && element.contains(next)) return;
      if (win.performance.now() - lastUserInput < USER_MOVE_MS) return release();
      // The page moved focus by itself: give it back to where it was in the element, on the next frame.
      const was =
        event.target instanceof HTMLElement && element.contains(event.target) ? event.target : element;
      const frame = win.requestAnimationFrame(() =>
        (was.isConnected ? was : element).focus({ preventScroll: true }),
      );
      signal.addEventListener('abort', () => win.cancelAnimationFrame(frame));
    },
    { signal },
  );
  const timer = win.setTimeout(release, holdMs);
  signal.addEventListener('abort', () => win.clearTimeout(timer));
  return release;
}
