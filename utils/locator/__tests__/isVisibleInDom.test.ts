// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isVisibleInDom } from '../isVisibleInDom';
import { $, isVisibleWithoutLayout as visible, shadow } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('isVisibleInDom', () => {
  it('accepts a rendered element with a box', () => {
    document.body.innerHTML = '<button>Invite</button>';
    expect(visible($(document, 'button'))).toBe(true);
  });

  it('rejects a zero-size element (what every rect is without layout)', () => {
    document.body.innerHTML = '<button>Invite</button>';
    expect(isVisibleInDom($(document, 'button'))).toBe(false);
    expect(isVisibleInDom($(document, 'button'), () => ({ width: 10, height: 0 }))).toBe(false);
    expect(isVisibleInDom($(document, 'button'), () => ({ width: 0, height: 10 }))).toBe(false);
  });

  it('rejects an element removed from the document', () => {
    const button = document.createElement('button');
    expect(visible(button)).toBe(false);
  });

  it('rejects the hidden attribute on the element or an ancestor across a shadow boundary', () => {
    document.body.innerHTML = '<div hidden><mp-button id="host"></mp-button></div><p hidden id="p">x</p>';
    const root = shadow($(document, '#host'), '<button>Invite</button>');
    expect(visible($(root, 'button'))).toBe(false);
    expect(visible($(document, '#p'))).toBe(false);
  });

  it('rejects content inside aria-hidden="true" or inert, across a shadow boundary', () => {
    document.body.innerHTML =
      '<div aria-hidden="true"><mp-a id="a"></mp-a></div><div inert><mp-b id="b"></mp-b></div>' +
      '<div aria-hidden="false"><mp-c id="c"></mp-c></div>';
    const a = shadow($(document, '#a'), '<button>A</button>');
    const b = shadow($(document, '#b'), '<button>B</button>');
    const c = shadow($(document, '#c'), '<button>C</button>');
    expect(visible($(a, 'button'))).toBe(false);
    expect(visible($(b, 'button'))).toBe(false);
    expect(visible($(c, 'button'))).toBe(true);
  });

  it('rejects display:none and visibility:hidden on the element or an ancestor', () => {
    document.body.innerHTML =
      '<div style="display:none"><button id="none">x</button></div>' +
      '<div style="visibility:hidden"><button id="invisible">x</button></div>';
    expect(visible($(document, '#none'))).toBe(false);
    expect(visible($(document, '#invisible'))).toBe(false);
  });

  it('uses checkVisibility when the browser has it', () => {
    document.body.innerHTML = '<button>Invite</button>';
    const checkVisibility = vi.spyOn(Element.prototype, 'checkVisibility').mockReturnValue(false);
    expect(visible($(document, 'button'))).toBe(false);
    // Both checks: without them checkVisibility ignores visibility:hidden and content-visibility.
    expect(checkVisibility).toHaveBeenCalledWith({ visibilityProperty: true, checkVisibilityCSS: true });
  });

  describe('in a browser without checkVisibility', () => {
    const original = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility');
    beforeEach(() => {
      Reflect.deleteProperty(Element.prototype, 'checkVisibility');
    });
    afterEach(() => {
      if (original) Object.defineProperty(Element.prototype, 'checkVisibility', original);
    });

    it('rejects content of a shadow host that has display:none', () => {
      document.body.innerHTML = '<div style="display:none"><mp-modal id="host"></mp-modal></div>';
      const root = shadow($(document, '#host'), '<button>Invite</button>');
      expect(visible($(root, 'button'))).toBe(false);
    });

    it('rejects slotted content whose slot sits in a display:none part of the shadow root', () => {
      document.body.innerHTML = '<mp-menu id="host"><span id="item">Settings</span></mp-menu>';
      shadow($(document, '#host'), '<div style="display:none"><slot></slot></div>');
      expect(visible($(document, '#item'))).toBe(false);
    });

    it('rejects visibility:hidden inherited from an ancestor, unless the element sets it visible again', () => {
      // (happy-dom's own checkVisibility gets the override wrong; Chromium's gets it right.)
      document.body.innerHTML =
        '<div style="visibility:hidden"><button id="invisible">x</button>' +
        '<button id="shown-again" style="visibility:visible">x</button></div>';
      expect(visible($(document, '#invisible'))).toBe(false);
      expect(visible($(document, '#shown-again'))).toBe(true);
    });

    it('rejects visibility:collapse', () => {
      document.body.innerHTML = '<table><tr id="row" style="visibility:collapse"><td>x</td></tr></table>';
      expect(visible($(document, '#row'))).toBe(false);
    });

    it('rejects an element of a document that has no window', () => {
      const windowless = document.implementation.createHTMLDocument('');
      windowless.body.innerHTML = '<button>Invite</button>';
      expect(visible($(windowless, 'button'))).toBe(false);
    });

    it('accepts content of a displayed shadow host', () => {
      document.body.innerHTML = '<mp-modal id="host"></mp-modal>';
      const root = shadow($(document, '#host'), '<button>Invite</button>');
      expect(visible($(root, 'button'))).toBe(true);
    });
  });
});
