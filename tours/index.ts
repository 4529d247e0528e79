import { inviteUsersTour } from './inviteUsers';
import type { TourDefinition } from './types';

/** Every tour the extension ships. A new tour is a new file in this folder, added here. */
export const TOURS: readonly TourDefinition[] = [inviteUsersTour];

export function getTour(id: string): TourDefinition | undefined {
  return TOURS.find((tour) => tour.id === id);
}

export type { TourDefinition, TourStep, Target, TargetStrategy, Completion } from './types';
