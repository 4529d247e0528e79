// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createProgressStore,
  useProgressStore,
  type ProgressStore,
  type ProgressStoreHandle,
} from '../progressStore';
import { tourProgressOf } from '../tourProgress';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

function StepLabel({ store }: { store: ProgressStore }) {
  const ready = useProgressStore(store, (view) => view.ready);
  const step = useProgressStore(store, (view) => tourProgressOf(view.state, 'invite-users').currentStep);
  return <p>{ready ? `Step ${step + 1}` : 'Loading'}</p>;
}

let root: Root | undefined;
let handle: ProgressStoreHandle | undefined;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  handle?.dispose();
  container.remove();
});

describe('useProgressStore', () => {
  it('a popup re-renders when the admin moves on in the Mixpanel tab', async () => {
    const progress = (step: number) => ({
      tours: {
        'invite-users': {
          status: 'in_progress',
          currentStep: step,
          done: {},
          startedAt: 1,
          completedAt: null,
          updatedAt: 1 + step,
        },
      },
    });
    await fakeBrowser.storage.local.set({ progress: progress(2) });
    handle = createProgressStore();
    const { store } = handle;
    root = createRoot(container);
    act(() => root!.render(<StepLabel store={store} />));
    expect(container.textContent).toBe('Loading');

    await act(() => vi.waitFor(() => expect(store.getState().ready).toBe(true)));
    expect(container.textContent).toBe('Step 3');

    await act(() => fakeBrowser.storage.local.set({ progress: progress(3) }));
    expect(container.textContent).toBe('Step 4');
  });
});
