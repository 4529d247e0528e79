// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createReactHarness } from '@/utils/__tests__/reactHarness';
import { useProgressStore, type ProgressStore } from '../progressStore';
import { tourProgressOf } from '../tourProgress';

function StepLabel({ store }: { store: ProgressStore }) {
  const ready = useProgressStore(store, (view) => view.ready);
  const step = useProgressStore(store, (view) => tourProgressOf(view.state, 'invite-users').currentStep);
  return <p>{ready ? `Step ${step + 1}` : 'Loading'}</p>;
}

const harness = createReactHarness({ english: false });
let container: HTMLElement;

beforeEach(() => {
  container = harness.container;
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
    const store = harness.render((view) => <StepLabel store={view} />);
    expect(container.textContent).toBe('Loading');

    await act(() => vi.waitFor(() => expect(store.getState().ready).toBe(true)));
    expect(container.textContent).toBe('Step 3');

    await act(() => fakeBrowser.storage.local.set({ progress: progress(3) }));
    expect(container.textContent).toBe('Step 4');
  });
});
