import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('system', () => {
  it('reports health and the database engine', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'pglite' });
  });

  it('serves the OpenAPI document and its reference page', async () => {
    const doc = (await t.app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/products', '/api/entities/{id}', '/api/auth/login', '/api/units']));
    const page = await t.app.inject('/api/docs');
    expect([200, 302]).toContain(page.statusCode);
  });

  it('answers unknown API paths with problem+json 404', async () => {
    const res = await t.app.inject('/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a malformed URL with problem+json 400', async () => {
    const res = await t.app.inject('/api/products/%E0%A4%A');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().status).toBe(400);
  });

  it('sends security headers', async () => {
    const res = await t.app.inject('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('sign-in', () => {
  it('sets an HttpOnly SameSite session cookie and /api/me answers with role and unit', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'province.qn', password: 'ocop2026' } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ocop_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = await t.app.inject({ url: '/api/me', headers: { cookie: `ocop_session=${cookie.value}` } });
    expect(me.json()).toMatchObject({ username: 'province.qn', role: 'province', unitCode: '22', provinceName: 'Tỉnh Quảng Ninh' });
  });

  it('answers 401 without a session and with a wrong password', async () => {
    expect((await t.app.inject('/api/me')).statusCode).toBe(401);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('rate-limits repeated failures with 429 and Retry-After, even for the right password', async () => {
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'trade.qn', password }, headers: { 'accept-language': 'en' } });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong')).statusCode).toBe(401);
    const blocked = await attempt('ocop2026');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json().detail).toMatch(/Too many failed sign-ins/);
  });

  it('ends the session on logout', async () => {
    const cookie = await t.login('commune.qn');
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('GET /api/auth/session', () => {
  it('answers 200 with user null without a session, so an anonymous page load logs no 401', async () => {
    const res = await t.app.inject('/api/auth/session');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ user: null });
  });

  it('answers the signed-in user, the same as /api/me', async () => {
    const cookie = await t.login('commune.qn');
    const session = await t.app.inject({ url: '/api/auth/session', headers: { cookie } });
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toEqual(me.json());
    expect(me.json()).toMatchObject({ username: 'commune.qn', role: 'commune' });
  });
});
