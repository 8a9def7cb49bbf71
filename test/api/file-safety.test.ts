import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { api, FILES, upload } from './cycle.helpers';

/**
 * What users hand each other through the platform cannot run in a reader's browser: links are
 * http(s) only, uploaded images are genuine images, file names carry no bidi tricks, and
 * downloads are attachments in a sandbox.
 */
let t: TestContext;
let a: ReturnType<typeof api>;
const c: Record<string, string> = {};
let entityId: string;
let productId: string;
let dossierId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  for (const u of ['producer.qn', 'province.qn']) c[u] = await t.login(u);
  entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
  const product = await a.post('/api/products', c['producer.qn'], { entityId, name: 'Nước mắm Cái Rồng thử nghiệm', groupCode: '1', subgroupCode: '1.3' });
  expect(product.status).toBe(201);
  productId = product.body.id;
  const dossier = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'existing-product', productId });
  expect(dossier.status).toBe(201);
  dossierId = dossier.body.id;
});
afterAll(() => t.close());

const paths = (body: Record<string, unknown>) => ((body.errors ?? []) as Array<{ path: string }>).map((e) => e.path);

describe('links', () => {
  it('accepts only http(s) websites', async () => {
    const entity = (await a.get(`/api/entities/${entityId}`, c['producer.qn'])).body;
    for (const website of ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd']) {
      const res = await a.call('PATCH', `/api/entities/${entityId}`, c['producer.qn'], { website, version: entity.version });
      expect(res.status).toBe(400);
      expect(paths(res.body)).toEqual(['website']);
    }
    const ok = await a.call('PATCH', `/api/entities/${entityId}`, c['producer.qn'], { website: 'https://ruouhalong.vn/', version: entity.version });
    expect(ok.status).toBe(200);
    expect(ok.body.website).toBe('https://ruouhalong.vn/');
  });

  it('accepts only http(s) photo addresses', async () => {
    const product = (await a.get(`/api/products/${productId}`, c['producer.qn'])).body;
    const bad = await a.call('PATCH', `/api/products/${productId}`, c['producer.qn'], { photos: ['https://ocop.example.vn/a.jpg', 'javascript:alert(1)'], version: product.version });
    expect(bad.status).toBe(400);
    expect(paths(bad.body)).toEqual(['photos.1']);
    const created = await a.post('/api/products', c['producer.qn'], { entityId, name: 'Sá sùng khô thử nghiệm', groupCode: '1', subgroupCode: '1.3', photos: ['javascript:alert(1)'] });
    expect(created.status).toBe(400);
    expect(paths(created.body)).toEqual(['photos.0']);
    const ok = await a.call('PATCH', `/api/products/${productId}`, c['producer.qn'], { photos: ['https://ocop.example.vn/a.jpg'], version: product.version });
    expect(ok.status).toBe(200);
  });
});

describe('uploads', () => {
  const url = () => `/api/dossiers/${dossierId}/files?itemCode=label-packaging-images`;

  it('refuses a PNG that is also an HTML page', async () => {
    const polyglot = Buffer.concat([FILES.png, Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>')]);
    const res = await upload(t, url(), c['producer.qn'], 'nhan.png', polyglot);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'file', code: 'errors.upload.not-genuine' })]);
  });

  it('strips bidi controls from the name and serves the file as a sandboxed attachment', async () => {
    const res = await upload(t, url(), c['producer.qn'], 'nhãn\u202Egnp.exe\u200F.png', FILES.png);
    expect(res.status).toBe(201);
    expect(res.body.fileName).toBe('nhãngnp.exe.png');
    const download = await t.app.inject({ url: `/api/files/${res.body.id}?inline=1`, headers: { cookie: c['province.qn'] } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="nhangnp.exe.png"; filename*=UTF-8''nh%C3%A3ngnp.exe.png`);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
  });

  it('never serves a PDF inline', async () => {
    const res = await upload(t, `/api/dossiers/${dossierId}/files?itemCode=test-results`, c['producer.qn'], 'kiem-nghiem.pdf', FILES.pdf);
    expect(res.status).toBe(201);
    const download = await t.app.inject({ url: `/api/files/${res.body.id}?inline=1`, headers: { cookie: c['producer.qn'] } });
    expect(download.headers['content-disposition']).toMatch(/^attachment; /);
    expect(download.headers['content-security-policy']).toBe("sandbox; default-src 'none'");
  });
});
