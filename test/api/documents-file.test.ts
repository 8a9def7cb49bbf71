import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { FILES, upload } from './cycle.helpers';

/**
 * A programme document's attached file (issue 9 item 2): attached by those who may edit the
 * document, through the dossier files' store and content checks; downloaded by its readers.
 */
let t: TestContext;
const c: Record<string, string> = {};
let id: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['province.qn', 'commune.qn', 'province.qng']) c[u] = await t.login(u);
  const res = await t.app.inject({
    method: 'POST', url: '/api/documents', headers: { cookie: c['province.qn'] },
    payload: { number: '88/KH-UBND', issuedOn: '2026-03-02', unitCode: '22', kind: 'plan', title: 'Kế hoạch thực hiện Chương trình OCOP năm 2026' },
  });
  expect(res.statusCode, res.body).toBe(201);
  id = res.json().id;
  expect(res.json().file).toBeNull();
});
afterAll(() => t?.close());

const get = (url: string, user: string) => t.app.inject({ url, headers: { cookie: c[user] } });

describe("a document's attached file", () => {
  it('has none at first: its download answers 404', async () => {
    expect((await get(`/api/documents/${id}/file`, 'province.qn')).statusCode).toBe(404);
  });

  it('the provincial office attaches a PDF; the document names it, the audit records it, readers download it', async () => {
    const res = await upload(t, `/api/documents/${id}/file?version=1`, c['province.qn'], 'Kế hoạch 88.pdf', FILES.pdf);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id, version: 2, file: { fileName: 'Kế hoạch 88.pdf', fileType: 'pdf', sizeBytes: FILES.pdf.length, url: `/api/documents/${id}/file` } });
    const listed = (await get('/api/documents?q=88/KH', 'province.qn')).json().items.find((d: { id: string }) => d.id === id);
    expect(listed.file.fileName).toBe('Kế hoạch 88.pdf');
    const audit = (await get(`/api/documents/${id}/audit`, 'province.qn')).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['create', 'file.attach']));
    // a commune officer of the province reads the document and its file
    const file = await get(`/api/documents/${id}/file`, 'commune.qn');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.rawPayload.equals(FILES.pdf)).toBe(true);
  });

  it('refuses a stale version (409), content that is not what its name says (400 naming file), and writes nothing', async () => {
    const stale = await upload(t, `/api/documents/${id}/file?version=1`, c['province.qn'], 'khac.pdf', FILES.pdf);
    expect(stale.status).toBe(409);
    const fake = await upload(t, `/api/documents/${id}/file?version=2`, c['province.qn'], 'ke-hoach.pdf', FILES.notPdf);
    expect(fake.status).toBe(400);
    expect(fake.body.errors[0].path).toBe('file');
    const renamed = await upload(t, `/api/documents/${id}/file?version=2`, c['province.qn'], 'ke-hoach.pdf', FILES.png);
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors[0].path).toBe('file');
    const noVersion = await upload(t, `/api/documents/${id}/file`, c['province.qn'], 'ke-hoach.pdf', FILES.pdf);
    expect(noVersion.status).toBe(400);
    const doc = (await get(`/api/documents/${id}`, 'province.qn')).json();
    expect(doc).toMatchObject({ version: 2, file: { fileName: 'Kế hoạch 88.pdf' } });
  });

  it('a new file replaces the old; readers who may not edit are refused (403), other provinces do not see it (404)', async () => {
    expect((await upload(t, `/api/documents/${id}/file?version=2`, c['commune.qn'], 'scan.png', FILES.png)).status).toBe(403);
    expect((await upload(t, `/api/documents/${id}/file?version=2`, c['province.qng'], 'scan.png', FILES.png)).status).toBe(404);
    expect((await get(`/api/documents/${id}/file`, 'province.qng')).statusCode).toBe(404);
    const replaced = await upload(t, `/api/documents/${id}/file?version=2`, c['province.qn'], 'ban-ky.png', FILES.png);
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ version: 3, file: { fileName: 'ban-ky.png', fileType: 'png' } });
    const file = await get(`/api/documents/${id}/file`, 'province.qn');
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.rawPayload.equals(FILES.png)).toBe(true);
  });
});
