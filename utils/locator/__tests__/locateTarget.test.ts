// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Target } from '../../../tours/types';
import { locateTarget } from '../locateTarget';
import type { LocateOptions } from '../types';
import { $, isVisibleWithoutLayout, shadow } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

const options: LocateOptions = { platform: { isVisible: isVisibleWithoutLayout } };
const locate = (target: Target, extra: LocateOptions = {}) => locateTarget(target, { ...options, ...extra });

/** Mixpanel-like page: <mp-app> → shadow → <mp-modal> → shadow → dialog with <mp-button>s. */
function renderInviteDialog(): { modalRoot: ShadowRoot; inviteRoot: ShadowRoot } {
  document.body.innerHTML = '<mp-app id="app"></mp-app>';
  const appRoot = shadow(
    $(document, '#app'),
    '<nav><a href="/settings">Settings</a></nav><mp-modal id="modal"></mp-modal>',
  );
  const modalRoot = shadow(
    $(appRoot, '#modal'),
    `<div role="dialog" aria-labelledby="t"><h2 id="t">Invite New Users</h2>
       <mp-button id="cancel">Cancel</mp-button><mp-button id="invite">Invite</mp-button></div>`,
  );
  shadow($(modalRoot, '#cancel'), '<button class="btn__X1"><slot></slot></button>');
  const inviteRoot = shadow($(modalRoot, '#invite'), '<button class="btn__Q9"><slot></slot></button>');
  return { modalRoot, inviteRoot };
}

describe('locateTarget by role', () => {
  it('finds the Invite button inside two nested open shadow roots', () => {
    const { inviteRoot } = renderInviteDialog();

    const result = locate([{ by: 'role', role: 'button', name: 'Invite' }]);

    expect(result.element).toBe($(inviteRoot, 'button'));
    expect(result).toMatchObject({ strategyIndex: 0, strategy: { by: 'role' } });
  });

  it('returns the inner <button>, not the <mp-button> host that has no role', () => {
    const { modalRoot, inviteRoot } = renderInviteDialog();

    const result = locate([{ by: 'role', role: 'button', name: 'invite' }]);

    expect(result.element).not.toBe($(modalRoot, '#invite'));
    expect(result.element).toBe($(inviteRoot, 'button'));
  });

  it('finds a dialog named by aria-labelledby inside its shadow root', () => {
    const { modalRoot } = renderInviteDialog();

    expect(locate([{ by: 'role', role: 'dialog', name: 'Invite New Users' }]).element).toBe(
      $(modalRoot, '[role="dialog"]'),
    );
  });

  it('matches names case-insensitively and exactly unless partial', () => {
    document.body.innerHTML = '<button id="b">+ Invite Users</button>';
    const button = $(document, '#b');

    expect(locate([{ by: 'role', role: 'button', name: '+ INVITE USERS' }]).element).toBe(button);
    expect(locate([{ by: 'role', role: 'button', name: 'Invite Users' }]).element).toBeNull();
    expect(locate([{ by: 'role', role: 'button', name: 'Invite Users', partial: true }]).element).toBe(
      button,
    );
  });

  it('ignores a hidden duplicate and finds the visible one', () => {
    document.body.innerHTML =
      '<div style="display:none"><button id="stale">Invite</button></div><button id="live">Invite</button>';

    expect(locate([{ by: 'role', role: 'button', name: 'Invite' }]).element).toBe($(document, '#live'));
  });

  it('prefers the first visible match in document order', () => {
    document.body.innerHTML =
      '<button id="first">Resend Invite</button><button id="second">Resend Invite</button>';

    expect(locate([{ by: 'role', role: 'button', name: 'Resend Invite' }]).element).toBe(
      $(document, '#first'),
    );
  });

  it('finds an option in a listbox portalled to body', () => {
    document.body.innerHTML = '<mp-app id="app"></mp-app>';
    const appRoot = shadow($(document, '#app'), '<mp-select id="org-role"></mp-select>');
    shadow($(appRoot, '#org-role'), '<div role="combobox" aria-label="Organization role">Select role</div>');
    const portal = document.createElement('div');
    portal.className = 'select-drop-menu__A0YRHQY9';
    portal.innerHTML =
      '<ul role="listbox"><li role="option">Owner</li><li role="option" id="admin">Admin</li>' +
      '<li role="option">Billing Admin</li></ul>';
    document.body.append(portal);

    expect(locate([{ by: 'role', role: 'option', name: 'Admin' }]).element).toBe($(document, '#admin'));
  });
});

