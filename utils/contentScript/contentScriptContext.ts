import { browser } from 'wxt/browser';

/**
 * What `wxt/utils/content-script-context` resolves to in the content-script builds
 * (scripts/contentScriptBuild.ts): the part of WXT's `ContentScriptContext` that our content scripts use
 * (`isInvalid`, `onInvalidated`, `signal`). WXT's class also carries timer, animation-frame and listener
 * wrappers and a location watcher, none of which they call, and a class cannot be tree-shaken.
 *
 * A context ends when the extension is gone (updated, reloaded or removed: `runtime.id` is unset) or when a
 * newer copy of the same content script starts on the page. That copy announces itself exactly as WXT's
 * class does (same event name and detail, on the document and by `postMessage`), so a copy running
 * WXT's class and one running this stop each other alike.
 */
export class ContentScriptContext {
  private readonly abortController = new AbortController();
  private readonly id = Math.random().toString(36).slice(2);

  constructor(
    readonly contentScriptName: string,
    readonly options?: { noScriptStartedPostMessage?: boolean },
  ) {
    // WXT's getUniqueEventName('wxt:content-script-started').
    const type = `${browser?.runtime?.id}:${contentScriptName}:wxt:content-script-started`;
    const detail = { contentScriptName, messageId: this.id };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    if (!options?.noScriptStartedPostMessage) window.postMessage({ type, ...detail }, '*');
    const onStarted = (event: Event) => {
      const started = event instanceof CustomEvent ? (event.detail as Partial<typeof detail> | null) : null;
      if (started?.contentScriptName === contentScriptName && started.messageId !== this.id)
        this.notifyInvalidated();
    };
    document.addEventListener(type, onStarted);
    this.onInvalidated(() => document.removeEventListener(type, onStarted));
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Calls `callback` when the context ends. Returns the function that removes it. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  notifyInvalidated(): void {
    this.abortController.abort('Content script context invalidated');
  }
}
