// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { getAccessibleName, getLabelTexts } from '../getAccessibleName';
import { $ } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

function nameOf(html: string, selector = '[data-subject]'): string {
  document.body.innerHTML = html;
  return getAccessibleName($(document, selector));
}

function labelsOf(html: string, selector = '[data-subject]'): string[] {
  document.body.innerHTML = html;
  return getLabelTexts($(document, selector));
}

describe('getAccessibleName: aria-labelledby', () => {
  it('skips ids that reference nothing and keeps the others', () => {
    const html =
      '<span id="a">Invite</span><div role="dialog" data-subject aria-labelledby="missing a"></div>';
    expect(nameOf(html)).toBe('Invite');
  });

  it('uses the aria-label of a referenced element instead of its content', () => {
    const html =
      '<button id="close" aria-label="Close dialog">×</button>' +
      '<div role="dialog" data-subject aria-labelledby="close"></div>';
    expect(nameOf(html)).toBe('Close dialog');
  });

  it('reads the content of a referenced element whose aria-label is blank', () => {
    const html =
      '<h2 id="t" aria-label="  ">Invite New Users</h2><div role="dialog" data-subject aria-labelledby="t"></div>';
    expect(nameOf(html)).toBe('Invite New Users');
  });

  it('reads a referenced element even when it is hidden', () => {
    const html =
      '<span id="t" hidden>Invite New Users</span><div role="dialog" data-subject aria-labelledby="t"></div>';
    expect(nameOf(html)).toBe('Invite New Users');
  });

  it('names a detached element from its content without resolving ids', () => {
    const button = document.createElement('button');
    button.setAttribute('aria-labelledby', 'title');
    button.textContent = 'Save';

    expect(getAccessibleName(button)).toBe('Save');
  });
});

describe('getAccessibleName: native labels', () => {
  it('does not take the name of a wrapping label that is for another control', () => {
    expect(
      nameOf('<label for="other">First name <input id="last" data-subject></label><input id="other">'),
    ).toBe('');
  });

  it('takes the name of a wrapping label that is for the control itself, once', () => {
    const html = '<label for="news">Newsletter <input type="checkbox" id="news" data-subject></label>';
    expect(nameOf(html)).toBe('Newsletter');
    expect(labelsOf(html)).toEqual(['Newsletter']);
  });

  it('gives each control the label[for] of its own id', () => {
    const html =
      '<label for="first">First name</label><input id="first">' +
      '<label for="last">Last name</label><input id="last" data-subject>';
    expect(nameOf(html)).toBe('Last name');
  });

  it('still names a control by a hidden label[for]', () => {
    expect(nameOf('<label for="q" hidden>Search users</label><input id="q" data-subject>')).toBe(
      'Search users',
    );
  });

  it('gives hidden inputs no label', () => {
    expect(labelsOf('<label>Token <input type="hidden" data-subject></label>')).toEqual([]);
    expect(labelsOf('<label for="t">Token</label><input type="hidden" id="t" data-subject>')).toEqual([]);
  });

  it('does not let a wrapping label name an element that is not a form control', () => {
    expect(nameOf('<label>Profile <div role="button" data-subject>Edit</div></label>')).toBe('Edit');
  });

  it('leaves the labelled button’s own text out of the label’s text', () => {
    expect(labelsOf('<label>Subscribe <button data-subject>Go</button></label>')).toEqual(['Subscribe']);
  });
});

describe('getAccessibleName: host-language names', () => {
  it('uses alt for an image map area and title for an image without alt', () => {
    expect(nameOf('<map name="m"><area href="/pricing" alt="Pricing" data-subject></map>')).toBe('Pricing');
    expect(nameOf('<img src="logo.png" title="Mixpanel" data-subject>')).toBe('Mixpanel');
  });

  it('names a <button type="submit"> from its content, not as "Submit"', () => {
    expect(nameOf('<button type="submit" data-subject>Save changes</button>')).toBe('Save changes');
  });

  it('names an image button by alt, then value, then "Submit"', () => {
    expect(nameOf('<input type="image" alt="Search" value="Go" data-subject>')).toBe('Search');
    expect(nameOf('<input type="image" value="Go" data-subject>')).toBe('Go');
    expect(nameOf('<input type="image" data-subject>')).toBe('Submit');
  });

  it('names a reset button by its value, else "Reset"', () => {
    expect(nameOf('<input type="reset" value="Clear form" data-subject>')).toBe('Clear form');
    expect(nameOf('<input type="reset" data-subject>')).toBe('Reset');
  });

  it('names an input button by its value, else by its title', () => {
    expect(nameOf('<input type="button" value="Add row" data-subject>')).toBe('Add row');
    expect(nameOf('<input type="button" title="Add" data-subject>')).toBe('Add');
  });

  it('never names a text box by the value typed into it', () => {
    expect(nameOf('<input value="alice@example.com" placeholder="Email" data-subject>')).toBe('Email');
    expect(nameOf('<input type="email" value="alice@example.com" data-subject>')).toBe('');
  });

  it('falls back to title when a button has no content', () => {
    expect(nameOf('<button title="Close" data-subject></button>')).toBe('Close');
  });

  it('falls back to aria-placeholder', () => {
    expect(nameOf('<div role="textbox" aria-placeholder="Search projects" data-subject></div>')).toBe(
      'Search projects',
    );
  });
});

describe('getAccessibleName: content', () => {
  it('ignores comments, scripts and styles', () => {
    expect(nameOf('<button data-subject><!-- icon -->Save<style>.x { color: red }</style></button>')).toBe(
      'Save',
    );
  });

  it('uses the alt of an image inside, as a separate word', () => {
    expect(nameOf('<button data-subject><img alt="Delete"></button>')).toBe('Delete');
    expect(nameOf('<button data-subject><img alt="Delete">row</button>')).toBe('Delete row');
    expect(nameOf('<button data-subject><img src="x.png">Save</button>')).toBe('Save');
  });

  it('uses the <title> of an SVG inside, never its drawn text', () => {
    expect(nameOf('<button data-subject><svg><title>Add</title><path></path></svg>user</button>')).toBe(
      'Add user',
    );
    expect(nameOf('<button data-subject><svg><text>+</text></svg>Save</button>')).toBe('Save');
  });

  it('leaves out what a textarea or select inside holds', () => {
    expect(nameOf('<div role="row" data-subject>Note <textarea>private text</textarea></div>')).toBe('Note');
    expect(nameOf('<div role="row" data-subject>Role <select><option>Admin</option></select></div>')).toBe(
      'Role',
    );
  });

  it('ignores a blank aria-label on a descendant', () => {
    expect(nameOf('<button data-subject><span aria-label=" ">Save</span></button>')).toBe('Save');
  });

  it('uses the title of a descendant that shows only whitespace', () => {
    expect(nameOf('<button data-subject><mp-icon title="Settings">\n  </mp-icon></button>')).toBe('Settings');
    expect(nameOf('<button data-subject><span></span>Save</button>')).toBe('Save');
  });
});
