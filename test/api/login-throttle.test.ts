import argon2 from 'argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { buildApp, type App } from '../../src/server/app';
import { PER_ACCOUNT, PER_ADDRESS, PER_ADDRESS_AND_ACCOUNT } from '../../src/domain/users/login-throttle';
import { loginThrottle } from '../../src/db/schema';

/**
 * Sign-in throttling under parallel load, forwarded addresses, and the owner's access while an
 * attacker is held back. Every test uses its own accounts or addresses: the counters persist.
 */
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => vi.restoreAllMocks());

function login(app: App, username: string, password: string, remoteAddress: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress, headers });
}

function statuses(results: Array<{ statusCode: number }>): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of results) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
}

describe('parallel tries are counted one by one', () => {
  it('50 parallel wrong passwords for one account: at most the free tries answer 401, the rest 429', async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => login(t.app, 'commune.qn', 'wrong-password', '198.51.100.50')));
    const counts = statuses(results);
    expect(counts[401]).toBe(PER_ADDRESS_AND_ACCOUNT.free);
    expect(counts[429]).toBe(50 - PER_ADDRESS_AND_ACCOUNT.free);
    for (const r of results.filter((x) => x.statusCode === 429)) {
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  }, 60_000);

  it('60 parallel tries from one address: at most the address\'s free tries answer 401, the rest 429', async () => {
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => login(t.app, `nobody.${i}`, 'wrong-password', '198.51.100.60')));
    const counts = statuses(results);
    expect(counts[401]).toBe(PER_ADDRESS.free);
    expect(counts[429]).toBe(60 - PER_ADDRESS.free);
  }, 120_000);
});

describe('forwarded addresses', () => {
  it('ignores X-Forwarded-For by default: a fresh header value does not reset the count', async () => {
    for (let i = 0; i < PER_ADDRESS_AND_ACCOUNT.free; i++) {
      expect((await login(t.app, 'central', 'wrong', '198.51.100.70', { 'x-forwarded-for': `203.0.113.${i}` })).statusCode).toBe(401);
    }
    const next = await login(t.app, 'central', 'wrong', '198.51.100.70', { 'x-forwarded-for': '203.0.113.99' });
    expect(next.statusCode).toBe(429);
    // the tries were counted for the peer's address, never for an address the client wrote
    const keys = (await t.database.db.select({ key: loginThrottle.key }).from(loginThrottle)).map((r) => r.key);
    expect(keys).toContain('a:198.51.100.70');
    expect(keys.filter((k) => k.includes('203.0.113.'))).toEqual([]);
  });

  it('takes the client address from X-Forwarded-For only when the peer is a configured proxy', async () => {
    const app = await buildApp({ database: t.database, config: { sessionDays: 1, secureCookies: false, trustProxy: '10.0.0.0/8' } });
    try {
      for (let i = 0; i < PER_ADDRESS_AND_ACCOUNT.free; i++) {
        expect((await login(app, 'province.qng', 'wrong', '10.1.2.3', { 'x-forwarded-for': '203.0.113.80' })).statusCode).toBe(401);
      }
      expect((await login(app, 'province.qng', 'ocop2026', '10.1.2.3', { 'x-forwarded-for': '203.0.113.80' })).statusCode).toBe(429);
      // another client behind the same proxy is another address
      expect((await login(app, 'province.qng', 'ocop2026', '10.1.2.3', { 'x-forwarded-for': '203.0.113.81' })).statusCode).toBe(200);
      // a peer that is not a configured proxy cannot choose its address
      for (let i = 0; i < PER_ADDRESS_AND_ACCOUNT.free; i++) {
        expect((await login(app, 'province.qng', 'wrong', '198.51.100.90', { 'x-forwarded-for': `203.0.113.${100 + i}` })).statusCode).toBe(401);
      }
      expect((await login(app, 'province.qng', 'ocop2026', '198.51.100.90', { 'x-forwarded-for': '203.0.113.200' })).statusCode).toBe(429);
    } finally {
      await app.close();
    }
  });
});

describe('the owner is not locked out', () => {
  it('signs in with the right password from another address while the attacker\'s address is held back', async () => {
    for (let i = 0; i < PER_ADDRESS_AND_ACCOUNT.free; i++) expect((await login(t.app, 'trade.qn', 'guess', '198.51.100.100')).statusCode).toBe(401);
    const attacker = await login(t.app, 'trade.qn', 'ocop2026', '198.51.100.100');
    expect(attacker.statusCode).toBe(429);
    expect(Number(attacker.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login(t.app, 'trade.qn', 'ocop2026', '192.0.2.10')).statusCode).toBe(200);
  });

  it('holds back every address that failed on an account attacked from many, but not the owner\'s', async () => {
    const attackers = Array.from({ length: PER_ACCOUNT.free }, (_, i) => `198.51.101.${i + 1}`);
    for (const address of attackers) expect((await login(t.app, 'council.qn2', 'guess', address)).statusCode).toBe(401);
    // each attacker address has failed once only, yet the account's count holds them back
    const again = await login(t.app, 'council.qn2', 'guess', attackers[0]);
    expect(again.statusCode).toBe(429);
    expect((await login(t.app, 'council.qn2', 'ocop2026', '192.0.2.20')).statusCode).toBe(200);
  });

  it('a successful sign-in clears the address\'s failures on the account', async () => {
    for (let i = 0; i < PER_ADDRESS_AND_ACCOUNT.free - 1; i++) expect((await login(t.app, 'council.qn3', 'typo', '192.0.2.30')).statusCode).toBe(401);
    expect((await login(t.app, 'council.qn3', 'ocop2026', '192.0.2.30')).statusCode).toBe(200);
    for (let i = 0; i < PER_ADDRESS_AND_ACCOUNT.free - 1; i++) expect((await login(t.app, 'council.qn3', 'typo', '192.0.2.30')).statusCode).toBe(401);
    expect((await login(t.app, 'council.qn3', 'ocop2026', '192.0.2.30')).statusCode).toBe(200);
  });
});

describe('usernames cannot be told apart by timing', () => {
  it('verifies a password hash for an unknown username as for a known one', async () => {
    const verify = vi.spyOn(argon2, 'verify');
    expect((await login(t.app, 'council.qn4', 'wrong', '192.0.2.40')).statusCode).toBe(401);
    expect(verify).toHaveBeenCalledTimes(1);
    expect((await login(t.app, 'no.such.user', 'wrong', '192.0.2.40')).statusCode).toBe(401);
    expect(verify).toHaveBeenCalledTimes(2);
    // against an argon2id hash of the same cost as the real ones
    const [knownHash] = verify.mock.calls[0];
    const [dummyHash] = verify.mock.calls[1];
    const params = (h: string) => h.split('$').slice(1, 4).join('$');
    expect(params(dummyHash)).toBe(params(knownHash));
    expect(dummyHash).not.toBe(knownHash);
  });
});
