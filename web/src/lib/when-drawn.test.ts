import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenDrawn } from './when-drawn';

describe('whenDrawn', () => {
  let frames: Array<() => void> = [];
  /** Runs one animation frame: the callbacks asked for before it. */
  const nextFrame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback();
  };

  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => {
      frames[id - 1] = () => {};
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs in a task after the frame in which what it waits for is drawn, once', () => {
    const action = vi.fn();
    let drawn = false;
    whenDrawn(() => drawn, action);
    nextFrame();
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(action).not.toHaveBeenCalled();
    drawn = true;
    vi.advanceTimersByTime(0);
    expect(action).not.toHaveBeenCalled();
    // Not inside the frame's callbacks: the frame is painted first.
    nextFrame();
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(action).toHaveBeenCalledTimes(1);
    nextFrame();
    vi.advanceTimersByTime(5_000);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('runs after the longest wait when no frame comes (a tab in the background)', () => {
    const action = vi.fn();
    whenDrawn(() => true, action, 1_000);
    vi.advanceTimersByTime(999);
    expect(action).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(1);
    nextFrame();
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const action = vi.fn();
    const cancel = whenDrawn(() => true, action);
    nextFrame();
    cancel();
    nextFrame();
    vi.advanceTimersByTime(5_000);
    expect(action).not.toHaveBeenCalled();
  });
});
