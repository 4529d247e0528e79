import { useCallback, useRef, useState } from 'react';
import { sendRequest } from '@/utils/messaging';
import type { Outcome } from './useCommandSender';

export interface UndoReset {
  /** A reset just succeeded and can be undone. */
  available: boolean;
  /** After a reset: offers Undo until the next action of the section. */
  offer: () => void;
  /** Forgets the offer (another action came first). */
  clear: () => void;
  undo: () => Promise<void>;
}

/**
 * Undo of a reset on the options page: the background kept what the reset cleared, and `undoReset`
 * brings it back, keeping anything done in a tab since. No countdown: the offer stays until the next
 * action, so there is time to read and decide.
 */
export function useUndoReset(
  tourId: string | undefined,
  show: (outcome: Outcome) => void,
  texts: { restored: string; failed: (error: string) => string },
): UndoReset {
  const [available, setAvailable] = useState(false);
  const inFlight = useRef(false);
  const { restored, failed } = texts;
  const undo = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const reply = await sendRequest('undoReset', tourId === undefined ? {} : { tourId });
    inFlight.current = false;
    setAvailable(false);
    show(reply.ok ? { kind: 'success', text: restored } : { kind: 'error', text: failed(reply.error) });
  }, [tourId, show, restored, failed]);
  return {
    available,
    offer: useCallback(() => setAvailable(true), []),
    clear: useCallback(() => setAvailable(false), []),
    undo,
  };
}
