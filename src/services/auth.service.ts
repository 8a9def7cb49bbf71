import crypto from 'node:crypto';
import argon2 from 'argon2';
import type { Db, Tx } from '../db/client';
import * as repo from '../db/repositories/users.repository';
import type { Actor, UnitStructure } from '../domain/policy';
import { RateLimitedError, UnauthorizedError } from '../domain/errors';
import { isRole } from '../domain/users/roles';
import { FORGET_AFTER_SECONDS, giveBack, ruleOf, takeTry, type CounterName } from '../domain/users/login-throttle';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

export function actorOf(user: repo.UserRow): Actor {
  if (!isRole(user.role)) throw new Error(`unknown role ${user.role}`);
  return {
    id: user.id,
    role: user.role,
    unitStructure: user.unitStructure as UnitStructure,
    unitCode: user.unitCode,
    provinceCode: user.provinceCode,
    districtCode: user.districtCode,
    entityId: user.entityId,
  };
}

/**
 * A hash to verify against when the username is unknown or the account inactive, so those
 * answers take as long as a wrong password (the answer time must not tell which usernames exist).
 * Made with the same parameters as real hashes, once, when the first sign-in needs it.
 */
let dummyHash: Promise<string> | undefined;
function hashForUnknownUser(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomBytes(32).toString('base64url'));
  return dummyHash;
}

/** The throttle counters of one sign-in try (see domain/users/login-throttle.ts). */
function throttleKeys(username: string, address: string): Record<CounterName, string> {
  return { addressAccount: `aa:${address}|${username}`, address: `a:${address}`, account: `u:${username}` };
}

const counterNames: CounterName[] = ['addressAccount', 'address', 'account'];

/** Takes a try from the counters, or throws 429 with the seconds to wait. Atomic: the counters' rows are locked. */
async function takeSignInTry(db: Db, keys: Record<CounterName, string>): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await repo.lockThrottleCounters(tx, Object.values(keys));
    const now = new Date();
    const decision = takeTry({ addressAccount: rows.get(keys.addressAccount) ?? null, address: rows.get(keys.address) ?? null, account: rows.get(keys.account) ?? null }, now);
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
    for (const name of counterNames) await repo.saveThrottleCounter(tx, keys[name], decision.next[name]);
  });
}

/** A successful sign-in gives its try back and clears the address's failures on the account. */
async function giveBackSignInTry(tx: Tx, keys: Record<CounterName, string>): Promise<void> {
  // all three, in the same order as a try takes them
  const rows = await repo.lockThrottleCounters(tx, Object.values(keys));
  const now = new Date();
  for (const name of ['address', 'account'] as const) {
    const row = rows.get(keys[name]);
    if (row) await repo.saveThrottleCounter(tx, keys[name], giveBack(row, ruleOf(name), now));
  }
  await repo.deleteThrottleCounter(tx, keys.addressAccount);
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: repo.UserRow;
}

export async function login(db: Db, username: string, password: string, address: string, sessionDays: number): Promise<LoginResult> {
  const name = username.toLowerCase();
  const keys = throttleKeys(name, address);
  await takeSignInTry(db, keys);

  const user = await repo.findUserByUsername(db, name);
  const known = user !== undefined && user.active;
  // always one argon2 verification, so unknown and inactive accounts answer as slowly as a wrong password
  const verified = await argon2.verify(known ? user.passwordHash : await hashForUnknownUser(), password);
  if (!known || !verified) throw new UnauthorizedError('errors.badCredentials');
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionDays * 86_400_000);
  await db.transaction(async (tx) => {
    await repo.insertSession(tx, hashToken(token), user.id, expiresAt);
    await giveBackSignInTry(tx, keys);
  });
  // housekeeping, outside the sign-in's transaction and its row locks
  await repo.forgetIdleThrottleCounters(db, new Date(Date.now() - FORGET_AFTER_SECONDS * 1000));
  return { token, expiresAt, user };
}

export async function logout(db: Db, token: string): Promise<void> {
  await repo.deleteSession(db, hashToken(token));
}

export async function userForToken(db: Db, token: string): Promise<repo.UserRow | undefined> {
  return repo.findSessionUser(db, hashToken(token));
}
