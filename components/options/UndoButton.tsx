import { i18n } from '#i18n';

/** "Undo" under a reset's message; its accessible name says what it undoes. */
export function UndoButton({ label, onUndo }: { label: string; onUndo: () => void }) {
  return (
    <p>
      <button type="button" className="btn" aria-label={label} onClick={onUndo}>
        {i18n.t('options.progress.undo')}
      </button>
    </p>
  );
}
