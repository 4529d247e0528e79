import { useEffect, useState } from 'react';
import { parseProgressBackup } from '@/utils/progress/parseProgress';
import type { ProgressBackup } from '@/utils/progress/types';
import { progressBackupItem } from '@/utils/storage';

/** The data the background kept before repairing unreadable progress (read-only), or null. */
export function useProgressBackup(): ProgressBackup | null {
  const [backup, setBackup] = useState<ProgressBackup | null>(null);
  useEffect(() => {
    let live = true;
    const unwatch = progressBackupItem.watch((value) => setBackup(parseProgressBackup(value)));
    progressBackupItem.getValue().then(
      (value) => {
        if (live) setBackup(parseProgressBackup(value));
      },
      (error: unknown) => console.error('[invite-guide] options: could not read the progress backup', error),
    );
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return backup;
}
