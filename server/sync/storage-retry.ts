/**
 * How a room retries a write the database could not take (busy, locked by another process, briefly
 * unavailable): again after 25 ms, doubling up to 1 s between tries, until it has refused for
 * `giveUpAfterMs`; then the room gives up and its clients send their changes again after
 * reconnecting (nothing of theirs was acknowledged).
 */
export class StorageRetry {
  private since: number | null = null;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly giveUpAfterMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a failure is being retried now (writes behind it must wait, to keep the order). */
  get active(): boolean {
    return this.since !== null;
  }

  /** Whether this failure is the first of its run (the one worth a log line). */
  get isFirstFailure(): boolean {
    return this.attempt === 0;
  }

  /**
   * After a failed write: schedules `tryAgain` with back-off and returns true, or returns false
   * when the database has refused for too long (the caller gives up; `reset()` has been done).
   */
  schedule(tryAgain: () => void): boolean {
    this.since ??= this.now();
    if (this.now() - this.since >= this.giveUpAfterMs) {
      this.reset();
      return false;
    }
    const delay = Math.min(1000, 25 * 2 ** this.attempt);
    this.attempt += 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      tryAgain();
    }, delay);
    return true;
  }

  /** Everything went through, or the room closed: the next failure starts a new run. */
  reset(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.since = null;
    this.attempt = 0;
  }
}
