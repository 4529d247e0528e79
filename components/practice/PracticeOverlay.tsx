import { useStore } from 'zustand';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import type { TourDefinition } from '@/tours/types';
import type { PracticeProgress } from './createPracticeProgress';

export interface PracticeOverlayProps {
  tour: TourDefinition;
  practice: PracticeProgress;
  navigate: (path: string) => void;
}

/** The real tour overlay, driven by the practice run instead of stored progress. */
export function PracticeOverlay({ tour, practice, navigate }: PracticeOverlayProps) {
  const progress = useStore(practice.store, (state) => state.tours[tour.id]);
  return <OverlayApp tour={tour} progress={progress} send={practice.send} navigate={navigate} />;
}
