// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { deepQueryAll, openShadowRootsIn, walkComposedTree } from '../walkComposedTree';
import { $, shadow } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

const ids = (elements: Iterable<Element>) => [...elements].map((element) => element.id).filter(Boolean);

describe('walkComposedTree', () => {
  it('walks into open shadow roots nested several deep', () => {
    document.body.innerHTML = '<mp-app id="app"></mp-app>';
    const appRoot = shadow($(document, '#app'), '<mp-modal id="modal"></mp-modal>');
    const modalRoot = shadow($(appRoot, '#modal'), '<mp-button id="invite"></mp-button>');
    shadow($(modalRoot, '#invite'), '<button id="inner">Invite</button>');

    expect(ids(walkComposedTree(document))).toEqual(['app', 'modal', 'invite', 'inner']);
  });

  it('visits slotted content once, where its slot renders it', () => {
    document.body.innerHTML =
      '<mp-button id="host"><span id="label">Invite</span></mp-button><p id="after"></p>';
    shadow($(document, '#host'), '<button id="inner"><i id="icon"></i><slot id="slot"></slot></button>');

    expect(ids(walkComposedTree(document))).toEqual(['host', 'inner', 'icon', 'slot', 'label', 'after']);
  });

  it('renders a slot’s fallback content only when nothing is assigned to it', () => {
    document.body.innerHTML = '<mp-empty id="empty"></mp-empty>';
    shadow($(document, '#empty'), '<slot id="slot"><b id="fallback">Nothing yet</b></slot>');

    expect(ids(walkComposedTree(document))).toEqual(['empty', 'slot', 'fallback']);
  });

  it('does not see inside closed shadow roots', () => {
    document.body.innerHTML = '<mp-secret id="host"></mp-secret>';
    shadow($(document, '#host'), '<button id="hidden-inside">Secret</button>', 'closed');

    expect(ids(walkComposedTree(document))).toEqual(['host']);
  });

  it('includes drop-downs portalled to body after the app', () => {
    document.body.innerHTML = '<mp-app id="app"></mp-app><div id="portal" role="listbox"></div>';
    shadow($(document, '#app'), '<mp-select id="select"></mp-select>');

    expect(ids(walkComposedTree(document))).toEqual(['app', 'select', 'portal']);
  });

  it('skips an ignored element with its whole subtree', () => {
    document.body.innerHTML =
      '<div id="page"></div><guide-overlay id="overlay"><p id="tip"></p></guide-overlay>';

    const walked = ids(walkComposedTree(document, { ignore: (element) => element.id === 'overlay' }));

    expect(walked).toEqual(['page']);
  });

  it('searches below an element root, not the root itself', () => {
    document.body.innerHTML = '<section id="scope"><b id="inside"></b></section><b id="outside"></b>';

    expect(ids(walkComposedTree($(document, '#scope')))).toEqual(['inside']);
  });
});

describe('deepQueryAll', () => {
  it('finds every matching element in light DOM and shadow roots, in document order', () => {
    document.body.innerHTML = '<button id="a"></button><mp-x id="host"></mp-x><button id="d"></button>';
    shadow($(document, '#host'), '<button id="b"></button><span><button id="c"></button></span>');

    expect(ids(deepQueryAll(document, (element) => element.localName === 'button'))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });
});

describe('openShadowRootsIn', () => {
  it('lists nested open shadow roots and leaves closed ones out', () => {
    document.body.innerHTML = '<mp-a id="a"></mp-a><mp-closed id="closed"></mp-closed>';
    const aRoot = shadow($(document, '#a'), '<mp-b id="b"></mp-b>');
    const bRoot = shadow($(aRoot, '#b'), '<p></p>');
    shadow($(document, '#closed'), '<p></p>', 'closed');

    expect(openShadowRootsIn(document)).toEqual([aRoot, bRoot]);
  });
});
