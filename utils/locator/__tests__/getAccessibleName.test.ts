// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { getAccessibleName, getLabelTexts } from '../getAccessibleName';
import { $, shadow } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

function nameOf(html: string, selector = '[data-subject]'): string {
  document.body.innerHTML = html;
  return getAccessibleName($(document, selector));
}

describe('getAccessibleName', () => {
  it('names a button from its content with whitespace folded', () => {
    expect(nameOf('<button data-subject>\n  + Invite\n   Users  </button>')).toBe('+ Invite Users');
  });

  it('lets aria-label beat the content', () => {
    expect(nameOf('<button data-subject aria-label="Open settings">⚙</button>')).toBe('Open settings');
  });

  it('lets aria-labelledby beat aria-label, joining several ids in order', () => {
    const html =
      '<span id="a">Invite</span><span id="b">New Users</span>' +
      '<div role="dialog" data-subject aria-label="Modal" aria-labelledby="a b"></div>';
    expect(nameOf(html)).toBe('Invite New Users');
  });

  it('resolves aria-labelledby inside the shadow root that holds the element', () => {
    document.body.innerHTML =
      '<span id="title">Wrong document-level title</span><mp-modal id="modal"></mp-modal>';
    const root = shadow(
      $(document, '#modal'),
      '<div role="dialog" aria-labelledby="title"><h2 id="title">Invite New Users</h2></div>',
    );

    expect(getAccessibleName($(root, '[role="dialog"]'))).toBe('Invite New Users');
  });

  it('names a text box by label[for] in the same root', () => {
    expect(nameOf('<label for="email">Email address</label><input id="email" data-subject>')).toBe(
      'Email address',
    );
  });

  it('names a control by a label[for] inside its shadow root', () => {
    document.body.innerHTML = '<mp-input id="host"></mp-input>';
    const root = shadow($(document, '#host'), '<label for="e">EMAIL ADDRESS</label><input id="e">');

    expect(getAccessibleName($(root, 'input'))).toBe('EMAIL ADDRESS');
  });

  it('names a control by its wrapping label, without the typed value', () => {
    document.body.innerHTML = '<label>Email address <input data-subject></label>';
    const input = $(document, 'input') as HTMLInputElement;
    input.value = 'new.admin@example.com';

    expect(getAccessibleName(input)).toBe('Email address');
  });

  it('lets aria-label beat the native label', () => {
    expect(
      nameOf('<label for="x">Label text</label><input id="x" aria-label="Aria text" data-subject>'),
    ).toBe('Aria text');
  });

  it('falls back to title, then to placeholder', () => {
    expect(nameOf('<input title="Search users" placeholder="Search current users" data-subject>')).toBe(
      'Search users',
    );
    expect(nameOf('<input placeholder="Search current users" data-subject>')).toBe('Search current users');
  });

  it('uses alt for images and the value of submit inputs', () => {
    expect(nameOf('<img alt="Mixpanel logo" data-subject>')).toBe('Mixpanel logo');
    expect(nameOf('<input type="submit" value="Invite" data-subject>')).toBe('Invite');
    expect(nameOf('<input type="submit" data-subject>')).toBe('Submit');
  });

  it('does not take a name from content for roles that do not allow it', () => {
    expect(nameOf('<div role="dialog" data-subject>Invite New Users</div>')).toBe('');
    expect(nameOf('<div data-subject>Plain text</div>')).toBe('');
  });

  it('names a heading, tab, option, menu item and cell from content', () => {
    expect(nameOf('<h2 data-subject>Users &amp; Teams</h2>')).toBe('Users & Teams');
    expect(nameOf('<div role="tab" data-subject>Invited Users</div>')).toBe('Invited Users');
    expect(nameOf('<div role="option" data-subject>Admin</div>')).toBe('Admin');
    expect(nameOf('<div role="menuitem" data-subject>Organization Settings</div>')).toBe(
      'Organization Settings',
    );
    expect(nameOf('<table><tr><td data-subject>alice@example.com</td></tr></table>')).toBe(
      'alice@example.com',
    );
  });

  it('includes text in the element’s own shadow root and the nodes slotted into it', () => {
    document.body.innerHTML = '<div role="button" id="host"><b>Invite</b> Users</div>';
    shadow($(document, '#host'), '<span>+</span> <slot></slot>');

    expect(getAccessibleName($(document, '#host'))).toBe('+ Invite Users');
  });

  it('names the inner button of a custom element from the host’s slotted text', () => {
    document.body.innerHTML = '<mp-button id="host">Invite Users</mp-button>';
    const root = shadow($(document, '#host'), '<button><slot></slot></button>');

    expect(getAccessibleName($(root, 'button'))).toBe('Invite Users');
  });

  it('uses the names of labelled icons and skips aria-hidden ones inside content', () => {
    const html =
      '<button data-subject><svg aria-hidden="true"><text>+</text></svg>' +
      '<span aria-label="Add"></span> user<span hidden>secret</span></button>';
    expect(nameOf(html)).toBe('Add user');
  });

  it('names an icon-only button by the title of its icon', () => {
    expect(nameOf('<button data-subject><mp-icon title="Settings"></mp-icon></button>')).toBe('Settings');
  });

  it('keeps the text of separate blocks apart', () => {
    expect(nameOf('<a href="/x" data-subject><div>Users</div><div>Teams</div></a>')).toBe('Users Teams');
  });
});

describe('getLabelTexts', () => {
  it('lists every label of a control, strongest first', () => {
    document.body.innerHTML =
      '<span id="lbl">Organization role</span><label for="r">ORG ROLE</label>' +
      '<input id="r" aria-labelledby="lbl" aria-label="Role">';

    expect(getLabelTexts($(document, 'input'))).toEqual(['Organization role', 'Role', 'ORG ROLE']);
  });
});
