import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageRetry } from './storage-retry';

describe('storage retry', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tries again after 25 ms, doubling up to 1 s, and gives up once the database refused for too long', () => {
    vi.useFakeTimers();
    const retry = new StorageRetry(3000, () => Date.now());
    const triedAt: number[] = [];
    const start = Date.now();
    const fail = () => {
      triedAt.push(Date.now() - start);
      return retry.schedule(fail);
    };
    expect(retry.isFirstFailure).toBe(true);
    expect(retry.schedule(fail)).toBe(true);
    expect(retry.active).toBe(true);
    vi.advanceTimersByTime(2999);
    expect(triedAt).toEqual([25, 75, 175, 375, 775, 1575, 2575]);
    // The try at 3575 ms is past the limit: it gives up instead of scheduling another.
    vi.advanceTimersByTime(1000);
    expect(triedAt.at(-1)).toBe(3575);
    expect(retry.active).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(triedAt).toHaveLength(8);
  });

  it('starts a new run after everything went through', () => {
    vi.useFakeTimers();
    const retry = new StorageRetry(3000, () => Date.now());
    let tries = 0;
    retry.schedule(() => tries++);
    retry.reset();
    vi.advanceTimersByTime(100);
    expect(tries).toBe(0);
    expect(retry.isFirstFailure).toBe(true);
    expect(retry.active).toBe(false);
  });
});
