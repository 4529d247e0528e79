import { useCallback, useEffect, useRef, useState } from 'react';
import { sendCommand, sendRequest } from '@/utils/messaging';

/** How long "Undo" stays after a reset (paused while the pointer or focus is on it). */
export const UNDO_MS = 6000;

export type ResetPhase =
  { kind: 'idle' } | { kind: 'confirming' } | { kind: 'undoable' } | { kind: 'restored' };

export interface ResetWithUndo {
  phase: ResetPhase;
  ask: () => void;
  cancel: () => void;
  confirm: () => void;
  undo: () => void;
  /** Stops the Undo countdown while the user is on it, and starts it again when they leave. */
  hold: (held: boolean) => void;
  /** Error code of the last failed reset or undo, or null. */
  error: string | null;
}

/**
 * "Reset progress" with a confirmation first and an Undo after. The background keeps what the reset
 * cleared; Undo asks it to bring that back (`undoReset`), keeping anything done in a tab since.
 */
export function useResetWithUndo(tourId: string, undoMs = UNDO_MS): ResetWithUndo {
  const [phase, setPhase] = useState<ResetPhase>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [held, setHeld] = useState(false);

  const undoable = phase.kind === 'undoable' || phase.kind === 'restored';
  useEffect(() => {
    if (!undoable || held) return;
    const timer = setTimeout(() => setPhase({ kind: 'idle' }), undoMs);
    return () => clearTimeout(timer);
  }, [undoable, held, undoMs, phase]);

  const busy = useRef(false);
  const run = useCallback((task: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    void task().finally(() => {
      busy.current = false;
    });
  }, []);

  const confirm = useCallback(
    () =>
      run(async () => {
        const reply = await sendCommand({ type: 'reset', tourId });
        if (!reply.ok) {
          setError(reply.error);
          setPhase({ kind: 'idle' });
          return;
        }
        setHeld(false);
        setPhase({ kind: 'undoable' });
      }),
    [run, tourId],
  );

  const undo = useCallback(
    () =>
      run(async () => {
        if (phase.kind !== 'undoable') return;
        const reply = await sendRequest('undoReset', { tourId });
        if (!reply.ok) {
          setError(reply.error);
          return;
        }
        setHeld(false);
        setPhase({ kind: 'restored' });
      }),
    [run, tourId, phase],
  );

  return {
    phase,
    ask: useCallback(() => setPhase({ kind: 'confirming' }), []),
    cancel: useCallback(() => setPhase({ kind: 'idle' }), []),
    confirm,
    undo,
    hold: setHeld,
    error,
  };
}
