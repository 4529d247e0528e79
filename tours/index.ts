import { bulkInviteTour } from './bulkInvite';
import { changeRoleTour } from './changeRole';
import { inviteUsersTour } from './inviteUsers';
import { resendInviteTour } from './resendInvite';
import type { TourDefinition } from './types';

/**
 * Every tour the extension ships, in the order the popup lists them. A new tour is a new file in this
 * folder (its texts in `locales/`), added here; nothing else names a tour.
 */
export const TOURS: readonly TourDefinition[] = [
  inviteUsersTour,
  resendInviteTour,
  changeRoleTour,
  bulkInviteTour,
];

export function getTour(id: string): TourDefinition | undefined {
  return TOURS.find((tour) => tour.id === id);
}

export type { TourDefinition, TourStep, Target, TargetStrategy, Completion } from './types';
