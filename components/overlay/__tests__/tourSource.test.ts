import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOURS } from '@/tours';
import type { TourDefinition } from '@/tours/types';
import { MESSAGE_CHANNEL, type Reply } from '@/utils/messaging';
import { ask, contentScriptSender } from '@/utils/__tests__/messageHarness';
import { startBackground } from '@/utils/background/startBackground';
import { createTourSource, type FetchTour } from '../tourSource';

const [tour] = TOURS as [TourDefinition];

/** A fetch the test answers by hand: each call's resolver, in order. */
function manualFetch() {
  const answers: ((found: TourDefinition | null | undefined) => void)[] = [];
  const fetchTour = vi.fn<FetchTour>(() => new Promise((resolve) => answers.push(resolve)));
  return { fetchTour, answers };
}

describe('createTourSource', () => {
  it('asks once per tour, keeps what arrived and tells its subscribers', async () => {
    const { fetchTour, answers } = manualFetch();
    const source = createTourSource(fetchTour);
    const changed = vi.fn();
    source.subscribe(changed);
    source.load(tour.id);
    source.load(tour.id);
    expect(fetchTour).toHaveBeenCalledTimes(1);
    expect(source.get(tour.id)).toBeUndefined();
    answers[0]?.(tour);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    expect(source.get(tour.id)).toBe(tour);
    source.load(tour.id);
    expect(fetchTour).toHaveBeenCalledTimes(1);
  });

  it('remembers a tour the background does not know, and asks again after a failed request', async () => {
    const { fetchTour, answers } = manualFetch();
    const source = createTourSource(fetchTour);
    source.load('gone');
    answers[0]?.(null);
    await vi.waitFor(() => expect(source.get('gone')).toBeNull());
    source.load('gone');
    source.load(tour.id);
    answers[1]?.(undefined);
    await Promise.resolve();
    await Promise.resolve();
    expect(source.get(tour.id)).toBeUndefined();
    source.load(tour.id);
    expect(fetchTour.mock.calls.map(([id]) => id)).toEqual(['gone', tour.id, tour.id]);
  });

  it('the tours handed with the injection are there at once; only another tour is asked for', () => {
    const { fetchTour } = manualFetch();
    const source = createTourSource(fetchTour, [tour]);
    expect(source.get(tour.id)).toBe(tour);
    source.load(tour.id);
    expect(fetchTour).not.toHaveBeenCalled();
    source.load('other');
    expect(fetchTour.mock.calls.map(([id]) => id)).toEqual(['other']);
  });
});

describe('background: getTour', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    stop = startBackground({
      tours: TOURS,
      scripting: { executeScript: async () => [] },
      tabs: { query: async () => [], create: async () => ({ id: 7 }) as never },
    });
  });
  afterEach(() => stop?.());

  const getTour = (payload: unknown) =>
    ask({ channel: MESSAGE_CHANNEL, type: 'getTour', payload }, contentScriptSender()) as Promise<
      Reply<'getTour'>
    >;

  it('hands the overlay the definition of a tour it has, as data', async () => {
    for (const each of TOURS) expect(await getTour({ tourId: each.id })).toEqual({ ok: true, tour: each });
  });

  it('answers unknownTour for another id, and nothing for a malformed request', async () => {
    expect(await getTour({ tourId: 'no-such-tour' })).toEqual({ ok: false, error: 'unknownTour' });
    expect(await getTour({})).toBeUndefined();
  });
});
