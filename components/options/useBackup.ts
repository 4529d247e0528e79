import { useCallback, useRef, useState } from 'react';
import { buildExportFile, MAX_IMPORT_CHARS, parseImportFile, type ImportRefusal } from '@/utils/exportImport';
import { i18n } from '#i18n';
import { sendRequest } from '@/utils/messaging';
import type { StepTimings } from '@/utils/progress/stepTimings';
import type { ProgressState } from '@/utils/progress/types';
import { downloadText } from './downloadText';
import type { Outcome } from './useCommandSender';

/** A valid file waiting for the user's "Replace progress". */
export interface PendingImport {
  fileName: string;
  exportedAt: string | null;
  state: ProgressState;
  /** The file's step timings; absent in a file from before they were kept (the kept ones then stay). */
  timings?: StepTimings;
}

export interface BackupOutcome extends Outcome {
  /** What exactly was wrong with a refused file (technical, English). */
  details?: string[];
}

export interface Backup {
  exportProgress: () => void;
  /** Checks a chosen file; a valid one becomes `pending`, anything else a refusal message. */
  chooseFile: (file: File) => void;
  pending: PendingImport | null;
  confirmImport: () => void;
  cancelImport: () => void;
  outcome: BackupOutcome | null;
}

const REFUSAL_TEXT: Readonly<Record<ImportRefusal | 'unreadable', (fileName: string) => string>> = {
  tooLarge: (name) => i18n.t('options.backup.refused.tooLarge', [name]),
  notJson: (name) => i18n.t('options.backup.refused.notJson', [name]),
  notOurs: (name) => i18n.t('options.backup.refused.notOurs', [name]),
  futureVersion: (name) => i18n.t('options.backup.refused.futureVersion', [name]),
  unsupportedVersion: (name) => i18n.t('options.backup.refused.unsupportedVersion', [name]),
  invalidProgress: (name) => i18n.t('options.backup.refused.invalidProgress', [name]),
  invalidTimings: (name) => i18n.t('options.backup.refused.invalidTimings', [name]),
  unreadable: (name) => i18n.t('options.backup.refused.unreadable', [name]),
};

/**
 * Export and import of progress and step timings. Export asks the background for both (after any change
 * still queued); import checks the whole file here, asks the user, then hands the checked parts to the
 * background.
 */
export function useBackup(now: () => Date = () => new Date()): Backup {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const busy = useRef(false);

  const exportProgress = useCallback(() => {
    void (async () => {
      const reply = await sendRequest('getProgress');
      const timings = await sendRequest('getStepTimings');
      if (!reply.ok || !timings.ok) {
        const error = !reply.ok ? reply.error : !timings.ok ? timings.error : '';
        setOutcome({ kind: 'error', text: i18n.t('options.backup.exportFailed', [error]) });
        return;
      }
      const { fileName, text } = buildExportFile(reply.state, now(), timings.timings);
      downloadText(fileName, text);
      setOutcome({ kind: 'success', text: i18n.t('options.backup.exported', [fileName]) });
    })();
  }, [now]);

  const chooseFile = useCallback((file: File) => {
    setPending(null);
    void (async () => {
      const refuse = (reason: ImportRefusal | 'unreadable', details: string[]) =>
        setOutcome({ kind: 'error', text: REFUSAL_TEXT[reason](file.name), details });
      // Not even read when surely too long (a UTF-16 unit of text takes at most 3 bytes of UTF-8);
      // parseImportFile checks the exact length.
      if (file.size > MAX_IMPORT_CHARS * 4) {
        refuse('tooLarge', [`the file has ${file.size} bytes`]);
        return;
      }
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        refuse('unreadable', [error instanceof Error ? error.message : String(error)]);
        return;
      }
      const result = parseImportFile(text);
      if (!result.ok) {
        refuse(result.reason, result.details);
        return;
      }
      setOutcome(null);
      setPending({
        fileName: file.name,
        exportedAt: result.exportedAt,
        state: result.state,
        ...(result.timings ? { timings: result.timings } : {}),
      });
    })();
  }, []);

  const confirmImport = useCallback(() => {
    if (!pending || busy.current) return;
    busy.current = true;
    void (async () => {
      const reply = await sendRequest('importProgress', pending.state);
      const timings =
        reply.ok && pending.timings ? await sendRequest('importStepTimings', pending.timings) : null;
      busy.current = false;
      setPending(null);
      if (!reply.ok) {
        setOutcome({ kind: 'error', text: i18n.t('options.backup.importFailed', [reply.error]) });
      } else if (timings && !timings.ok) {
        setOutcome({
          kind: 'error',
          text: i18n.t('options.backup.timingsImportFailed', [pending.fileName, timings.error]),
        });
      } else {
        setOutcome({ kind: 'success', text: i18n.t('options.backup.imported', [pending.fileName]) });
      }
    })();
  }, [pending]);

  const cancelImport = useCallback(() => {
    setPending(null);
    setOutcome({ kind: 'success', text: i18n.t('options.backup.cancelled') });
  }, []);

  return { exportProgress, chooseFile, pending, confirmImport, cancelImport, outcome };
}
