import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { buildApp } from '../../src/server/app';
import { api } from './cycle.helpers';

/**
 * Cross-site request forgery: state changes only from the platform's own pages (Origin, else
 * Referer), and bodies only of the types their routes take — JSON, or multipart for uploads.
 */
let t: TestContext;
let a: ReturnType<typeof api>;
const c: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  for (const u of ['producer.qn', 'province.qn', 'council.qn']) c[u] = await t.login(u);
});
afterAll(() => t.close());

describe('cross-site requests', () => {
  const evil = { origin: 'https://evil.example' };

  it('refuses state changes whose Origin is another site, and leaves everything as it was', async () => {
    const rounds = (await a.get('/api/evaluation-rounds?status=open', c['council.qn'])).body.items as Array<{ id: string }>;
    expect(rounds.length).toBeGreaterThan(0);
    const close = await a.post(`/api/evaluation-rounds/${rounds[0].id}/close`, c['council.qn'], {}, evil);
    expect(close.status).toBe(403);
    expect(close.headers['content-type']).toContain('application/problem+json');
    expect(close.body.code).toBe('errors.crossSite');
    expect((await a.get(`/api/evaluation-rounds/${rounds[0].id}`, c['council.qn'])).body.status).toBe('open');

    const unread = async () => (await a.get('/api/notifications?unread=true', c['producer.qn'])).body.total;
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    expect((await a.post('/api/notifications/read-all', c['producer.qn'], {}, evil)).status).toBe(403);
    expect(await unread()).toBe(before);

    expect((await a.post('/api/certificates/reminders', c['province.qn'], {}, evil)).status).toBe(403);

    expect((await a.post('/api/auth/logout', c['council.qn'], {}, evil)).status).toBe(403);
    expect((await a.get('/api/me', c['council.qn'])).status).toBe(200);
  });

  it('judges by Referer when there is no Origin, and refuses an opaque origin', async () => {
    expect((await a.post('/api/notifications/read-all', c['producer.qn'], {}, { referer: 'https://evil.example/page' })).status).toBe(403);
    expect((await a.post('/api/notifications/read-all', c['producer.qn'], {}, { origin: 'null' })).status).toBe(403);
  });

  it('lets the platform\'s own pages through, and clients that send neither header', async () => {
    const host = 'ocop.example.vn:8443';
    const own = await a.post('/api/certificates/reminders', c['province.qn'], {}, { origin: `https://${host}`, host });
    expect(own.status).toBe(200);
    const referer = await a.post('/api/certificates/reminders', c['province.qn'], {}, { referer: `http://${host}/certificates`, host });
    expect(referer.status).toBe(200);
    const other = await a.post('/api/certificates/reminders', c['province.qn'], {}, { origin: 'https://ocop.example.vn', host });
    expect(other.status).toBe(403); // another port is another origin
    expect((await a.post('/api/certificates/reminders', c['province.qn'])).status).toBe(200);
  });

  it('refuses a text/plain body (a form on another site can send one unasked) with 415', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/notifications/read-all', headers: { cookie: c['producer.qn'], 'content-type': 'text/plain' }, payload: '{}' });
    expect(res.statusCode).toBe(415);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const form = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'username=admin&password=ocop2026' });
    expect(form.statusCode).toBe(415);
  });
});

describe('content types', () => {
  it('answers a body that is not multipart on an upload route with 415', async () => {
    const dossiers = (await a.get('/api/dossiers', c['producer.qn'])).body.items as Array<{ id: string }>;
    expect(dossiers.length).toBeGreaterThan(0);
    for (const [type, payload] of [
      ['application/json', '{"file":"x"}'],
      ['text/plain', 'hello'],
    ]) {
      const res = await t.app.inject({ method: 'POST', url: `/api/dossiers/${dossiers[0].id}/files?itemCode=test-results`, headers: { cookie: c['producer.qn'], 'content-type': type }, payload });
      expect(res.statusCode).toBe(415);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('PUBLIC_URL', () => {
  it('is the only origin state changes are taken from when it is set', async () => {
    const app = await buildApp({ database: t.database, config: { sessionDays: 1, secureCookies: false, publicUrl: 'https://ocop.gov.vn' } });
    try {
      const send = (origin: string) =>
        app.inject({ method: 'POST', url: '/api/certificates/reminders', headers: { cookie: c['province.qn'], origin, host: 'internal:3000' } });
      expect((await send('https://ocop.gov.vn')).statusCode).toBe(200);
      expect((await send('http://internal:3000')).statusCode).toBe(403);
      expect((await send('http://ocop.gov.vn')).statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });
});
