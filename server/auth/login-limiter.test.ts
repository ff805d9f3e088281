import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter';

/** A clock the test moves by hand. */
function manualClock(start = 1000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('LoginLimiter', () => {
  it('holds back an address after five failures for one account, for the rest of the window', () => {
    const clock = manualClock();
    const limiter = new LoginLimiter({ windowMs: 60_000, clock: clock.now });
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter('a@x.no', '1.1.1.1')).toBe(0);
      limiter.recordFailure('a@x.no', '1.1.1.1');
      clock.advance(1);
    }
    expect(limiter.retryAfter('a@x.no', '1.1.1.1')).toBe(59_995);
    clock.advance(60_000);
    expect(limiter.retryAfter('a@x.no', '1.1.1.1')).toBe(0);
  });

  it("does not hold back the account's owner at another address", () => {
    const clock = manualClock();
    const limiter = new LoginLimiter({ clock: clock.now });
    for (let i = 0; i < 5; i++) limiter.recordFailure('admin@x.no', '6.6.6.6');
    expect(limiter.retryAfter('admin@x.no', '6.6.6.6')).toBeGreaterThan(0);
    expect(limiter.retryAfter('admin@x.no', '2.2.2.2')).toBe(0);
    expect(limiter.retryAfter('b@x.no', '6.6.6.6')).toBe(0);
  });

  it('holds back an address that tries many accounts', () => {
    const clock = manualClock();
    const limiter = new LoginLimiter({ maxPerAddress: 3, clock: clock.now });
    for (const email of ['a@x.no', 'b@x.no', 'c@x.no']) limiter.recordFailure(email, '9.9.9.9');
    expect(limiter.retryAfter('d@x.no', '9.9.9.9')).toBeGreaterThan(0);
  });

  it('a guess spread over many addresses holds back those addresses, never a clean one', () => {
    const clock = manualClock();
    const limiter = new LoginLimiter({ maxPerAccount: 10, clock: clock.now });
    for (let i = 0; i < 10; i++) limiter.recordFailure('admin@x.no', `10.0.0.${i}`);
    expect(limiter.retryAfter('admin@x.no', '10.0.0.3')).toBeGreaterThan(0);
    expect(limiter.retryAfter('admin@x.no', '10.0.0.200')).toBe(0);
  });

  it('forgets the failures for an account at an address after it logs in there', () => {
    const clock = manualClock();
    const limiter = new LoginLimiter({ maxPerAccountAndAddress: 2, clock: clock.now });
    limiter.recordFailure('a@x.no', '1.1.1.1');
    limiter.recordSuccess('a@x.no', '1.1.1.1');
    limiter.recordFailure('a@x.no', '1.1.1.1');
    expect(limiter.retryAfter('a@x.no', '1.1.1.1')).toBe(0);
  });
});
