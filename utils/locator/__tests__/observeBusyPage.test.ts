// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeComposedTree } from '../observeComposedTree';
import { resolvePlatform } from '../platform';
import { $, createTestPlatform, settle } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('observeComposedTree on a page that never stops changing', () => {
  it('checks that find nothing new come 1, 2, 4… frames apart, at most 100 ms; one that finds something brings back every frame', async () => {
    document.body.innerHTML = '<p id="ticker"></p>';
    const frames = createTestPlatform();
    let findsSomething = false;
    const checkFrames: number[] = [];
    let frame = 0;
    const onChange = vi.fn(() => {
      checkFrames.push(frame);
      return findsSomething;
    });
    const stop = observeComposedTree({ root: document, platform: resolvePlatform(frames), onChange });
    const tick = async (count: number) => {
      for (let i = 0; i < count; i += 1) {
        frame += 1;
        $(document, '#ticker').textContent = String(frame);
        await settle();
        frames.runFrame();
      }
    };

    await tick(40);
    // Frames are 16 ms apart: checks 1, 2, 4 frames apart, then about every 100 ms (6 frames).
    expect(checkFrames.slice(0, 4)).toEqual([1, 2, 4, 8]);
    const gaps = checkFrames.slice(4).map((at, i) => at - checkFrames[3 + i]!);
    expect(gaps.every((gap) => gap === 6)).toBe(true);
    expect(checkFrames.length).toBeLessThanOrEqual(10);

    findsSomething = true;
    checkFrames.length = 0;
    await tick(20);
    // At most one long wait is left to run out; then every frame is checked again.
    expect(checkFrames.length).toBeGreaterThanOrEqual(14);
    const last = checkFrames.slice(-10);
    expect(last.every((at, i) => i === 0 || at === last[i - 1]! + 1)).toBe(true);
    stop();
  });

  it('a check that returns nothing (as the waits for a target do) never slows down', async () => {
    document.body.innerHTML = '<p id="ticker"></p>';
    const frames = createTestPlatform();
    const onChange = vi.fn(() => undefined);
    const stop = observeComposedTree({ root: document, platform: resolvePlatform(frames), onChange });
    for (let frame = 1; frame <= 30; frame += 1) {
      $(document, '#ticker').textContent = String(frame);
      await settle();
      frames.runFrame();
    }
    expect(onChange).toHaveBeenCalledTimes(30);
    stop();
  });

  it('after a quiet moment the first change is checked in its own frame', async () => {
    document.body.innerHTML = '<p id="ticker"></p>';
    const frames = createTestPlatform();
    const onChange = vi.fn(() => false);
    const stop = observeComposedTree({ root: document, platform: resolvePlatform(frames), onChange });
    for (let frame = 1; frame <= 30; frame += 1) {
      $(document, '#ticker').textContent = String(frame);
      await settle();
      frames.runFrame();
    }
    const checks = onChange.mock.calls.length;
    frames.advanceClock(1000); // nothing changes for a second
    $(document, '#ticker').textContent = 'again';
    await settle();
    frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(checks + 1);
    stop();
  });
});

describe('observeComposedTree: shadow roots on a busy page', () => {
  /** Whether changes inside `root` reach the observer (a check runs after a change there alone). */
  async function watched(
    root: ShadowRoot,
    frames: ReturnType<typeof createTestPlatform>,
    onChange: () => unknown,
  ) {
    frames.advanceClock(1000);
    const before = (onChange as ReturnType<typeof vi.fn>).mock.calls.length;
    root.append(document.createElement('b'));
    await settle();
    frames.runFrame();
    return (onChange as ReturnType<typeof vi.fn>).mock.calls.length > before;
  }

  it('a shadow root that comes inside an added element is watched from the next frame', async () => {
    const frames = createTestPlatform();
    const onChange = vi.fn();
    const stop = observeComposedTree({ root: document, platform: resolvePlatform(frames), onChange });
    const host = document.createElement('mp-dialog');
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.append(host);
    document.body.append(wrapper);
    await settle();
    frames.runFrame();
    expect(await watched(root, frames, onChange)).toBe(true);
    stop();
  });

  it('a shadow root attached to an element already on the page (no mutation record) is found by the next full walk', async () => {
    document.body.innerHTML = '<mp-card id="card"></mp-card><p id="ticker"></p>';
    const frames = createTestPlatform();
    const onChange = vi.fn();
    const stop = observeComposedTree({ root: document, platform: resolvePlatform(frames), onChange });
    const root = $(document, '#card').attachShadow({ mode: 'open' });
    // Other elements keep coming: each is walked, the whole tree only every 500 ms.
    for (let frame = 0; frame < 40; frame += 1) {
      $(document, '#ticker').append(document.createElement('i'));
      await settle();
      frames.runFrame();
    }
    expect(await watched(root, frames, onChange)).toBe(true);
    stop();
  });

  it('a removed shadow host is let go at once, and roots still on the page stay watched', async () => {
    document.body.innerHTML = '<mp-a id="a"></mp-a><mp-b id="b"></mp-b>';
    const gone = $(document, '#a').attachShadow({ mode: 'open' });
    const kept = $(document, '#b').attachShadow({ mode: 'open' });
    const frames = createTestPlatform();
    const onChange = vi.fn();
    const stop = observeComposedTree({ root: document, platform: resolvePlatform(frames), onChange });
    $(document, '#a').remove();
    await settle();
    frames.runFrame();
    expect(await watched(gone, frames, onChange)).toBe(false);
    expect(await watched(kept, frames, onChange)).toBe(true);
    stop();
  });
});

describe('observeComposedTree: what a frame costs on a large page', () => {
  /** How many elements' shadow roots were looked at while `during` ran. */
  async function shadowLookups(during: () => Promise<void>): Promise<number> {
    const getter = vi.spyOn(Element.prototype, 'shadowRoot', 'get');
    getter.mockClear();
    await during();
    const count = getter.mock.calls.length;
    getter.mockRestore();
    return count;
  }

  it('an element added each frame costs a look into what was added, the whole page only every 500 ms', async () => {
    document.body.innerHTML = `<main>${'<div><span></span></div>'.repeat(250)}</main><mp-x id="x"></mp-x><p id="feed"></p>`;
    $(document, '#x').attachShadow({ mode: 'open' });
    const frames = createTestPlatform();
    const stop = observeComposedTree({
      root: document,
      platform: resolvePlatform(frames),
      onChange: () => true,
    });
    const lookups = await shadowLookups(async () => {
      // 20 frames (320 ms), each adding an element and removing an older one that has no shadow root.
      for (let frame = 0; frame < 20; frame += 1) {
        $(document, '#feed').append(document.createElement('i'));
        if (frame > 0) $(document, '#feed').firstElementChild?.remove();
        await settle();
        frames.runFrame();
      }
    });
    // The page has over 500 elements: one whole walk alone would look at each of them.
    expect(lookups).toBeLessThan(100);
    const later = await shadowLookups(async () => {
      frames.advanceClock(500);
      $(document, '#feed').append(document.createElement('i'));
      await settle();
      frames.runFrame();
    });
    expect(later).toBeGreaterThan(500);
    stop();
  });
});
