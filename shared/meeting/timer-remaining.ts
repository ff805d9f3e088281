import type { MeetingTimer } from './meeting-state';

/**
 * Milliseconds left on a timer at `serverNow` (the server's clock: a client adds its measured
 * offset to its own `Date.now()`), never below zero.
 */
export function timerRemaining(timer: MeetingTimer, serverNow: number): number {
  if (!timer.running || timer.endsAt === null) return Math.max(0, timer.remainingMs);
  return Math.max(0, timer.endsAt - serverNow);
}
