/**
 * Counts failed log-ins per account and per address in memory (Planrom runs as one process) and
 * refuses further attempts for a while once too many have failed.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly windowMs = 15 * 60_000,
    private readonly maxPerAccount = 5,
    private readonly maxPerAddress = 30,
  ) {}

  /** Milliseconds until another attempt is allowed, or 0 when one is allowed now. */
  retryAfter(email: string, address: string, now = Date.now()): number {
    return Math.max(
      this.wait(`account:${email}`, this.maxPerAccount, now),
      this.wait(`address:${address}`, this.maxPerAddress, now),
    );
  }

  recordFailure(email: string, address: string, now = Date.now()): void {
    for (const key of [`account:${email}`, `address:${address}`]) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.set(key, recent);
    }
    if (this.failures.size > 10_000) this.prune(now);
  }

  recordSuccess(email: string): void {
    this.failures.delete(`account:${email}`);
  }

  private wait(key: string, max: number, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < max) return 0;
    return recent[recent.length - max]! + this.windowMs - now;
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
  }

  private prune(now: number) {
    for (const [key] of this.failures) {
      if (this.recent(key, now).length === 0) this.failures.delete(key);
    }
  }
}
