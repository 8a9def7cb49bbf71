/**
 * Sign-in throttling: slow down whoever guesses passwords without letting a stranger lock the
 * owner out of an account.
 *
 * Three counters, each a number of tries and a time before which no further try is taken:
 * - per address and account: 5 free tries, then exponential back-off (30 s, 1 min, 2 min, … at
 *   most 15 min between tries) — the guesser at one address slows down on one account;
 * - per address: 30 free tries over all accounts, then the same back-off — one address spraying
 *   many accounts slows down;
 * - per account, over all addresses: 20 free tries, then back-off — but it holds back only
 *   addresses that have themselves failed recently. The owner signing in from an address with no
 *   failures is never held back by what others did to the account.
 *
 * A try is counted when it is taken (before the password is checked), so parallel guesses count
 * as they arrive and at most the free tries get through; a successful sign-in gives its try
 * back. A counter forgets after an hour without tries.
 */

export interface ThrottleRule {
  /** Tries taken without delay. */
  free: number;
}

export const PER_ADDRESS_AND_ACCOUNT: ThrottleRule = { free: 5 };
export const PER_ADDRESS: ThrottleRule = { free: 30 };
export const PER_ACCOUNT: ThrottleRule = { free: 20 };

export const BASE_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;
/** A counter without tries for this long starts again from zero. */
export const FORGET_AFTER_SECONDS = 60 * 60;

export interface CounterState {
  tries: number;
  blockedUntil: Date | null;
  updatedAt: Date;
}

export interface LoginCounters {
  addressAccount: CounterState | null;
  address: CounterState | null;
  account: CounterState | null;
}

export type CounterName = keyof LoginCounters;
const RULES: Record<CounterName, ThrottleRule> = { addressAccount: PER_ADDRESS_AND_ACCOUNT, address: PER_ADDRESS, account: PER_ACCOUNT };

/** The wait before the try after the `tries`-th (none while tries are free). */
export function delayAfter(tries: number, rule: ThrottleRule): number {
  if (tries < rule.free) return 0;
  return Math.min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * 2 ** Math.min(tries - rule.free, 20));
}

function current(state: CounterState | null, now: Date): CounterState {
  if (!state || now.getTime() - state.updatedAt.getTime() > FORGET_AFTER_SECONDS * 1000) return { tries: 0, blockedUntil: null, updatedAt: now };
  return state;
}

function waitSeconds(state: CounterState, now: Date): number {
  return state.blockedUntil && state.blockedUntil > now ? Math.ceil((state.blockedUntil.getTime() - now.getTime()) / 1000) : 0;
}

export type TryDecision =
  | { allowed: true; next: Record<CounterName, CounterState> }
  | { allowed: false; retryAfterSeconds: number };

/** Whether a sign-in try may go ahead now and, if so, the counters with it taken. */
export function takeTry(counters: LoginCounters, now: Date): TryDecision {
  const state = {
    addressAccount: current(counters.addressAccount, now),
    address: current(counters.address, now),
    account: current(counters.account, now),
  };
  const addressHasFailed = state.address.tries > 0 || state.addressAccount.tries > 0;
  const waits = [waitSeconds(state.addressAccount, now), waitSeconds(state.address, now), addressHasFailed ? waitSeconds(state.account, now) : 0];
  const wait = Math.max(...waits);
  if (wait > 0) return { allowed: false, retryAfterSeconds: wait };

  const next = {} as Record<CounterName, CounterState>;
  for (const name of Object.keys(state) as CounterName[]) {
    const tries = state[name].tries + 1;
    const delay = delayAfter(tries, RULES[name]);
    const blockedUntil = delay > 0 ? new Date(now.getTime() + delay * 1000) : state[name].blockedUntil;
    next[name] = { tries, blockedUntil, updatedAt: now };
  }
  return { allowed: true, next };
}

/**
 * After a successful sign-in: the address forgets its failures on this account, and the try is
 * given back to the address and the account counters (lifting a hold it alone caused).
 */
export function giveBack(state: CounterState, rule: ThrottleRule, now: Date): CounterState {
  const tries = Math.max(0, state.tries - 1);
  return { tries, blockedUntil: delayAfter(tries, rule) > 0 ? state.blockedUntil : null, updatedAt: now };
}

export function ruleOf(name: CounterName): ThrottleRule {
  return RULES[name];
}
