import { useCallback, useState } from 'react';

/** How the last copy of the current text went: `manual` means the user must press the shortcut. */
export type CopyOutcome = 'copied' | 'manual';

export interface CopyText {
  /** Copies the text; when the clipboard refuses, selects it in `field` for the user to copy. */
  copy: (field: HTMLInputElement | null) => void;
  /** The outcome for the text as it is now (a changed text has not been copied yet), or null. */
  outcome: CopyOutcome | null;
}

/** Copy to the clipboard, with the fallback every browser allows: select the text, let the user copy it. */
export function useCopyText(
  text: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): CopyText {
  const [last, setLast] = useState<{ text: string; outcome: CopyOutcome } | null>(null);
  const copy = useCallback(
    (field: HTMLInputElement | null) => {
      const manual = () => {
        field?.focus();
        field?.select();
        setLast({ text, outcome: 'manual' });
      };
      if (!clipboard) return manual();
      clipboard.writeText(text).then(() => setLast({ text, outcome: 'copied' }), manual);
    },
    [text, clipboard],
  );
  return { copy, outcome: last?.text === text ? last.outcome : null };
}
