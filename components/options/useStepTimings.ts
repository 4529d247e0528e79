import { useEffect, useState } from 'react';
import { NO_TIMINGS, readStepTimings, type StepTimings } from '@/utils/progress/stepTimings';
import { stepTimingsItem } from '@/utils/storage';

/** The kept step timings (read-only; the background writes them), following every change. */
export function useStepTimings(): StepTimings {
  const [timings, setTimings] = useState<StepTimings>(NO_TIMINGS);
  useEffect(() => {
    let live = true;
    const unwatch = stepTimingsItem.watch((value) => setTimings(readStepTimings(value)));
    stepTimingsItem.getValue().then(
      (value) => {
        if (live) setTimings(readStepTimings(value));
      },
      (error: unknown) => console.error('[invite-guide] options: could not read the step timings', error),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return timings;
}
