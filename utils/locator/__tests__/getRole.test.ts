// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { getRole, rolesMatch } from '../getRole';

afterEach(() => {
  document.body.innerHTML = '';
});

function roleOf(html: string): string | null {
  document.body.innerHTML = html;
  const element = document.body.querySelector('[data-subject]') ?? document.body.firstElementChild;
  if (!element) throw new Error('test fixture: no element');
  return getRole(element);
}

describe('getRole', () => {
  it.each([
    ['<button>', 'button'],
    ['<a href="/settings">', 'link'],
    ['<a>', null],
    ['<input>', 'textbox'],
    ['<input type="email">', 'textbox'],
    ['<input type="text" list="suggestions">', 'combobox'],
    ['<input type="search">', 'searchbox'],
    ['<input type="checkbox">', 'checkbox'],
    ['<input type="radio">', 'radio'],
    ['<input type="number">', 'spinbutton'],
    ['<input type="range">', 'slider'],
    ['<input type="submit">', 'button'],
    ['<input type="button">', 'button'],
    ['<input type="image">', 'button'],
    ['<input type="reset">', 'button'],
    ['<input type="search" list="recent">', 'combobox'],
    ['<input type="hidden">', null],
    ['<input type="password">', null],
    ['<input type="no-such-type">', 'textbox'],
    ['<textarea>', 'textbox'],
    ['<select>', 'combobox'],
    ['<select multiple>', 'listbox'],
    ['<select size="4">', 'listbox'],
    ['<select size="1">', 'combobox'],
    ['<h1>', 'heading'],
    ['<h4>', 'heading'],
    ['<dialog>', 'dialog'],
    ['<img alt="Avatar">', 'img'],
    ['<img alt="">', 'presentation'],
    ['<nav>', 'navigation'],
    ['<ul>', 'list'],
    ['<ol>', 'list'],
    ['<summary>', 'button'],
    ['<hr>', 'separator'],
    ['<div>', null],
    ['<mp-button>', null],
  ])('%s has the implicit role %s', (html, role) => {
    expect(roleOf(html)).toBe(role);
  });

  it.each([
    ['<ul><li data-subject>', 'listitem'],
    ['<select><option data-subject>', 'option'],
    ['<table><tbody data-subject><tr><td>', 'rowgroup'],
    ['<table><tr data-subject><td>', 'row'],
    ['<table><tr><td data-subject>', 'cell'],
    ['<table><tr><th data-subject>', 'columnheader'],
    ['<table><tr><th scope="row" data-subject>', 'rowheader'],
    ['<table data-subject>', 'table'],
    ['<header data-subject>', 'banner'],
    ['<article><header data-subject>', null],
    ['<footer data-subject>', 'contentinfo'],
    ['<main><footer data-subject>', null],
    ['<map name="m"><area href="/pricing" data-subject>', 'link'],
    ['<map name="m"><area data-subject>', null],
    ['<section data-subject>', null],
    ['<section aria-label="Members" data-subject>', 'region'],
    ['<section aria-labelledby="members-title" data-subject>', 'region'],
  ])('%s has the implicit role %s', (html, role) => {
    expect(roleOf(html)).toBe(role);
  });

  it('uses the first token of an explicit role, lower-cased', () => {
    expect(roleOf('<div role="Tab button">')).toBe('tab');
  });

  it('prefers the explicit role over the implicit one', () => {
    expect(roleOf('<li role="option">')).toBe('option');
  });

  it('falls back to the implicit role when the role attribute is blank', () => {
    expect(roleOf('<button role="  ">')).toBe('button');
  });
});

describe('rolesMatch', () => {
  it('compares case-insensitively and accepts ARIA synonyms', () => {
    expect(rolesMatch('menuitem', 'MenuItem')).toBe(true);
    expect(rolesMatch('none', 'presentation')).toBe(true);
    expect(rolesMatch('img', 'image')).toBe(true);
    expect(rolesMatch('button', 'link')).toBe(false);
    expect(rolesMatch(null, 'button')).toBe(false);
  });

  it('ignores spaces around a role written in tour data', () => {
    expect(rolesMatch('button', ' Button ')).toBe(true);
    expect(rolesMatch('img', ' image ')).toBe(true);
  });
});
