import { useCallback, useRef, useState } from 'react';
import { sendCommand } from '@/utils/messaging';
import type { ProgressCommand } from '@/utils/progress/types';

export interface Outcome {
  kind: 'success' | 'error';
  text: string;
}

export interface CommandSender {
  /** Sends the command; on success shows `done`, on failure `failed(errorCode)`. Resolves to success. */
  send: (command: ProgressCommand, done: string, failed: (error: string) => string) => Promise<boolean>;
  outcome: Outcome | null;
  /** Shows the outcome of something other than a command (an undo). */
  show: (outcome: Outcome) => void;
}

/** Progress changes from the options page, each with a message saying how it went. */
export function useCommandSender(): CommandSender {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const inFlight = useRef(false);
  const send = useCallback<CommandSender['send']>(async (command, done, failed) => {
    if (inFlight.current) return false;
    inFlight.current = true;
    const reply = await sendCommand(command);
    inFlight.current = false;
    setOutcome(reply.ok ? { kind: 'success', text: done } : { kind: 'error', text: failed(reply.error) });
    return reply.ok;
  }, []);
  return { send, outcome, show: setOutcome };
}
