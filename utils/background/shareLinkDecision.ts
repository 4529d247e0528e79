import type { PendingShareLink, ProgressCommand, TourProgress } from '../progress/types';

/** What to do with a valid share link, given where the user is in its tour. */
export type ShareLinkDecision =
  /** Nothing is lost by following it: apply this command. */
  | { kind: 'apply'; command: ProgressCommand }
  /** Following it would move or reset progress the user has: ask them on the page first. */
  | { kind: 'ask' }
  /** The user is already where the link points. */
  | { kind: 'done' };

/**
 * Pure. A link never silently wipes progress or moves the user away from where they are: a tour that
 * is running, paused or finished at another step than the link's is left alone until the user chooses.
 */
export function decideShareLink(
  link: PendingShareLink,
  progress: TourProgress | undefined,
): ShareLinkDecision {
  const { tourId } = link;
  const status = progress?.status;
  const fresh = !progress || status === 'not_started';

  switch (link.action) {
    case 'restart': {
      const nothingToLose =
        fresh ||
        (status !== 'completed' && progress.currentStep === 0 && Object.keys(progress.done).length === 0);
      return nothingToLose ? { kind: 'apply', command: { type: 'restart', tourId } } : { kind: 'ask' };
    }
    case 'resume':
      if (status === 'in_progress') return { kind: 'done' };
      // A finished tour opened again would become "in progress": that is the user's call.
      if (status === 'completed') return { kind: 'ask' };
      return { kind: 'apply', command: { type: 'start', tourId } };
    case 'step': {
      const start: ShareLinkDecision = { kind: 'apply', command: { type: 'start', tourId, step: link.step } };
      if (fresh) return start;
      const here = status !== 'completed' && progress.currentStep === link.step;
      if (here) return status === 'in_progress' ? { kind: 'done' } : start;
      return { kind: 'ask' };
    }
  }
}

/** What accepting the offer on the page does. */
export function acceptCommand(link: PendingShareLink): ProgressCommand {
  return link.action === 'restart'
    ? { type: 'restart', tourId: link.tourId }
    : { type: 'start', tourId: link.tourId, step: link.step };
}
