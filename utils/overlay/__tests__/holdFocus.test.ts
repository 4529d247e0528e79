// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdFocus } from '../holdFocus';

let card: HTMLElement;
let pageButton: HTMLButtonElement;
let release: () => void;

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

beforeEach(() => {
  document.body.replaceChildren();
  card = document.createElement('div');
  card.tabIndex = -1;
  card.append(document.createElement('button'));
  pageButton = document.createElement('button');
  document.body.append(card, pageButton);
});

afterEach(() => release?.());

describe('holding focus in the step card', () => {
  it('takes focus back when the page moves it by itself (a closing dialog refocusing its opener)', async () => {
    release = holdFocus(card);
    expect(document.activeElement).toBe(card);
    pageButton.focus();
    await nextFrame();
    expect(document.activeElement).toBe(card);
  });

  it('never fights the user: a move right after their key press stays', async () => {
    release = holdFocus(card);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    pageButton.focus();
    await nextFrame();
    expect(document.activeElement).toBe(pageButton);
  });

  it('moves inside the card are free, and after release the page may take focus', async () => {
    release = holdFocus(card);
    (card.firstElementChild as HTMLButtonElement).focus();
    expect(document.activeElement).toBe(card.firstElementChild);
    release();
    pageButton.focus();
    await nextFrame();
    expect(document.activeElement).toBe(pageButton);
  });
});
