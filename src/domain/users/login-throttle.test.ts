import { describe, expect, it } from 'vitest';
import { BASE_DELAY_SECONDS, FORGET_AFTER_SECONDS, MAX_DELAY_SECONDS, PER_ACCOUNT, PER_ADDRESS_AND_ACCOUNT, delayAfter, giveBack, ruleOf, takeTry, type CounterState, type LoginCounters } from './login-throttle';

const t0 = new Date('2026-03-01T08:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const none: LoginCounters = { addressAccount: null, address: null, account: null };

/** Takes tries one after another at `when`, returning how many went ahead. */
function tries(counters: LoginCounters, n: number, when: Date): { counters: LoginCounters; allowed: number; retry: number[] } {
  let allowed = 0;
  const retry: number[] = [];
  for (let i = 0; i < n; i++) {
    const d = takeTry(counters, when);
    if (d.allowed) {
      allowed++;
      counters = d.next;
    } else retry.push(d.retryAfterSeconds);
  }
  return { counters, allowed, retry };
}

describe('sign-in back-off', () => {
  it('lets the free tries through, then waits 30 s, 1 min, 2 min … at most 15 min between tries', () => {
    expect([4, 5, 6, 7, 8, 9, 10, 20].map((n) => delayAfter(n, PER_ADDRESS_AND_ACCOUNT))).toEqual([0, 30, 60, 120, 240, 480, 900, 900]);
    const burst = tries(none, 50, t0);
    expect(burst.allowed).toBe(PER_ADDRESS_AND_ACCOUNT.free);
    expect(new Set(burst.retry)).toEqual(new Set([BASE_DELAY_SECONDS]));
    expect(takeTry(burst.counters, at(29)).allowed).toBe(false);
    const sixth = takeTry(burst.counters, at(30));
    expect(sixth.allowed).toBe(true);
    if (!sixth.allowed) return;
    const d = takeTry(sixth.next, at(31));
    expect(d).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(delayAfter(1000, PER_ADDRESS_AND_ACCOUNT)).toBe(MAX_DELAY_SECONDS);
  });

  it('forgets a counter after an hour without tries', () => {
    const burst = tries(none, 5, t0);
    const within = takeTry(burst.counters, at(FORGET_AFTER_SECONDS));
    expect(within.allowed && within.next.addressAccount.tries).toBe(6);
    const later = takeTry(burst.counters, at(FORGET_AFTER_SECONDS + 1));
    expect(later.allowed && later.next.addressAccount.tries).toBe(1);
  });

  it('holds back, for an account under attack, only the addresses that have failed', () => {
    const attacked: CounterState = { tries: PER_ACCOUNT.free, blockedUntil: at(600), updatedAt: t0 };
    const failedAddress: CounterState = { tries: 1, blockedUntil: null, updatedAt: t0 };
    expect(takeTry({ addressAccount: failedAddress, address: failedAddress, account: attacked }, at(1))).toEqual({ allowed: false, retryAfterSeconds: 599 });
    const owner = takeTry({ addressAccount: null, address: null, account: attacked }, at(1));
    expect(owner.allowed).toBe(true);
  });

  it('gives a successful try back, lifting a hold only that try caused', () => {
    const burst = tries(none, 5, t0).counters;
    expect(burst.address!.blockedUntil).toBeNull(); // 5 of 30 for the address
    const rule = ruleOf('addressAccount');
    const back = giveBack(burst.addressAccount!, rule, at(1));
    expect(back).toEqual({ tries: 4, blockedUntil: null, updatedAt: at(1) });
    const deep: CounterState = { tries: 8, blockedUntil: at(240), updatedAt: t0 };
    expect(giveBack(deep, rule, at(1)).blockedUntil).toEqual(at(240));
  });
});
