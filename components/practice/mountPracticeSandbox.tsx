import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { INVITED_STORAGE_KEY } from '@/components/replica/data/invitedUsersStore';
import { MEMBER_ROLES_KEY } from '@/components/replica/data/memberRoles';
import { OLDER_PENDING_KEY } from '@/components/replica/data/replicaSettings';
import type { TourDefinition } from '@/tours/types';
import { i18n } from '#i18n';
import { appUrl } from '@/utils/overlay/appPath';
import { mountOverlayHost } from '@/components/overlay/mountOverlayHost';
import { keepHostOnTop } from '@/utils/overlay/keepHostOnTop';
import bannerCss from './practiceBanner.css?inline';
import { createPracticeProgress, type PracticeProgress } from './createPracticeProgress';
import { PracticeBanner } from './PracticeBanner';
import { PracticeOverlay } from './PracticeOverlay';
import { PRACTICE_START_ROUTE } from './practicePage';

const BANNER_TAG = 'invite-guide-practice-banner';
const SHELL_CLASS = 'invite-guide-practice-shell';
const STAGE_CLASS = 'invite-guide-practice-stage';
// The replica sizes its root to the viewport (100vh); in the sandbox it gets the space under the banner.
const SHELL_CSS = `
  .${SHELL_CLASS} { position: fixed; inset: 0; display: flex; flex-direction: column; }
  .${STAGE_CLASS} { position: relative; flex: 1 1 auto; min-height: 0; }
  .${STAGE_CLASS} > * { width: 100% !important; height: 100% !important; }
`;

export interface PracticeSandboxOptions {
  /** Mounts the app to practise on (the Mixpanel replica) into `container`; returns its cleanup. */
  mountApp: (container: HTMLElement) => () => void;
  /** The tour to rehearse. */
  tour: TourDefinition;
  doc?: Document;
}

/**
 * The practice sandbox: the replica under a banner, with the real tour overlay on top, driven by an
 * in-memory practice run that starts at step 1. Nothing is sent to the background or written to the
 * extension's storage; the replica's own record of invitations is dropped when the page loads and
 * leaves, so a rehearsal leaves nothing behind. Returns the cleanup of all of it.
 */
export function mountPracticeSandbox({ mountApp, tour, doc = document }: PracticeSandboxOptions): () => void {
  const win = doc.defaultView;
  if (!win) throw new Error('practice: the document has no window; mount the sandbox in a loaded page');
  forgetInvitations(win);
  // An invitation sent days ago is waiting, as in most organizations: something to resend in practice.
  showOlderInvitation(win);

  const style = doc.createElement('style');
  style.textContent = SHELL_CSS;
  doc.head.append(style);
  const shell = doc.createElement('div');
  shell.className = SHELL_CLASS;
  const bannerHost = doc.createElement(BANNER_TAG);
  const bannerShadow = bannerHost.attachShadow({ mode: 'open' });
  const bannerStyle = doc.createElement('style');
  bannerStyle.textContent = bannerCss;
  const bannerContainer = doc.createElement('div');
  bannerShadow.append(bannerStyle, bannerContainer);
  const stage = doc.createElement('div');
  stage.className = STAGE_CLASS;
  shell.append(bannerHost, stage);
  doc.body.append(shell);

  const unmountApp = mountApp(stage);
  const stopTitle = keepTitleMarked(doc);

  const practice = createPracticeProgress([tour]);
  practice.send({ type: 'start', tourId: tour.id, step: 0 });
  const navigate = (path: string) => win.location.assign(appUrl(path, win.location));
  // A fresh page is a fresh rehearsal: back to the start, with the replica's invitations forgotten.
  const restart = () => {
    forgetInvitations(win);
    win.location.assign(appUrl(PRACTICE_START_ROUTE, win.location));
    win.location.reload();
  };

  const overlayHost = mountOverlayHost(doc);
  const stopOnTop = keepHostOnTop(overlayHost.element, doc);
  const overlayRoot = createRoot(overlayHost.container);
  overlayRoot.render(<PracticeOverlay tour={tour} practice={practice} navigate={navigate} />);
  const bannerRoot = createRoot(bannerContainer);
  bannerRoot.render(<ConnectedBanner tour={tour} practice={practice} onRestart={restart} />);

  const onPageHide = () => forgetInvitations(win);
  win.addEventListener('pagehide', onPageHide);

  return () => {
    win.removeEventListener('pagehide', onPageHide);
    overlayRoot.unmount();
    stopOnTop();
    overlayHost.remove();
    bannerRoot.unmount();
    stopTitle();
    unmountApp();
    shell.remove();
    style.remove();
  };
}

function ConnectedBanner({
  tour,
  practice,
  onRestart,
}: {
  tour: TourDefinition;
  practice: PracticeProgress;
  onRestart: () => void;
}) {
  const paused = useStore(practice.store, (state) => state.tours[tour.id]?.status === 'dismissed');
  return (
    <PracticeBanner
      paused={paused}
      onResume={() => practice.send({ type: 'start', tourId: tour.id })}
      onRestart={onRestart}
    />
  );
}

/** The replica keeps invitations and saved roles in the page's localStorage (to survive reloads); a rehearsal must not. */
function forgetInvitations(win: Window): void {
  try {
    win.localStorage.removeItem(INVITED_STORAGE_KEY);
    win.localStorage.removeItem(MEMBER_ROLES_KEY);
  } catch {
    // Storage blocked: the replica then keeps its list in memory, which dies with the page anyway.
  }
}

function showOlderInvitation(win: Window): void {
  try {
    win.localStorage.setItem(OLDER_PENDING_KEY, '1');
  } catch {
    // Storage blocked: the sandbox has no older invitation; nothing else changes.
  }
}

/**
 * The replica names the tab like Mixpanel does ("Home - Mixpanel"); in the sandbox the tab says it is
 * practice, so it is never taken for the real thing among other tabs.
 */
function keepTitleMarked(doc: Document): () => void {
  let ours = '';
  const mark = () => {
    if (doc.title === ours) return;
    ours = i18n.t('practice.tabTitle', [doc.title]);
    doc.title = ours;
  };
  const observer = new MutationObserver(mark);
  observer.observe(doc.head, { childList: true, subtree: true, characterData: true });
  mark();
  return () => observer.disconnect();
}
