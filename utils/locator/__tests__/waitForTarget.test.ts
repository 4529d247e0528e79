// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Target } from '../../../tours/types';
import { waitForTarget } from '../waitForTarget';
import { $, createTestPlatform, settle, shadow } from './fakePlatform';

const invite: Target = [{ by: 'role', role: 'button', name: 'Invite' }];

let observe: MockInstance<MutationObserver['observe']>;
let disconnect: MockInstance<MutationObserver['disconnect']>;

beforeEach(() => {
  observe = vi.spyOn(MutationObserver.prototype, 'observe');
  disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Every observer that started observing has been disconnected since its last observe call. */
function noObserverLeft(): boolean {
  const lastObserve = new Map<unknown, number>();
  observe.mock.contexts.forEach((observer, index) =>
    lastObserve.set(observer, observe.mock.invocationCallOrder[index]!),
  );
  return [...lastObserve].every(([observer, order]) =>
    disconnect.mock.contexts.some(
      (disconnected, index) =>
        disconnected === observer && disconnect.mock.invocationCallOrder[index]! > order,
    ),
  );
}

describe('waitForTarget', () => {
  it('reports a target that is already there at once, without observing anything', () => {
    document.body.innerHTML = '<button>Invite</button>';
    const onFound = vi.fn();
    const onMissing = vi.fn();

    waitForTarget(invite, { platform: createTestPlatform(), onFound, onMissing });

    expect(onFound).toHaveBeenCalledWith(
      $(document, 'button'),
      expect.objectContaining({ strategyIndex: 0 }),
    );
    expect(onMissing).not.toHaveBeenCalled();
    expect(observe).not.toHaveBeenCalled();
  });

  it('a target rendered 3 frames later is reported once and the observer disconnects', async () => {
    const platform = createTestPlatform();
    const onFound = vi.fn();
    const onMissing = vi.fn();
    waitForTarget(invite, { platform, onFound, onMissing });
    expect(onMissing).toHaveBeenCalledTimes(1);
    expect(onMissing.mock.calls[0]![0]).toMatchObject({ element: null, misses: [{ reason: 'no-match' }] });

    // Frame 1: the page renders something else.
    document.body.innerHTML = '<main><h1>Users &amp; Teams</h1></main>';
    await settle();
    platform.runFrame();
    // Frame 2: the button exists but is still hidden.
    $(document, 'main').insertAdjacentHTML('beforeend', '<button hidden>Invite</button>');
    await settle();
    platform.runFrame();
    expect(onFound).not.toHaveBeenCalled();
    // Frame 3: it shows.
    $(document, 'button').removeAttribute('hidden');
    await settle();
    platform.runFrame();

    expect(onFound).toHaveBeenCalledTimes(1);
    expect(onFound).toHaveBeenCalledWith(
      $(document, 'button'),
      expect.objectContaining({ strategyIndex: 0 }),
    );
    expect(noObserverLeft()).toBe(true);

    document.body.insertAdjacentHTML('beforeend', '<button>Invite</button>');
    await settle();
    expect(platform.pendingCount()).toBe(0);
    platform.runFrame();
    expect(onFound).toHaveBeenCalledTimes(1);
  });

  it('checks at most once per animation frame however many mutations happen', async () => {
    const platform = createTestPlatform();
    const isVisible = vi.fn(platform.isVisible);
    waitForTarget(invite, { platform: { ...platform, isVisible }, onFound: vi.fn() });

    for (let index = 0; index < 20; index += 1) {
      document.body.insertAdjacentHTML('beforeend', `<button hidden>Invite</button>`);
      await settle();
    }
    expect(platform.pendingCount()).toBe(1);
    isVisible.mockClear();
    platform.runFrame();

    // One locate pass: each of the 20 hidden candidates is checked once.
    expect(isVisible).toHaveBeenCalledTimes(20);
  });

  it('spreads checks out on a page where each check is slow, and still finds the target', async () => {
    const platform = createTestPlatform();
    let checks = 0;
    const slowIsVisible = (element: Element) => {
      if (element.id === 'probe') {
        checks += 1;
        platform.advanceClock(40); // this check costs 40 ms: the next may start 120 ms after it ends
      }
      return platform.isVisible!(element);
    };
    document.body.innerHTML = '<button id="probe" hidden>Invite</button><p id="ticker"></p>';
    const onFound = vi.fn();
    waitForTarget(invite, { platform: { ...platform, isVisible: slowIsVisible }, onFound });
    checks = 0;

    for (let frame = 0; frame < 10; frame += 1) {
      $(document, '#ticker').textContent = String(frame); // the page changes every frame
      await settle();
      platform.runFrame();
    }
    expect(checks).toBe(2);

    $(document, '#probe').removeAttribute('hidden');
    for (let frame = 0; frame < 10 && !onFound.mock.calls.length; frame += 1) {
      await settle();
      platform.runFrame();
    }
    expect(onFound).toHaveBeenCalledWith($(document, '#probe'), expect.anything());
  });

  it('finds a target rendered inside a shadow root that appeared after the wait began', async () => {
    const platform = createTestPlatform();
    const onFound = vi.fn();
    waitForTarget(invite, { platform, onFound });

    document.body.innerHTML = '<mp-modal id="modal"></mp-modal>';
    const modalRoot = shadow($(document, '#modal'), '<div role="dialog"></div>');
    await settle();
    platform.runFrame();
    // The component renders its button later, inside its shadow root: only an observer on that root sees it.
    $(modalRoot, '[role="dialog"]').innerHTML = '<button>Invite</button>';
    await settle();
    platform.runFrame();

    expect(onFound).toHaveBeenCalledWith($(modalRoot, 'button'), expect.anything());
  });

  it('an aborted wait reports nothing and leaves no observer', async () => {
    document.body.innerHTML = '<mp-app id="app"></mp-app>';
    const appRoot = shadow($(document, '#app'), '<main></main>');
    const platform = createTestPlatform();
    const controller = new AbortController();
    const onFound = vi.fn();
    waitForTarget(invite, { platform, signal: controller.signal, onFound });
    expect(observe).toHaveBeenCalledTimes(2); // the document and the app's shadow root
    $(appRoot, 'main').innerHTML = '<p>Loading</p>';
    await settle();
    expect(platform.pendingCount()).toBe(1);

    controller.abort();

    expect(platform.pendingCount()).toBe(0);
    expect(noObserverLeft()).toBe(true);
    $(appRoot, 'main').innerHTML = '<button>Invite</button>';
    await settle();
    platform.runFrame();
    expect(onFound).not.toHaveBeenCalled();
    expect(observe).toHaveBeenCalledTimes(2);
  });

  it('stops when the returned cleanup is called, and a second call is harmless', async () => {
    const platform = createTestPlatform();
    const onFound = vi.fn();
    const stop = waitForTarget(invite, { platform, onFound });

    stop();
    stop();
    document.body.innerHTML = '<button>Invite</button>';
    await settle();
    platform.runFrame();

    expect(onFound).not.toHaveBeenCalled();
    expect(noObserverLeft()).toBe(true);
  });

  it('does nothing for a signal that is already aborted', () => {
    document.body.innerHTML = '<button>Invite</button>';
    const onFound = vi.fn();

    waitForTarget(invite, { platform: createTestPlatform(), signal: AbortSignal.abort(), onFound });

    expect(onFound).not.toHaveBeenCalled();
    expect(observe).not.toHaveBeenCalled();
  });

  it('does not wake up for changes inside the guide’s own overlay', async () => {
    document.body.innerHTML = '<guide-overlay id="overlay"><div class="tip"></div></guide-overlay>';
    const platform = createTestPlatform();
    waitForTarget(invite, { platform, onFound: vi.fn(), ignore: (element) => element.id === 'overlay' });

    $(document, '.tip').setAttribute('style', 'left: 12px');
    $(document, '#overlay').setAttribute('style', 'z-index: 10');
    await settle();

    expect(platform.pendingCount()).toBe(0);
  });
});