describe('locateTarget by text', () => {
  it('falls back to text when no role matches', () => {
    document.body.innerHTML = '<div class="tab__Z8" id="tab">Invited Users</div>';

    const result = locate([
      { by: 'role', role: 'tab', name: 'Invited Users' },
      { by: 'text', text: 'Invited Users' },
    ]);

    expect(result.element).toBe($(document, '#tab'));
    expect(result).toMatchObject({ strategyIndex: 1, strategy: { by: 'text' } });
  });

  it('prefers role over text even when text appears earlier in the document', () => {
    document.body.innerHTML = '<p id="help">Settings</p><a href="/settings" id="link">Settings</a>';

    const result = locate([
      { by: 'role', role: 'link', name: 'Settings' },
      { by: 'text', text: 'Settings' },
    ]);

    expect(result.element).toBe($(document, '#link'));
    expect(result).toMatchObject({ strategyIndex: 0 });
  });

  it('returns the smallest element holding the text, first in document order', () => {
    document.body.innerHTML =
      '<section><div><p id="first">Users &amp; Teams</p></div></section><p id="second">Users &amp; Teams</p>';

    expect(locate([{ by: 'text', text: 'users & teams' }]).element).toBe($(document, '#first'));
  });

  it('folds whitespace and matches text spread over several inline elements', () => {
    document.body.innerHTML = '<div><p id="p">Invite\n   <b>New</b>   Users</p></div>';

    expect(locate([{ by: 'text', text: 'Invite New Users' }]).element).toBe($(document, '#p'));
  });

  it('reads neighbouring blocks as separate words', () => {
    document.body.innerHTML = '<footer id="f"><div>Cancel</div><div>Invite</div></footer>';

    expect(locate([{ by: 'text', text: 'CancelInvite' }]).element).toBeNull();
    expect(locate([{ by: 'text', text: 'Cancel Invite' }]).element).toBe($(document, '#f'));
  });

  it('returns the button around the text rather than the span inside it', () => {
    document.body.innerHTML = '<button id="b"><i class="icon"></i><span>Export CSV</span></button>';

    expect(locate([{ by: 'text', text: 'Export CSV' }]).element).toBe($(document, '#b'));
  });

  it('returns the shadow-root button that renders slotted text', () => {
    const { inviteRoot } = renderInviteDialog();

    expect(locate([{ by: 'text', text: 'Invite' }]).element).toBe($(inviteRoot, 'button'));
  });

  it('climbs from a slotted <span> to the button its slot sits in', () => {
    document.body.innerHTML = '<mp-button id="host"><span>+ Invite Users</span></mp-button>';
    const root = shadow($(document, '#host'), '<div class="wrap"><button><slot></slot></button></div>');

    expect(locate([{ by: 'text', text: '+ Invite Users' }]).element).toBe($(root, 'button'));
  });

  it('skips text that is hidden and finds the visible copy', () => {
    document.body.innerHTML = '<p hidden>Invited Users</p><span id="visible">Invited Users</span>';

    expect(locate([{ by: 'text', text: 'Invited Users' }]).element).toBe($(document, '#visible'));
  });

  it('does not let a CSS-hidden copy make its visible container the match', () => {
    document.body.innerHTML =
      '<div id="menu"><span style="display:none">Invite Users</span></div><a href="/invite" id="a">+ Invite Users</a>';

    expect(locate([{ by: 'text', text: 'Invite Users', partial: true }]).element).toBe($(document, '#a'));
  });

  it('matches part of the text when partial', () => {
    document.body.innerHTML = '<span id="s">+ Invite Users</span>';

    expect(locate([{ by: 'text', text: 'Invite Users' }]).element).toBeNull();
    expect(locate([{ by: 'text', text: 'invite users', partial: true }]).element).toBe($(document, '#s'));
  });

  it('narrows to elements inside an element matching `within`', () => {
    document.body.innerHTML =
      '<div id="page"><span id="outside">Invite</span></div><div role="dialog"><span id="inside">Invite</span></div>';

    expect(locate([{ by: 'text', text: 'Invite', within: '[role="dialog"]' }]).element).toBe(
      $(document, '#inside'),
    );
  });

  it('never matches the guide’s own overlay', () => {
    document.body.innerHTML =
      '<guide-overlay id="overlay"><p>Click Invite Users</p></guide-overlay><button id="b">Click Invite Users</button>';

    const result = locate([{ by: 'text', text: 'Click Invite Users' }], {
      ignore: (element) => element.id === 'overlay',
    });

    expect(result.element).toBe($(document, '#b'));
  });
});

