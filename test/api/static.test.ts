import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

/**
 * The built web client as the server sends it: precompressed files (brotli, gzip) to browsers
 * that accept them, hashed assets cached for a year, index.html and the SPA fallback revalidated.
 * A small fake build stands in for dist/web.
 */

let t: TestContext;
const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-web-'));
const indexHtml = `<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-AbC123.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`;
const script = `export const greeting = ${JSON.stringify('Xin chào '.repeat(300))};\n`;

function write(file: string, content: string, compressed = true) {
  const full = path.join(webDir, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, content);
  if (compressed) {
    fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(content));
    fs.writeFileSync(`${full}.gz`, zlib.gzipSync(content));
  }
}

beforeAll(async () => {
  write('index.html', indexHtml);
  write('assets/index-AbC123.js', script);
  write('assets/logo-XyZ789.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>', false);
  t = await createTestApp({ webDir });
});

afterAll(async () => {
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('static web client', () => {
  it('sends a hashed asset brotli-compressed when accepted, cached as immutable', async () => {
    const res = await t.app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends gzip to a browser without brotli, and the plain file to one that accepts neither', async () => {
    const gz = await t.app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    expect(gz.headers['cache-control']).toBe(IMMUTABLE);

    const plain = await t.app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('caches a hashed asset without compressed copies as immutable too', async () => {
    const res = await t.app.inject({ url: '/assets/logo-XyZ789.svg', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('revalidates index.html, at / and as the fallback of client-side routes', async () => {
    // `/` is the back office for signed-in users; anonymous visitors land on the portal (portal.test.ts).
    const cookie = await t.login('province.qn');
    expect((await t.app.inject({ url: '/' })).statusCode).toBe(302);
    for (const url of ['/', '/index.html', '/products/4f1c', '/v/some-token']) {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br', cookie } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type'], url).toMatch(/^text\/html/);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString(), url).toBe(indexHtml);
    }
    const favicon = await t.app.inject({ url: '/favicon.svg' });
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 for a missing asset and an unknown API path instead of the app', async () => {
    for (const url of ['/assets/index-Old999.js', '/api/no-such-thing']) {
      const res = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).not.toMatch(/text\/html/);
    }
  });

  it('does not serve the compressed copies as files of their own', async () => {
    const res = await t.app.inject({ url: '/assets/index-AbC123.js.br' });
    expect(res.statusCode).toBe(404);
  });
});
