// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { observeComposedTree } from '../observeComposedTree';
import { domPlatform, type LocatorPlatform } from '../platform';
import { $, createTestPlatform, settle, shadow } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

/** Manual frames, and a MutationObserver that records which nodes it watches (until disconnected). */
function watchingPlatform() {
  const frames = createTestPlatform();
  const watched = new Set<Node>();
  const observeCalls: Node[] = [];
  let disconnects = 0;
  const platform: LocatorPlatform = {
    ...domPlatform,
    ...frames,
    createMutationObserver: (callback) => {
      const observer = new MutationObserver(callback);
      return {
        observe: (node: Node, init?: MutationObserverInit) => {
          watched.add(node);
          observeCalls.push(node);
          observer.observe(node, init);
        },
        disconnect: () => {
          disconnects += 1;
          watched.clear();
          observer.disconnect();
        },
        takeRecords: () => observer.takeRecords(),
      };
    },
  };
  return { platform, frames, watched, observeCalls, disconnects: () => disconnects };
}

describe('observeComposedTree', () => {
  it('reports the elements just added, before any frame, without text, removed or ignored nodes', async () => {
    document.body.innerHTML = '<ul id="list"></ul><p id="status"></p>';
    const { platform, frames } = watchingPlatform();
    const onAdded = vi.fn();
    const onChange = vi.fn();
    observeComposedTree({
      root: document,
      platform,
      ignore: (element) => element.localName === 'guide-overlay',
      onChange,
      onAdded,
    });

    const list = $(document, '#list');
    const kept = document.createElement('li');
    const removedAgain = document.createElement('li');
    list.append(kept, document.createTextNode('loading'), removedAgain);
    removedAgain.remove();
    document.body.append(document.createElement('guide-overlay'));
    await settle();

    expect(onAdded).toHaveBeenCalledTimes(1);
    expect(onAdded).toHaveBeenCalledWith([kept]);
    expect(onChange).not.toHaveBeenCalled();
    frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(1);

    $(document, '#status').setAttribute('title', 'Saved');
    await settle();
    frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onAdded).toHaveBeenCalledTimes(1);
  });

  it('looks for new shadow roots only after elements were added or removed: in what was added, and now and then in the whole tree', async () => {
    document.body.innerHTML = '<mp-a id="a"></mp-a><mp-b id="b"></mp-b><p id="status"></p>';
    const { platform, frames, watched } = watchingPlatform();
    const onChange = vi.fn();
    observeComposedTree({ root: document, platform, onChange });
    const status = $(document, '#status');

    // A shadow root attached without any mutation record: an attribute change alone does not walk the tree.
    const rootA = shadow($(document, '#a'), '<span></span>');
    frames.advanceClock(1000);
    status.setAttribute('title', 'one');
    await settle();
    frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(watched.has(rootA)).toBe(false);

    // An element added with a shadow root of its own (in the same batch as an attribute change): its
    // subtree is walked at once.
    const added = document.createElement('mp-c');
    const rootC = added.attachShadow({ mode: 'open' });
    status.setAttribute('title', 'two');
    status.append(added);
    await settle();
    frames.runFrame();
    expect(watched.has(rootC)).toBe(true);

    // The root attached without a record is found by the whole-tree walk after the next added element,
    // at most 500 ms after the last one.
    frames.advanceClock(500);
    status.append(document.createElement('b'));
    await settle();
    frames.runFrame();
    expect(watched.has(rootA)).toBe(true);

    // Later attribute-only changes do not walk again.
    const rootB = shadow($(document, '#b'), '<span></span>');
    frames.advanceClock(1000);
    status.setAttribute('title', 'three');
    await settle();
    frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(4);
    expect(watched.has(rootB)).toBe(false);
  });

  it('stops watching the shadow root of a removed host, and keeps the others', async () => {
    document.body.innerHTML = '<mp-a id="a"></mp-a><mp-b id="b"></mp-b>';
    const rootA = shadow($(document, '#a'), '<p></p>');
    const rootB = shadow($(document, '#b'), '<p></p>');
    const { platform, frames, watched } = watchingPlatform();
    const onChange = vi.fn();
    observeComposedTree({ root: document, platform, onChange });
    expect(watched).toEqual(new Set([document, rootA, rootB]));

    $(document, '#a').remove();
    await settle();
    frames.runFrame();
    expect(watched).toEqual(new Set([document, rootB]));

    $(rootA, 'p').textContent = 'detached';
    await settle();
    expect(frames.pendingCount()).toBe(0);
    $(rootB, 'p').textContent = 'still here';
    await settle();
    frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('adds a new shadow root without restarting or re-observing the others', async () => {
    document.body.innerHTML = '<mp-a id="a"></mp-a>';
    const rootA = shadow($(document, '#a'), '<p></p>');
    const { platform, frames, watched, observeCalls, disconnects } = watchingPlatform();
    observeComposedTree({ root: document, platform, onChange: vi.fn() });

    const host = document.createElement('mp-b');
    const rootB = shadow(host, '<p></p>');
    document.body.append(host);
    await settle();
    frames.runFrame();

    expect(watched).toEqual(new Set([document, rootA, rootB]));
    expect(disconnects()).toBe(0);
    expect(observeCalls).toEqual([document, rootA, rootB]);
  });

  it('never observes shadow roots inside an ignored subtree', () => {
    document.body.innerHTML = '<guide-overlay id="overlay"></guide-overlay><mp-a id="a"></mp-a>';
    shadow($(document, '#overlay'), '<div class="tip"></div>');
    const rootA = shadow($(document, '#a'), '<p></p>');
    const { platform, watched } = watchingPlatform();

    observeComposedTree({
      root: document,
      platform,
      ignore: (element) => element.id === 'overlay',
      onChange: vi.fn(),
    });

    expect(watched).toEqual(new Set([document, rootA]));
  });

  it('reports nothing for a change made just before it was stopped', async () => {
    document.body.innerHTML = '<ul id="list"></ul>';
    const { platform, frames } = watchingPlatform();
    const onChange = vi.fn();
    const onAdded = vi.fn();
    const stop = observeComposedTree({ root: document, platform, onChange, onAdded });

    $(document, '#list').append(document.createElement('li'));
    stop();
    await settle();
    frames.runFrame();

    expect(onAdded).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    expect(frames.pendingCount()).toBe(0);
  });

  it('after a check that took 16 ms, checks again once 48 ms have passed, not later', async () => {
    document.body.innerHTML = '<p id="status"></p>';
    const { platform, frames } = watchingPlatform();
    const onChange = vi.fn(() => frames.advanceClock(16));
    observeComposedTree({ root: document, platform, onChange });
    const status = $(document, '#status');

    status.setAttribute('title', 'one');
    await settle();
    frames.runFrame(); // clock 16: check, ends at 32; the next may start at 80
    expect(onChange).toHaveBeenCalledTimes(1);

    status.setAttribute('title', 'two');
    await settle();
    const counts: number[] = [];
    for (let frame = 0; frame < 3; frame += 1) {
      frames.runFrame(); // clock 48, 64, 80
      counts.push(onChange.mock.calls.length);
    }
    expect(counts).toEqual([1, 1, 2]);
  });
});
