// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Target, TargetStrategy } from '../../../tours/types';
import { locateTarget, stillMatchesStrategy } from '../locateTarget';
import type { LocateOptions } from '../types';
import { $, isVisibleWithoutLayout } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

const options: LocateOptions = { platform: { isVisible: isVisibleWithoutLayout } };
const locate = (target: Target, extra: LocateOptions = {}) => locateTarget(target, { ...options, ...extra });

/** Why the only strategy of a one-strategy target failed (undefined when it found something). */
function missReason(strategy: TargetStrategy): string | undefined {
  const result = locate([strategy]);
  return result.element ? undefined : result.misses[0]?.reason;
}

describe('role strategy', () => {
  it('skips an element with the same name but another role', () => {
    document.body.innerHTML = '<a href="/invite">Invite</a><button id="b">Invite</button>';

    expect(locate([{ by: 'role', role: 'button', name: 'Invite' }]).element).toBe($(document, '#b'));
  });

  it('never matches inside an ignored subtree', () => {
    document.body.innerHTML =
      '<guide-overlay id="overlay"><button>Invite</button></guide-overlay><button id="b">Invite</button>';

    const result = locate([{ by: 'role', role: 'button', name: 'Invite' }], {
      ignore: (element) => element.id === 'overlay',
    });

    expect(result.element).toBe($(document, '#b'));
  });

  it('accepts an explicit role written as an ARIA synonym', () => {
    document.body.innerHTML = '<span role="image" aria-label="Signups chart" id="chart"></span>';

    expect(locate([{ by: 'role', role: 'img', name: 'Signups chart' }]).element).toBe($(document, '#chart'));
  });
});

describe('text strategy', () => {
  it('says whether the text is only hidden or nowhere', () => {
    document.body.innerHTML = '<p style="display:none">Invite Users</p>';

    expect(missReason({ by: 'text', text: 'Invite Users' })).toBe('only-hidden');
    expect(missReason({ by: 'text', text: 'Export CSV' })).toBe('no-match');
    expect(missReason({ by: 'text', text: 'Export', partial: true })).toBe('no-match');
  });

  it('never matches empty or blank text, even on a page with empty elements', () => {
    document.body.innerHTML = '<div></div><span> </span><p>Invite</p>';

    expect(missReason({ by: 'text', text: '' })).toBe('no-match');
    expect(missReason({ by: 'text', text: '   ', partial: true })).toBe('no-match');
  });

  it('does not match an element that ends just before the text', () => {
    document.body.innerHTML = '<p id="before">Export</p><p id="with">users list</p>';

    expect(locate([{ by: 'text', text: 'users', partial: true }]).element).toBe($(document, '#with'));
  });

  it('does not match an element that comes after the only (hidden) occurrence', () => {
    document.body.innerHTML = '<p style="display:none">Invite users</p><p id="after">Export data</p>';

    expect(missReason({ by: 'text', text: 'users', partial: true })).toBe('only-hidden');
  });

  it('finds each of several occurrences in its own element', () => {
    document.body.innerHTML =
      '<p style="display:none">Invite</p><div>Other</div><p style="display:none">Invite</p>' +
      '<div>More</div><p id="third">Invite</p>';

    expect(locate([{ by: 'text', text: 'invite' }]).element).toBe($(document, '#third'));
  });

  it('matches an inline element whose text has a space on each side', () => {
    document.body.innerHTML = '<p>Click<span id="s"> Invite </span>to start</p>';

    expect(locate([{ by: 'text', text: 'Invite' }]).element).toBe($(document, '#s'));
  });
});

describe('label strategy', () => {
  it('finds password and date fields, which have no role, by their label', () => {
    document.body.innerHTML =
      '<label for="pw">Password</label><input type="password" id="pw">' +
      '<label for="d">Start date</label><input type="date" id="d">';

    expect(locate([{ by: 'label', label: 'Password' }]).element).toBe($(document, '#pw'));
    expect(locate([{ by: 'label', label: 'Start date' }]).element).toBe($(document, '#d'));
  });

  it('never picks a hidden input, whatever labels it', () => {
    document.body.innerHTML =
      '<input type="hidden" aria-label="Email" id="h"><input aria-label="Email" id="v">';

    expect(locate([{ by: 'label', label: 'Email' }]).element).toBe($(document, '#v'));
  });
});

describe('css strategy', () => {
  it('reports an invalid selector as such', () => {
    expect(missReason({ by: 'css', selector: 'button[[' })).toBe('invalid-selector');
  });

  it('finds by selector below an element root', () => {
    document.body.innerHTML =
      '<div id="a"><button class="x">A</button></div><div id="b"><button class="x" id="in-b">B</button></div>';

    expect(locate([{ by: 'css', selector: '.x' }], { root: $(document, '#b') }).element).toBe(
      $(document, '#in-b'),
    );
  });
});

describe('stillMatchesStrategy', () => {
  it('text: the element still shows the words, folded and case-insensitive', () => {
    document.body.innerHTML = '<button id="b"><span>Invite</span>  <b>Users</b></button>';
    const button = $(document, '#b');

    expect(stillMatchesStrategy(button, { by: 'text', text: 'invite   USERS' })).toBe(true);
    expect(stillMatchesStrategy(button, { by: 'text', text: 'Invite' })).toBe(true);
    expect(stillMatchesStrategy(button, { by: 'text', text: 'Resend invite' })).toBe(false);
    expect(stillMatchesStrategy(button, { by: 'text', text: ' ' })).toBe(false);
  });

  it('label: the control is still labelled with the text', () => {
    document.body.innerHTML =
      '<label for="e">Email address</label><input id="e"><div aria-label="Email address" id="d"></div>';

    expect(stillMatchesStrategy($(document, '#e'), { by: 'label', label: 'email address' })).toBe(true);
    expect(stillMatchesStrategy($(document, '#e'), { by: 'label', label: 'Name' })).toBe(false);
    expect(stillMatchesStrategy($(document, '#d'), { by: 'label', label: 'Email address' })).toBe(false);
  });

  it('css: the element still matches a valid selector', () => {
    document.body.innerHTML = '<button class="btn primary" id="b">Save</button>';
    const button = $(document, '#b');

    expect(stillMatchesStrategy(button, { by: 'css', selector: '.btn.primary' })).toBe(true);
    expect(stillMatchesStrategy(button, { by: 'css', selector: '.secondary' })).toBe(false);
    expect(stillMatchesStrategy(button, { by: 'css', selector: 'button[[' })).toBe(false);
  });
});
