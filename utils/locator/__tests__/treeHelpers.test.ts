// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { closestComposed, composedParent } from '../composedParent';
import { isShadowRoot } from '../domNodes';
import { textMatches } from '../foldWhitespace';
import { domPlatform } from '../platform';
import { openShadowRootsIn } from '../walkComposedTree';
import { $, shadow } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('composedParent', () => {
  it('has no parent above the document element, for a detached element or inside a plain fragment', () => {
    const fragment = document.createDocumentFragment();
    const inFragment = document.createElement('li');
    fragment.append(inFragment);

    expect(composedParent(document.documentElement)).toBeNull();
    expect(composedParent(document.createElement('div'))).toBeNull();
    expect(composedParent(inFragment)).toBeNull();
    expect(
      closestComposed(document.createElement('span'), (element) => element.localName === 'button'),
    ).toBeNull();
  });

  it('climbs from a slotted node to the named slot it is assigned to', () => {
    document.body.innerHTML =
      '<mp-card id="host"><span slot="title" id="t">Users</span><span id="body">Alice</span></mp-card>';
    const root = shadow($(document, '#host'), '<slot></slot><h2><slot name="title"></slot></h2>');

    expect(composedParent($(document, '#t'))).toBe($(root, 'slot[name="title"]'));
    expect(composedParent($(document, '#body'))).toBe($(root, 'slot:not([name])'));
  });
});

describe('isShadowRoot', () => {
  it('recognises shadow roots only', () => {
    document.body.innerHTML = '<mp-a id="a"></mp-a><a href="/x" id="link">x</a>';

    expect(isShadowRoot(shadow($(document, '#a'), ''))).toBe(true);
    expect(isShadowRoot(document.createDocumentFragment())).toBe(false);
    expect(isShadowRoot($(document, '#link'))).toBe(false);
  });
});

describe('openShadowRootsIn', () => {
  it('includes the shadow root of the root itself', () => {
    document.body.innerHTML = '<mp-app id="app"></mp-app>';
    const appRoot = shadow($(document, '#app'), '<mp-page id="page"></mp-page>');
    const pageRoot = shadow($(appRoot, '#page'), '');

    expect(openShadowRootsIn($(document, '#app'))).toEqual([appRoot, pageRoot]);
  });

  it('lists nothing for an element root without shadow roots', () => {
    document.body.innerHTML = '<div id="plain"><p>Text</p></div>';

    expect(openShadowRootsIn($(document, '#plain'))).toEqual([]);
  });
});

describe('textMatches', () => {
  it('never matches an empty or blank expected text, even as a partial match', () => {
    expect(textMatches('Invite', '', true)).toBe(false);
    expect(textMatches('', '   ')).toBe(false);
  });
});

describe('domPlatform', () => {
  it('runs a requested frame callback', async () => {
    await new Promise<void>((resolve) => domPlatform.requestAnimationFrame(resolve));
  });
});
