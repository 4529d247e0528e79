/** Runs async tasks one at a time, in the order they were queued. */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Commands read storage, compute and write back. Two of them interleaving would lose one update (both
 * read the same state), so every read-modify-write in the background goes through one queue.
 */
export function createSerialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task);
    // A failed task rejects its own caller only; the next task still runs.
    tail = result.catch(() => undefined);
    return result;
  };
}
