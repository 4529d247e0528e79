// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../buildTextIndex';
import { $, shadow } from './fakePlatform';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The page's text, and what each element with an id holds of it. */
function indexOf(html: string): { text: string; byId: Record<string, string> } {
  document.body.innerHTML = html;
  const { text, elements, starts, ends } = buildTextIndex(document.body);
  const byId: Record<string, string> = {};
  elements.forEach((element, index) => {
    if (element.id) byId[element.id] = text.slice(starts[index], ends[index]);
  });
  return { text, byId };
}

describe('buildTextIndex', () => {
  it('gives each element its own part of the text, without the spaces around a block', () => {
    const { text, byId } = indexOf('<div id="d">Invite <b id="b">New</b> Users</div><p id="p">Next</p>');

    expect(text).toBe('invite new users next ');
    expect(byId).toEqual({ d: 'invite new users', b: 'new', p: 'next' });
  });

  it('lists every element once, in order, with one range each', () => {
    document.body.innerHTML = '<p>Hi</p><b>x</b>';

    expect(buildTextIndex(document.body)).toEqual({
      text: 'hi x',
      elements: [$(document, 'p'), $(document, 'b')],
      starts: [0, 3],
      ends: [2, 4],
    });
  });

  it('does not start the text with a space', () => {
    expect(indexOf('<div> <span>Users</span></div>').text).toBe('users ');
  });

  it('puts exactly one space between nested and neighbouring blocks', () => {
    expect(indexOf('<div><div>Users</div></div><div><p>Teams</p></div>').text).toBe('users teams ');
    expect(indexOf('<span>Invite </span><span> Users</span>').text).toBe('invite users');
  });

  it('separates a block from inline text on either side, and not inline pieces from each other', () => {
    expect(indexOf('Cancel<div>Invite</div>Users').text).toBe('cancel invite users');
    expect(indexOf('Inv<b>ite</b> <i>Us</i>ers').text).toBe('invite users');
  });

  it('leaves out hidden subtrees, scripts and styles but still lists them with no text', () => {
    const { text, byId } = indexOf(
      '<p id="h" hidden>Secret</p><script id="s">var x = 1;</script><style id="c">.x{}</style><span id="v">Shown</span>',
    );

    expect(text).toBe('shown');
    expect(byId).toEqual({ h: '', s: '', c: '', v: 'shown' });
  });

  it('reads a slot’s fallback content when nothing is assigned to it', () => {
    document.body.innerHTML = '<mp-empty id="host"></mp-empty>';
    shadow($(document, '#host'), '<span><slot>No users yet</slot></span>');

    expect(buildTextIndex(document.body).text).toBe('no users yet');
  });

  it('reads assigned nodes instead of a slot’s fallback content', () => {
    document.body.innerHTML = '<mp-label id="host">Admins</mp-label>';
    shadow($(document, '#host'), '<span><slot>No users yet</slot></span>');

    expect(buildTextIndex(document.body).text).toBe('admins');
  });
});