describe('locateTarget by label', () => {
  it('finds a text box by its label[for]', () => {
    document.body.innerHTML = '<label for="email">EMAIL ADDRESS</label><input id="email">';

    expect(locate([{ by: 'label', label: 'Email address' }]).element).toBe($(document, '#email'));
  });

  it('finds a custom combobox by aria-labelledby inside a shadow root', () => {
    document.body.innerHTML = '<mp-select id="host"></mp-select>';
    const root = shadow(
      $(document, '#host'),
      '<span id="l">ORGANIZATION ROLE</span><div role="combobox" aria-labelledby="l">Select role</div>',
    );

    expect(locate([{ by: 'label', label: 'Organization role' }]).element).toBe($(root, '[role="combobox"]'));
  });

  it('accepts any of a control’s labels and ignores elements that are not controls', () => {
    document.body.innerHTML =
      '<div aria-label="Projects">Not a control</div><label for="p">Projects</label><input id="p" aria-label="Pick">';

    expect(locate([{ by: 'label', label: 'projects' }]).element).toBe($(document, '#p'));
  });
});

describe('locateTarget by css', () => {
  it('finds an element by selector inside open shadow roots', () => {
    const { inviteRoot } = renderInviteDialog();

    expect(locate([{ by: 'css', selector: 'button[class^="btn__Q"]' }]).element).toBe(
      $(inviteRoot, 'button'),
    );
  });

  it('reports invalid CSS as a failed strategy and goes on to the next one', () => {
    document.body.innerHTML = '<button id="b">Invite</button>';

    const result = locate([
      { by: 'css', selector: 'button[[' },
      { by: 'role', role: 'button', name: 'Invite' },
    ]);

    expect(result).toMatchObject({ strategyIndex: 1 });
    expect(result.element).toBe($(document, '#b'));
  });
});

describe('locateTarget when nothing matches', () => {
  it('keeps every strategy tried with the reason it failed', () => {
    document.body.innerHTML = '<button hidden>Invite</button>';
    const target: Target = [
      { by: 'role', role: 'button', name: 'Invite' },
      { by: 'text', text: 'Resend', within: 'div[' },
      { by: 'css', selector: '.nothing' },
    ];

    const result = locate(target);

    expect(result).toEqual({
      element: null,
      tried: [...target],
      misses: [
        { strategy: target[0], reason: 'only-hidden' },
        { strategy: target[1], reason: 'invalid-selector' },
        { strategy: target[2], reason: 'no-match' },
      ],
    });
  });

  it('searches only below the given root', () => {
    document.body.innerHTML = '<div id="a"><button>Invite</button></div><div id="b"></div>';

    expect(
      locate([{ by: 'role', role: 'button', name: 'Invite' }], { root: $(document, '#b') }).element,
    ).toBeNull();
  });
});
