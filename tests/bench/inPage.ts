/**
 * Functions the benchmark runs inside the pages (page.evaluate / addInitScript): each is self-contained,
 * since Playwright serialises it. The same function runs for every contender; only how a peer is started
 * and where its card is differ.
 */

/** The replica's "+ Invite Users" button: the target of the invite tour's step 3 (index 2). */
export const INVITE_BUTTON = 'mp-button[text="Invite Users"]';

interface PeerApi {
  driver: (o?: object) => { highlight: (s: object) => void; destroy: () => void };
  Shepherd: {
    Tour: new (o: object) => { addStep: (s: object) => void; start: () => void; cancel: () => void };
  };
}

/**
 * Init script of the cold-show trial: from the document's start, notes when the tour's target is first
 * in the document (for a peer, starts it on the target then, as early as a site could), and resolves
 * `window.__cold` with the time from then to the first animation frame where the contender's card is laid
 * out within 40 px of the target (-1 after 10 s without).
 */
export function coldProbe([contender, selector]: [string, string]): void {
  const w = window as unknown as { __peers?: PeerApi; __cold?: number; __close?: () => void };
  let target: Element | null = null;
  let appeared = 0;
  const cardOf = (): Element | null =>
    contender === 'extension'
      ? (document.querySelector('invite-guide-overlay')?.shadowRoot?.querySelector('[role="dialog"]') ?? null)
      : document.querySelector(contender === 'driver.js' ? '.driver-popover' : '.shepherd-element');
  const near = (a: DOMRect, b: DOMRect) => {
    const dx = Math.max(b.left - a.right, a.left - b.right, 0);
    const dy = Math.max(b.top - a.bottom, a.top - b.bottom, 0);
    return a.width > 0 && a.height > 0 && b.width > 0 && Math.hypot(dx, dy) <= 40;
  };
  const startPeer = () => {
    const peers = w.__peers!;
    if (contender === 'driver.js') {
      const d = peers.driver({ animate: false });
      d.highlight({ element: target, popover: { title: 'Invite users', description: 'Start here.' } });
      w.__close = () => d.destroy();
    } else {
      const tour = new peers.Shepherd.Tour({ useModalOverlay: false });
      tour.addStep({ text: 'Start here.', attachTo: { element: target, on: 'bottom' } });
      tour.start();
      w.__close = () => tour.cancel();
    }
  };
  const frame = () => {
    const card = cardOf();
    if (
      card &&
      target &&
      getComputedStyle(card).visibility !== 'hidden' &&
      near(card.getBoundingClientRect(), target.getBoundingClientRect())
    ) {
      w.__cold = performance.now() - appeared;
      return;
    }
    if (performance.now() - appeared > 10_000) {
      w.__cold = -1;
      return;
    }
    requestAnimationFrame(frame);
  };
  const watch = new MutationObserver(() => {
    const found = document.querySelector(selector);
    if (!found) return;
    watch.disconnect();
    target = found;
    appeared = performance.now();
    if (contender !== 'extension') {
      if (w.__peers) startPeer();
      else addEventListener('peers-ready', startPeer, { once: true });
    }
    requestAnimationFrame(frame);
  });
  watch.observe(document, { childList: true, subtree: true });
}

/**
 * Tracking trial, in a page showing the target: makes the target scroll, either inside its scrolling
 * container (the replica's main column) or with the window (the column unclipped, the document taller),
 * starts the peer on it (the extension's card is already there), then scrolls 1 px per animation frame
 * for `frames` frames. In each next frame, the card's offset from the target is compared with the offset
 * before scrolling: resolves with the largest difference (px), or -1 if no card was placed next to it.
 */
