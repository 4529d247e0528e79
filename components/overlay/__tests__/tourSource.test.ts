import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOURS } from '@/tours';
import type { TourDefinition } from '@/tours/types';
import { createOverlayInjector, type ScriptingApi } from '@/utils/background/overlayInjector';
import { takeHandedTours } from '@/utils/shareLinkQuestion';
import { createTourSource } from '../tourSource';

const [tour] = TOURS as [TourDefinition];

describe("the overlay's tours, handed in by the background", () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => void takeHandedTours());

  it('the injector hands every tour into the frame as data; the overlay mounting there finds each by id', async () => {
    // The tab's side of executeScript: the function runs from a structured clone of its arguments.
    const scripting: ScriptingApi = {
      executeScript: async (injection) => {
        if (!('func' in injection)) return [];
        const [question, tours] = structuredClone(injection.args);
        return [{ result: injection.func(question, tours) }];
      },
    };
    await createOverlayInjector(TOURS, scripting)(7);
    const source = createTourSource(takeHandedTours());
    for (const each of TOURS) expect(source.get(each.id)).toEqual(each);
    expect(source.get('no-such-tour')).toBeNull();
  });

  it('a source with nothing handed knows no tour', () => {
    expect(createTourSource([]).get(tour.id)).toBeNull();
  });
});
