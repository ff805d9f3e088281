import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter';

describe('LoginLimiter', () => {
  it('locks an account after five failures for the rest of the window', () => {
    const limiter = new LoginLimiter(60_000, 5, 100);
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter('a@x.no', '1.1.1.1', 1000 + i)).toBe(0);
      limiter.recordFailure('a@x.no', '1.1.1.1', 1000 + i);
    }
    expect(limiter.retryAfter('a@x.no', '2.2.2.2', 2000)).toBe(59_000);
    expect(limiter.retryAfter('b@x.no', '1.1.1.1', 2000)).toBe(0);
    expect(limiter.retryAfter('a@x.no', '1.1.1.1', 61_001)).toBe(0);
  });

  it('locks an address that tries many accounts', () => {
    const limiter = new LoginLimiter(60_000, 5, 3);
    for (const email of ['a@x.no', 'b@x.no', 'c@x.no']) limiter.recordFailure(email, '9.9.9.9', 0);
    expect(limiter.retryAfter('d@x.no', '9.9.9.9', 10)).toBeGreaterThan(0);
  });

  it("forgets an account's failures after a successful log-in", () => {
    const limiter = new LoginLimiter(60_000, 2, 100);
    limiter.recordFailure('a@x.no', '1.1.1.1', 0);
    limiter.recordSuccess('a@x.no');
    limiter.recordFailure('a@x.no', '1.1.1.1', 1);
    expect(limiter.retryAfter('a@x.no', '1.1.1.1', 2)).toBe(0);
  });
});
