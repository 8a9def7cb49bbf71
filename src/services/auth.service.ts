import crypto from 'node:crypto';
import argon2 from 'argon2';
import type { Db } from '../db/client';
import * as repo from '../db/repositories/users.repository';
import type { Actor, UnitStructure } from '../domain/policy';
import { RateLimitedError, UnauthorizedError } from '../domain/errors';
import { isRole } from '../domain/users/roles';

/** Login throttling: failures counted in a sliding window, per username and per address. */
export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

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

async function throttle(db: Db, key: string, max: number): Promise<void> {
  const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
  const { count, oldest } = await repo.countRecentFailures(db, key, since);
  if (count >= max) {
    const retryAt = (oldest?.getTime() ?? Date.now()) + LOGIN_WINDOW_MINUTES * 60_000;
    throw new RateLimitedError(Math.max(1, Math.ceil((retryAt - Date.now()) / 1000)));
  }
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: repo.UserRow;
}

export async function login(db: Db, username: string, password: string, address: string, sessionDays: number): Promise<LoginResult> {
  const userKey = `user:${username.toLowerCase()}`;
  const addressKey = `ip:${address}`;
  await throttle(db, userKey, MAX_FAILURES_PER_USER);
  await throttle(db, addressKey, MAX_FAILURES_PER_ADDRESS);

  const user = await repo.findUserByUsername(db, username.toLowerCase());
  const ok = user && user.active ? await argon2.verify(user.passwordHash, password) : false;
  if (!user || !ok) {
    await db.transaction(async (tx) => {
      await repo.recordFailure(tx, userKey);
      await repo.recordFailure(tx, addressKey);
    });
    throw new UnauthorizedError('errors.badCredentials');
  }
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionDays * 86_400_000);
  await db.transaction(async (tx) => {
    await repo.insertSession(tx, hashToken(token), user.id, expiresAt);
    await repo.clearFailures(tx, userKey);
  });
  return { token, expiresAt, user };
}

export async function logout(db: Db, token: string): Promise<void> {
  await repo.deleteSession(db, hashToken(token));
}

export async function userForToken(db: Db, token: string): Promise<repo.UserRow | undefined> {
  return repo.findSessionUser(db, hashToken(token));
}
