import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '../serialQueue';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createSerialQueue', () => {
  it('runs tasks one at a time in the order they were queued, even when later ones are faster', async () => {
    const enqueue = createSerialQueue();
    const log: string[] = [];
    const task = (name: string, ticks: number) => async () => {
      log.push(`start ${name}`);
      for (let i = 0; i < ticks; i++) await tick();
      log.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([enqueue(task('a', 3)), enqueue(task('b', 0)), enqueue(task('c', 1))]);
    expect(results).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('a failing task rejects its own caller and does not stop the queue', async () => {
    const enqueue = createSerialQueue();
    const failing = enqueue(() => Promise.reject(new Error('boom')));
    const next = enqueue(async () => 'still runs');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('still runs');
  });
});
