// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeMayMatter, strategiesIn } from '../changeFilter';
import {
  CHANGED_NAMING,
  CHANGED_TEXT,
  CHANGED_TREE,
  observeComposedTree,
  SAFETY_CHECK_MS,
} from '../observeComposedTree';
import { resolvePlatform } from '../platform';
import { $, createTestPlatform, settle, shadow } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

const matters = changeMayMatter([
  { by: 'role', role: 'button', name: 'Invite' },
  { by: 'text', text: 'Pending  Invites' },
  { by: 'css', selector: '.invite-row' },
]);

describe('changeMayMatter: which changes can change what a reading finds', () => {
  it('text changing inside something named by its content, a label, a live region or a value-showing control', () => {
    document.body.innerHTML = `
      <button><span id="in-button">Invite</span></button>
      <label><span id="in-label">E-mail</span></label>
      <div role="status"><span id="in-status"></span></div>
      <div role="combobox"><span id="in-combobox">Member</span></div>
      <a href="/x"><b id="in-link">Go</b></a>`;
    for (const id of ['in-button', 'in-label', 'in-status', 'in-combobox', 'in-link'])
      expect(matters($(document, `#${id}`), CHANGED_TEXT), id).toBe(true);
  });

  it('text changing in plain content (a ticker, a chart label, a paragraph, a landmark) does not', () => {
    document.body.innerHTML = `
      <div><span id="ticker">41</span></div>
      <p id="para">Some words</p>
      <main><div><span id="in-main">12:04</span></div></main>`;
    for (const id of ['ticker', 'para', 'in-main'])
      expect(matters($(document, `#${id}`), CHANGED_TEXT), id).toBe(false);
  });

  it('text holding the words of a text strategy does, whatever its case and spacing', () => {
    document.body.innerHTML = '<div><span id="words">2 pending invites</span></div>';
    expect(matters($(document, '#words'), CHANGED_TEXT)).toBe(true);
  });

  it("the caller's own texts count too (e.g. an address looked for in rows)", () => {
    document.body.innerHTML = '<div><span id="row">ana@example.com</span><span id="other">ok</span></div>';
    const withAt = changeMayMatter([], () => ['@']);
    expect(withAt($(document, '#row'), CHANGED_TEXT)).toBe(true);
    expect(withAt($(document, '#other'), CHANGED_TEXT)).toBe(false);
  });

  it('an element added, removed, shown or hidden matters when it holds anything a strategy can find', () => {
    document.body.innerHTML = `
      <div id="with-button"><div><button>Invite</button></div></div>
      <div id="with-input"><input></div>
      <div id="with-css"><div class="invite-row"></div></div>
      <div id="plain"><span>3</span><i></i></div>`;
    for (const id of ['with-button', 'with-input', 'with-css'])
      expect(matters($(document, `#${id}`), CHANGED_TREE), id).toBe(true);
    expect(matters($(document, '#plain'), CHANGED_TREE)).toBe(false);
    // Removed (detached) subtrees are looked at as they were.
    const removed = $(document, '#with-button');
    removed.remove();
    expect(matters(removed, CHANGED_TREE)).toBe(true);
  });

  it('a style sheet added, removed or rewritten matters: it can show or hide anything', () => {
    document.head.innerHTML = '<style id="sheet">.a { color: red }</style><link id="css" rel="stylesheet">';
    expect(matters($(document, '#sheet'), CHANGED_TEXT)).toBe(true);
    expect(matters($(document, '#sheet'), CHANGED_TREE)).toBe(true);
    expect(matters($(document, '#css'), CHANGED_TREE)).toBe(true);
    document.head.innerHTML = '';
  });

  it('an attribute that names or identifies an element always matters', () => {
    document.body.innerHTML = '<span id="plain">x</span>';
    expect(matters($(document, '#plain'), CHANGED_NAMING)).toBe(true);
  });

  it('text slotted into a button inside a shadow root is that button’s name', () => {
    document.body.innerHTML = '<mp-button><span id="slotted">Invite</span></mp-button>';
    shadow($(document, 'mp-button'), '<button><slot></slot></button>');
    const onlyRoles = changeMayMatter([{ by: 'role', role: 'button', name: 'Invite' }]);
    expect(onlyRoles($(document, '#slotted'), CHANGED_TEXT)).toBe(true);
  });

  it('text inside a shadow root inside a link is the link’s name', () => {
    document.body.innerHTML = '<a href="/x"><mp-label></mp-label></a>';
    const root = shadow($(document, 'mp-label'), '<span id="label">Users</span>');
    const onlyRoles = changeMayMatter([{ by: 'role', role: 'link', name: 'Users' }]);
    expect(onlyRoles($(root, '#label'), CHANGED_TEXT)).toBe(true);
  });

  it('strategiesIn finds every strategy of a definition at any depth', () => {
    const found = strategiesIn({
      steps: [{ target: [{ by: 'role', role: 'button', name: 'A' }] }],
      pages: { p: { landmarks: [[{ by: 'text', text: 'B' }]] } },
    });
    expect(found.map((s) => s.by)).toEqual(['role', 'text']);
  });
});

describe('observeComposedTree with `matters`', () => {
  it('a busy part of the page that holds nothing looked for is not checked, but for a check a second', async () => {
    document.body.innerHTML = '<div id="box"><span id="ticker"></span></div><button id="b">Start</button>';
    const frames = createTestPlatform();
    const onChange = vi.fn(() => false);
    const stop = observeComposedTree({
      root: document,
      platform: resolvePlatform(frames),
      onChange,
      matters,
    });
    for (let frame = 1; frame <= 30; frame += 1) {
      $(document, '#ticker').textContent = String(frame);
      $(document, '#ticker').className = frame % 2 ? 'a' : 'b';
      await settle();
      frames.runFrame();
    }
    expect(onChange).not.toHaveBeenCalled();
    // Nothing can tell every change apart: a check still comes after a second.
    await new Promise((resolve) => setTimeout(resolve, SAFETY_CHECK_MS + 50));
    for (let i = 0; i < 8 && onChange.mock.calls.length < 1; i += 1) frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
    // A change that matters is checked (within the waits of a busy page).
    $(document, '#b').textContent = 'Invite';
    await settle();
    for (let i = 0; i < 8 && onChange.mock.calls.length < 2; i += 1) frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('a change around a watched shadow root matters, and so does a new shadow root', async () => {
    document.body.innerHTML = '<div id="wrap"><mp-card></mp-card></div><div id="plain"></div>';
    shadow($(document, 'mp-card'), '<span>inside</span>');
    const frames = createTestPlatform();
    const onChange = vi.fn(() => false);
    const never = () => false;
    const stop = observeComposedTree({
      root: document,
      platform: resolvePlatform(frames),
      onChange,
      matters: never,
    });
    $(document, '#plain').className = 'x';
    await settle();
    frames.runFrame();
    expect(onChange).not.toHaveBeenCalled();
    // Shown or hidden with the shadow root's host inside: what is in it can be the target.
    $(document, '#wrap').className = 'open';
    await settle();
    for (let i = 0; i < 8 && onChange.mock.calls.length < 1; i += 1) frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
    // An element added with a shadow root: its content was never looked at.
    const host = document.createElement('mp-new');
    shadow(host, '<button>Invite</button>');
    $(document, '#plain').append(host);
    await settle();
    for (let i = 0; i < 8 && onChange.mock.calls.length < 2; i += 1) frames.runFrame();
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });
});
