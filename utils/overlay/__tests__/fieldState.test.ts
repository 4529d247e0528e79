// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { currentAppPath, appUrl } from '../appPath';
import { isValidEmail } from '@/utils/email';
import { deepText, editableOf, hasChosenValue, isDisabledControl } from '../fieldState';

describe('reading the state of the page', () => {
  it.each([
    ['new.analyst@example.com', true],
    ['a.b+tag@sub.example.co.uk', true],
    ['new.analyst@', false],
    ['new.analyst@example', false],
    ['two@@example.com', false],
    ['spaces in@example.com', false],
    [`${'a'.repeat(250)}@example.com`, false],
  ])('%s is a valid e-mail address: %s', (value, valid) => {
    expect(isValidEmail(value)).toBe(valid);
  });

  it('finds the input inside a custom text field and the text inside a shadow root', () => {
    const host = document.createElement('mp-text-field');
    const input = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(input);
    expect(editableOf(host)).toBe(input);
    const select = document.createElement('mp-select');
    select.attachShadow({ mode: 'open' }).innerHTML =
      '<button><span>Select</span> <span>role</span><style>x{}</style></button>';
    expect(deepText(select)).toBe('Select role');
    expect(hasChosenValue(select, 'Select role')).toBe(false);
    select.shadowRoot!.innerHTML = '<button>Member</button>';
    expect(hasChosenValue(select, 'Select role')).toBe(true);
  });

  it('a text box shows a choice by its value, not by its placeholder (the chosen file name)', () => {
    const host = document.createElement('mp-text-field');
    const input = Object.assign(document.createElement('input'), { placeholder: 'No file selected' });
    host.attachShadow({ mode: 'open' }).append(input);
    expect(hasChosenValue(host, 'No file selected')).toBe(false);
    input.value = 'invitees.csv';
    expect(hasChosenValue(host, 'No file selected')).toBe(true);
    input.value = '   ';
    expect(hasChosenValue(host, 'No file selected')).toBe(false);
  });

  it('a control is disabled natively, through ARIA, or through its inner button', () => {
    const host = document.createElement('mp-button');
    const button = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    expect(isDisabledControl(host)).toBe(false);
    button.disabled = true;
    expect(isDisabledControl(host)).toBe(true);
    const div = document.createElement('div');
    div.setAttribute('aria-disabled', 'true');
    expect(isDisabledControl(div)).toBe(true);
  });

  it('the app path is the URL path on Mixpanel and the hash route in the practice sandbox', () => {
    const site = new URL('https://mixpanel.com/settings/org/users?x=1#frag');
    expect(currentAppPath(site as unknown as Location)).toBe('/settings/org/users');
    const sandbox = new URL('chrome-extension://abc/practice.html#/settings/org?tab=2');
    expect(currentAppPath(sandbox as unknown as Location)).toBe('/settings/org');
    expect(currentAppPath(new URL('chrome-extension://abc/practice.html') as unknown as Location)).toBe('/');
    expect(appUrl('/settings/org/users', site as unknown as Location)).toBe(
      'https://mixpanel.com/settings/org/users',
    );
    expect(appUrl('/settings/org', sandbox as unknown as Location)).toBe(
      'chrome-extension://abc/practice.html#/settings/org',
    );
  });
});
