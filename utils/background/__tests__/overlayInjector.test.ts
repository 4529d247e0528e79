import { describe, expect, it } from 'vitest';
import { TOURS } from '@/tours';
import { createOverlayInjector, OVERLAY_SCRIPT, type ScriptingApi } from '../overlayInjector';

type Injection = Parameters<ScriptingApi['executeScript']>[0];

/** A browser whose frames have no overlay until its script has run in them (a reload clears them). */
function fakeFrames() {
  const withOverlay = new Set<string>();
  const scripts: string[] = [];
  const scripting: ScriptingApi = {
    executeScript: async (injection: Injection) => {
      const frame = `${injection.target.tabId}:${injection.target.frameIds[0]}`;
      if ('func' in injection) return [{ frameId: 0, result: withOverlay.has(frame) }];
      await Promise.resolve();
      scripts.push(frame);
      withOverlay.add(frame);
      return [];
    },
  };
  return { scripting, scripts, reload: (frame: string) => withOverlay.delete(frame) };
}

describe('injecting the overlay', () => {
  it('two tabs, or two frames of a tab, asking at once each get the overlay', async () => {
    const frames = fakeFrames();
    const inject = createOverlayInjector(TOURS, frames.scripting);
    await Promise.all([inject(4), inject(5), inject(4, 2)]);
    expect(frames.scripts.sort()).toEqual(['4:0', '4:2', '5:0']);
  });

  it('a frame reloaded after its overlay was injected gets it again', async () => {
    const frames = fakeFrames();
    const inject = createOverlayInjector(TOURS, frames.scripting);
    await inject(4);
    await inject(4);
    expect(frames.scripts).toEqual(['4:0']);
    frames.reload('4:0');
    await inject(4);
    expect(frames.scripts).toEqual(['4:0', '4:0']);
  });

  it('injects the overlay script, both it and the look before it as soon as the frame has a document', async () => {
    const injections: Injection[] = [];
    const inject = createOverlayInjector(TOURS, {
      executeScript: async (injection: Injection) => {
        injections.push(injection);
        return [];
      },
    });
    await inject(4);
    expect(injections.map((injection) => ('files' in injection ? injection.files : 'look'))).toEqual([
      'look',
      [OVERLAY_SCRIPT],
    ]);
    expect(injections.map((injection) => injection.injectImmediately)).toEqual([true, true]);
    // The look hands in the tours' definitions (and no question here): the overlay's script carries none.
    expect(injections[0]).toMatchObject({ args: [null, TOURS] });
  });
});
