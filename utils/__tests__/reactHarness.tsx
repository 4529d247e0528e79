import { parseNotices } from '@/utils/progress/parseProgress';
import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOURS } from '@/tours';
import {
  createProgressStore,
  type ProgressStore,
  type ProgressStoreHandle,
} from '@/utils/progress/progressStore';
import { stepIdsByTour } from '@/utils/progress/tourProgress';
import { useEnglishMessages as loadEnglishMessages } from './fakeI18n';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

export interface ReactHarness {
  /** The element this test renders into (a fresh one for every test). */
  readonly container: HTMLElement;
  /** Renders a view over a progress store that reads the fake browser's storage, as the pages do. */
  render(view: (store: ProgressStore) => ReactElement): ProgressStore;
}

/**
 * Component tests over the extension's real store: before each test a reset fake browser (with the
 * English messages unless `english` is false) and a container; after it, everything unmounted and the
 * store disposed.
 */
export function createReactHarness({ english = true }: { english?: boolean } = {}): ReactHarness {
  let container: HTMLElement | undefined;
  let root: Root | undefined;
  let handle: ProgressStoreHandle | undefined;

  beforeEach(() => {
    fakeBrowser.reset();
    if (english) loadEnglishMessages();
    globalThis.IS_REACT_ACT_ENVIRONMENT = true;
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    act(() => root?.unmount());
    handle?.dispose();
    container?.remove();
    root = undefined;
    handle = undefined;
  });

  return {
    get container() {
      if (!container) throw new Error('reactHarness: no container outside a test');
      return container;
    },
    render(view) {
      handle = createProgressStore({ tours: stepIdsByTour(TOURS), readNotices: parseNotices });
      root = createRoot(this.container);
      const { store } = handle;
      act(() => root!.render(view(store)));
      return store;
    },
  };
}
