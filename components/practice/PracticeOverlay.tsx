import { useMemo } from 'react';
import { useStore } from 'zustand';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import type { TourDefinition } from '@/tours/types';
import { createTabMemory } from '@/utils/overlay/stepSession';
import type { PracticeProgress } from './createPracticeProgress';

export interface PracticeOverlayProps {
  tour: TourDefinition;
  practice: PracticeProgress;
  navigate: (path: string) => void;
}

const ignorePlace = () => undefined;

/**
 * The real tour overlay, driven by the practice run instead of stored progress. A practice run learns
 * nothing about addresses (it keeps no storage): "open it" uses the documented defaults.
 */
export function PracticeOverlay({ tour, practice, navigate }: PracticeOverlayProps) {
  const progress = useStore(practice.store, (state) => state.tours[tour.id]);
  const memory = useMemo(() => createTabMemory(), []);
  return (
    <OverlayApp
      tour={tour}
      progress={progress}
      send={practice.send}
      navigate={navigate}
      memory={memory}
      pathOfPage={(pageKey) => tour.pages[pageKey]?.defaultPath}
      onPageProven={ignorePlace}
    />
  );
}
