import { describe, expect, it } from 'vitest';
import { SocketBudget } from './socket-budget';

describe('SocketBudget', () => {
  it('lets a burst through, then the steady rate, and refuses a flood', () => {
    let now = 0;
    const budget = new SocketBudget({ messagesPerSecond: 10, bytesPerSecond: 1000, burstSeconds: 2 }, () => now);
    for (let i = 0; i < 20; i++) expect(budget.take(10)).toBe(true);
    expect(budget.take(10)).toBe(false);
    now += 1000;
    for (let i = 0; i < 9; i++) expect(budget.take(10)).toBe(true);
  });

  it('counts bytes too: a few huge messages are over budget', () => {
    let now = 0;
    const budget = new SocketBudget({ messagesPerSecond: 100, bytesPerSecond: 1000, burstSeconds: 2 }, () => now);
    expect(budget.take(1500)).toBe(true);
    expect(budget.take(1000)).toBe(false);
    now += 3000;
    expect(budget.take(1500)).toBe(true);
  });

  it('is generous enough for tldraw at 30 fps with a 4 MB paste in chunks', () => {
    let now = 0;
    const budget = new SocketBudget(undefined, () => now);
    for (let second = 0; second < 60; second++) {
      for (let frame = 0; frame < 32; frame++) {
        now += 1000 / 32;
        expect(budget.take(2000)).toBe(true);
      }
    }
    for (let chunk = 0; chunk < 64; chunk++) expect(budget.take(64 * 1024)).toBe(true);
  });
});
