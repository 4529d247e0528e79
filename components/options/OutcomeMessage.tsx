import type { ReactNode } from 'react';
import type { Outcome } from './useCommandSender';

/**
 * The result of the last action of a section. Both live regions exist before they speak, so screen
 * readers hear the message: success politely, errors at once.
 */
export function OutcomeMessage({ outcome, details }: { outcome: Outcome | null; details?: ReactNode }) {
  const message = outcome && (
    <div className="notice" data-kind={outcome.kind}>
      <div className="notice-text">
        <p>{outcome.text}</p>
        {details}
      </div>
    </div>
  );
  return (
    <div className="outcome">
      <div role="status">{outcome?.kind === 'success' && message}</div>
      <div role="alert">{outcome?.kind === 'error' && message}</div>
    </div>
  );
}
