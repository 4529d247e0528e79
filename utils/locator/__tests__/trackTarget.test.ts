// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Target } from '../../../tours/types';
import { trackTarget } from '../trackTarget';
import { $, createTestPlatform, settle, shadow } from './fakePlatform';

const invite: Target = [
  { by: 'role', role: 'button', name: 'Invite Users', partial: true },
  { by: 'text', text: 'Invite Users', partial: true },
];

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** Lets mutations be delivered, then runs one frame. */
async function nextFrame(platform: ReturnType<typeof createTestPlatform>): Promise<void> {
  await settle();
  platform.runFrame();
}

function elementsReported(onChange: ReturnType<typeof vi.fn>): (Element | null)[] {
  return onChange.mock.calls.map((call) => call[0] as Element | null);
}

describe('trackTarget', () => {
  it('reports the current element at once', () => {
    document.body.innerHTML = '<button>+ Invite Users</button>';
    const onChange = vi.fn();

    trackTarget(invite, { platform: createTestPlatform(), onChange });

    expect(elementsReported(onChange)).toEqual([$(document, 'button')]);
  });

  it('a re-rendered target is re-located', async () => {
    document.body.innerHTML = '<div id="toolbar"><button>+ Invite Users</button></div>';
    const platform = createTestPlatform();
    const onChange = vi.fn();
    trackTarget(invite, { platform, onChange });
    const before = $(document, 'button');

    $(document, '#toolbar').innerHTML = '<button>+ Invite Users</button>';
    await nextFrame(platform);

    const after = $(document, 'button');
    expect(after).not.toBe(before);
    expect(elementsReported(onChange)).toEqual([before, after]);
  });

  it('reports null while the target is missing, then the new one when it appears', async () => {
    document.body.innerHTML = '<div id="toolbar"><button>+ Invite Users</button></div>';
    const platform = createTestPlatform();
    const onChange = vi.fn();
    trackTarget(invite, { platform, onChange });
    const first = $(document, 'button');

    $(document, '#toolbar').innerHTML = '<span class="spinner"></span>';
    await nextFrame(platform);
    await nextFrame(platform);
    $(document, '#toolbar').innerHTML = '<button>+ Invite Users</button>';
    await nextFrame(platform);

    expect(elementsReported(onChange)).toEqual([first, null, $(document, 'button')]);
  });

  it('reports null when the element is hidden by a class, and the same element when it shows again', async () => {
    document.body.innerHTML = '<style>.is-hidden { display: none; }</style><button>+ Invite Users</button>';
    const platform = createTestPlatform();
    const onChange = vi.fn();
    trackTarget(invite, { platform, onChange });
    const button = $(document, 'button');

    button.classList.add('is-hidden');
    await nextFrame(platform);
    button.classList.remove('is-hidden');
    await nextFrame(platform);

    expect(elementsReported(onChange)).toEqual([button, null, button]);
  });

  it('re-locates when a re-render reuses the element for other content', async () => {
    document.body.innerHTML = '<button id="a">+ Invite Users</button><button id="b">Export CSV</button>';
    const platform = createTestPlatform();
    const onChange = vi.fn();
    trackTarget(invite, { platform, onChange });

    // A virtual DOM patching by position: the first node now shows the other label, and vice versa.
    $(document, '#a').textContent = 'Export CSV';
    $(document, '#b').textContent = '+ Invite Users';
    await nextFrame(platform);

    expect(elementsReported(onChange)).toEqual([$(document, '#a'), $(document, '#b')]);
  });

  it('follows a target re-rendered inside nested shadow roots', async () => {
    document.body.innerHTML = '<mp-app id="app"></mp-app>';
    const appRoot = shadow($(document, '#app'), '<mp-page id="page"></mp-page>');
    const pageRoot = shadow($(appRoot, '#page'), '<header><button>+ Invite Users</button></header>');
    const platform = createTestPlatform();
    const onChange = vi.fn();
    trackTarget(invite, { platform, onChange });
    const before = $(pageRoot, 'button');

    $(pageRoot, 'header').innerHTML = '<button>+ Invite Users</button>';
    await nextFrame(platform);

    expect(elementsReported(onChange)).toEqual([before, $(pageRoot, 'button')]);
  });

  it('keeps the element and reports nothing when unrelated parts of the page change', async () => {
    document.body.innerHTML = '<button>+ Invite Users</button><table><tbody></tbody></table>';
    const platform = createTestPlatform();
    const onChange = vi.fn();
    trackTarget(invite, { platform, onChange });

    $(document, 'tbody').innerHTML = '<tr><td>alice@example.com</td></tr>';
    await nextFrame(platform);
    // A second, equally good match appearing first in the page does not steal the highlight.
    document.body.insertAdjacentHTML('afterbegin', '<button>+ Invite Users</button>');
    await nextFrame(platform);

    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports nothing more and leaves no observer after cleanup', async () => {
    document.body.innerHTML = '<div id="toolbar"><button>+ Invite Users</button></div>';
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const platform = createTestPlatform();
    const onChange = vi.fn();
    const stop = trackTarget(invite, { platform, onChange });
    $(document, '#toolbar').innerHTML = '';
    await settle();

    stop();
    platform.runFrame();
    $(document, '#toolbar').innerHTML = '<button>+ Invite Users</button>';
    await nextFrame(platform);

    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(platform.pendingCount()).toBe(0);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports nothing when the element stops fitting one strategy but another finds it again', async () => {
    document.body.innerHTML = '<button id="b">+ Invite Users</button>';
    const platform = createTestPlatform();
    const onChange = vi.fn();
    trackTarget(invite, { platform, onChange });

    // Its accessible name changes (the role strategy no longer fits); its text still reads Invite Users.
    $(document, '#b').setAttribute('aria-label', 'Add people');
    await nextFrame(platform);

    expect(elementsReported(onChange)).toEqual([$(document, '#b')]);
  });

  it('does nothing for a signal that is already aborted', async () => {
    document.body.innerHTML = '<button>+ Invite Users</button>';
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const onChange = vi.fn();

    trackTarget(invite, { platform: createTestPlatform(), onChange, signal: AbortSignal.abort() });

    expect(onChange).not.toHaveBeenCalled();
    expect(observe).not.toHaveBeenCalled();
  });

  it('stops on abort', async () => {
    document.body.innerHTML = '<div id="toolbar"><button>+ Invite Users</button></div>';
    const platform = createTestPlatform();
    const controller = new AbortController();
    const onChange = vi.fn();
    trackTarget(invite, { platform, onChange, signal: controller.signal });

    controller.abort();
    $(document, '#toolbar').innerHTML = '';
    await nextFrame(platform);

    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
