export interface LoginLimiterOptions {
  windowMs?: number;
  /** Failures for one account from one address before that pair must wait. */
  maxPerAccountAndAddress?: number;
  /** Failures from one address (any accounts) before that address must wait. */
  maxPerAddress?: number;
  /**
   * Failures for one account from all addresses together before addresses that have failed
   * recently must wait too (a spread-out guess at one account). Addresses with no recent failure
   * are never held back by it, so the real person can still log in.
   */
  maxPerAccount?: number;
  /** The time now (tests pass their own clock). */
  clock?: () => number;
}

/**
 * Counts failed log-ins in memory (Planrom runs as one process) and makes an address wait a while
 * once too many have failed. Failures count per account *and address together*: a stranger's wrong
 * passwords hold back the stranger's address, never the account's owner at another address, so
 * nobody can lock the administrator out by guessing at their e-mail.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly windowMs: number;
  private readonly maxPair: number;
  private readonly maxAddress: number;
  private readonly maxAccount: number;
  private readonly clock: () => number;

  constructor(options: LoginLimiterOptions = {}) {
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.maxPair = options.maxPerAccountAndAddress ?? 5;
    this.maxAddress = options.maxPerAddress ?? 30;
    this.maxAccount = options.maxPerAccount ?? 50;
    this.clock = options.clock ?? Date.now;
  }

  /** Milliseconds until another attempt is allowed from this address for this account, or 0 when one is allowed now. */
  retryAfter(email: string, address: string): number {
    const now = this.clock();
    const addressWait = this.wait(`address:${address}`, this.maxAddress, now);
    const pairWait = this.wait(pairKey(email, address), this.maxPair, now);
    // The account-wide count only holds back addresses that have failed themselves.
    const accountWait = this.recent(`address:${address}`, now).length > 0 ? this.wait(`account:${email}`, this.maxAccount, now) : 0;
    return Math.max(addressWait, pairWait, accountWait);
  }

  recordFailure(email: string, address: string): void {
    const now = this.clock();
    for (const key of [pairKey(email, address), `address:${address}`, `account:${email}`]) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.set(key, recent);
    }
    if (this.failures.size > 10_000) this.prune(now);
  }

  /** A successful log-in forgets the failures for that account from that address. */
  recordSuccess(email: string, address: string): void {
    this.failures.delete(pairKey(email, address));
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

function pairKey(email: string, address: string): string {
  return `pair:${email}\u0000${address}`;
}
