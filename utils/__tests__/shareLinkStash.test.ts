import { describe, expect, it } from 'vitest';
import {
  STASH_KEY,
  STASH_TTL_MS,
  forgetShareLink,
  readStashedShareLink,
  stashShareLink,
} from '../shareLinkStash';

const T0 = 1_700_000_000_000;
const LINK = { guide: ['invite-users'], step: ['5'], action: [] };

/** A tab's sessionStorage. */
function tabStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('the tab’s share-link stash', () => {
  it('the next page of the tab finds the link the previous page was given', () => {
    const tab = tabStorage();
    stashShareLink(LINK, tab, T0);
    expect(readStashedShareLink(tab, T0 + 5_000)).toEqual(LINK);
  });

  it('is gone once forgotten', () => {
    const tab = tabStorage();
    stashShareLink(LINK, tab, T0);
    forgetShareLink(tab);
    expect(readStashedShareLink(tab, T0)).toBeNull();
  });

  it('a stash older than 10 minutes, or from the future, is dropped', () => {
    const tab = tabStorage();
    stashShareLink(LINK, tab, T0);
    expect(readStashedShareLink(tab, T0 + STASH_TTL_MS + 1)).toBeNull();
    expect(tab.items.has(STASH_KEY)).toBe(false);
    stashShareLink(LINK, tab, T0);
    expect(readStashedShareLink(tab, T0 - 1)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['no link', JSON.stringify({ at: T0 })],
    [
      'a value that is not a list',
      JSON.stringify({ link: { guide: 'invite-users', step: [], action: [] }, at: T0 }),
    ],
    ['a list of numbers', JSON.stringify({ link: { guide: ['a'], step: [5], action: [] }, at: T0 })],
    ['null', 'null'],
  ])('something the page wrote there (%s) is dropped, not sent', (_, raw) => {
    const tab = tabStorage();
    tab.setItem(STASH_KEY, raw);
    expect(readStashedShareLink(tab, T0)).toBeNull();
    expect(tab.items.has(STASH_KEY)).toBe(false);
  });

  it('a tab without storage (blocked by the browser) simply has no stash', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(() => stashShareLink(LINK, blocked, T0)).not.toThrow();
    expect(readStashedShareLink(blocked, T0)).toBeNull();
    expect(readStashedShareLink(null, T0)).toBeNull();
  });
});