export async function trackingTrial([contender, selector, scroll, frames]: [
  string,
  string,
  'window' | 'container',
  number,
]): Promise<number> {
  const w = window as unknown as { __peers?: PeerApi; __close?: () => void };
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const target = document.querySelector(selector)!;
  let scroller = target.parentElement!;
  while (scroller !== document.body && !/auto|scroll/.test(getComputedStyle(scroller).overflowY))
    scroller = scroller.parentElement!;
  const spacer = (height: number) => {
    const div = document.createElement('div');
    div.style.height = `${height}px`;
    div.dataset.benchSpacer = '';
    return div;
  };
  scroller.prepend(spacer(300));
  scroller.append(spacer(3000));
  if (scroll === 'window') {
    for (let el: HTMLElement | null = scroller; el; el = el.parentElement) {
      el.style.setProperty('height', 'auto', 'important');
      el.style.setProperty('overflow', 'visible', 'important');
    }
  }
  const scrollBy = (px: number) =>
    scroll === 'window' ? window.scrollBy(0, px) : (scroller.scrollTop += px);
  if (contender === 'driver.js') {
    const d = w.__peers!.driver({ animate: false });
    d.highlight({ element: target, popover: { title: 'Invite users', description: 'Start here.' } });
    w.__close = () => d.destroy();
  } else if (contender === 'shepherd.js') {
    const tour = new w.__peers!.Shepherd.Tour({ useModalOverlay: false });
    tour.addStep({ text: 'Start here.', attachTo: { element: target, on: 'bottom' } });
    tour.start();
    w.__close = () => tour.cancel();
  }
  const cardOf = (): Element | null =>
    contender === 'extension'
      ? (document.querySelector('invite-guide-overlay')?.shadowRoot?.querySelector('[role="dialog"]') ?? null)
      : document.querySelector(contender === 'driver.js' ? '.driver-popover' : '.shepherd-element');
  const offset = () => {
    const a = cardOf()?.getBoundingClientRect();
    const b = target.getBoundingClientRect();
    return a && a.width > 0 ? { x: a.left - b.left, y: a.top - b.top, gap: a.top - b.bottom } : null;
  };
  // Let the card settle next to the target after the layout change.
  const settleUntil = performance.now() + 3000;
  let before = offset();
  while (!(before && Math.abs(before.gap) < 60) && performance.now() < settleUntil) {
    await nextFrame();
    before = offset();
  }
  for (let i = 0; i < 20; i++) await nextFrame();
  before = offset();
  if (!before) return -1;
  let worst = 0;
  for (let i = 0; i < frames; i++) {
    scrollBy(1);
    await nextFrame();
    const now = offset();
    if (!now) return -1;
    worst = Math.max(worst, Math.hypot(now.x - before.x, now.y - before.y));
  }
  w.__close?.();
  return worst;
}

/**
 * Makes `perSecond` DOM mutations a second for `ms` (a tenth of them inside an open shadow root): text
 * changes, class changes and elements added and removed, in ticks of 10 ms. Resolves with the number made.
 */
export function churn([perSecond, ms]: [number, number]): Promise<number> {
  const box = document.createElement('div');
  box.dataset.benchChurn = '';
  box.style.cssText = 'position:fixed;left:0;bottom:0;width:200px;height:20px;overflow:hidden;opacity:0.01';
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  const spans = Array.from({ length: 40 }, () => box.appendChild(document.createElement('span')));
  const inner = Array.from({ length: 10 }, () => shadow.appendChild(document.createElement('span')));
  box.append(host);
  document.body.append(box);
  const perTick = Math.round(perSecond / 100);
  let made = 0;
  let n = 0;
  return new Promise((resolve) => {
    const started = performance.now();
    const tick = setInterval(() => {
      for (let i = 0; i < perTick; i++, n++) {
        const inShadow = n % 10 === 9;
        const list = inShadow ? inner : spans;
        const el = list[n % list.length]!;
        switch (n % 3) {
          case 0:
            el.textContent = String(n);
            break;
          case 1:
            el.className = n % 2 ? 'a' : 'b';
            break;
          default: {
            const extra = document.createElement('i');
            el.append(extra);
            extra.remove();
          }
        }
        made++;
      }
      if (performance.now() - started >= ms) {
        clearInterval(tick);
        box.remove();
        resolve(made);
      }
    }, 10);
  });
}

/**
 * A MutationObserver doing nothing but follow shadow roots, on the document and on every shadow root the churn attaches (the churn's host
 * is watched for as it is added), with the options the guide observes with: the cost of observing alone.
 */
export function emptyObserver(): void {
  const options = { childList: true, subtree: true, characterData: true, attributes: true };
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element && node.shadowRoot) observer.observe(node.shadowRoot, options);
        else if (node instanceof Element)
          node
            .querySelectorAll('*')
            .forEach((el) => el.shadowRoot && observer.observe(el.shadowRoot, options));
  });
  observer.observe(document, options);
}

/** Starts and closes the peer on the target `cycles` times, a frame apart, as a site's tour would. */
export async function peerCycles([contender, selector, cycles]: [string, string, number]): Promise<void> {
  const peers = (window as unknown as { __peers: PeerApi }).__peers;
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  const target = document.querySelector(selector);
  for (let i = 0; i < cycles; i++) {
    let close: () => void;
    if (contender === 'driver.js') {
      const d = peers.driver({ animate: false });
      d.highlight({ element: target, popover: { title: 'Invite users', description: 'Start here.' } });
      close = () => d.destroy();
    } else {
      const tour = new peers.Shepherd.Tour({ useModalOverlay: false });
      tour.addStep({ text: 'Start here.', attachTo: { element: target, on: 'bottom' } });
      tour.start();
      close = () => tour.cancel();
    }
    await nextFrame();
    await nextFrame();
    close();
    await nextFrame();
  }
}

/** `count` in-app navigations as the replica's router makes them (pushState + its event), a frame apart. */
export async function routeChanges([count, paths]: [number, string[]]): Promise<void> {
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  for (let i = 0; i < count; i++) {
    const path = paths[i % paths.length]!;
    history.pushState({ replica: true }, '', path);
    dispatchEvent(new CustomEvent('pushstate', { detail: { path } }));
    // The replica renders the new route on popstate as it does on its own navigations.
    dispatchEvent(new PopStateEvent('popstate', { state: { replica: true } }));
    await nextFrame();
  }
}
