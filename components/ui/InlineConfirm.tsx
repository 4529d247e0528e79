import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface InlineConfirmProps {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** More about what would change (e.g. which file), under the question. */
  children?: ReactNode;
}

/**
 * "Are you sure?" shown in place of the button that asked. Focus starts on Cancel, the harmless choice;
 * Escape cancels. The caller puts focus back where it belongs after either answer.
 */
export function InlineConfirm(props: InlineConfirmProps) {
  const { question, confirmLabel, cancelLabel, onConfirm, onCancel, children } = props;
  const questionId = useId();
  const detailId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onCancel();
  };

  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={questionId}
      aria-describedby={children ? detailId : undefined}
      onKeyDown={onKeyDown}
    >
      <p className="confirm-question" id={questionId}>
        {question}
      </p>
      {children && (
        <div className="confirm-detail" id={detailId}>
          {children}
        </div>
      )}
      <button type="button" className="btn btn-danger" onClick={onConfirm}>
        {confirmLabel}
      </button>
      <button type="button" className="btn" ref={cancelRef} onClick={onCancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
