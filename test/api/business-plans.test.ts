import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { api, FILES, ideaForm, planForm, upload } from './cycle.helpers';

/**
 * Steps 3 and 4 through the API: a business plan for a selected idea, filed, appraised,
 * returned with reasons, revised and resubmitted (every version kept), accepted; then its
 * implementation (support, capital by source, progress notes) and attachments.
 */
let t: TestContext;
let a: ReturnType<typeof api>;
const c: Record<string, string> = {};
let entityId: string;
let ideaId: string;

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  for (const u of ['producer.qn', 'commune.qn', 'province.qn', 'province.qng', 'district.campha']) c[u] = await t.login(u);
  entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
  const idea = await a.post('/api/ideas', c['producer.qn'], { ...ideaForm({ entityId }), submit: true });
  ideaId = idea.body.id;
  await a.act('ideas', ideaId, c['commune.qn'], 'forward');
});
afterAll(() => t.close());

describe('business plan journey', () => {
  let id: string;

  it('cannot start before the idea is selected', async () => {
    const res = await a.post('/api/business-plans', c['producer.qn'], planForm({ ideaId }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('errors.businessPlan.ideaNotAccepted');
    await a.act('ideas', ideaId, c['province.qn'], 'accept');
  });

  it('the producer writes a plan for the selected idea, with an attachment', async () => {
    const res = await a.post('/api/business-plans', c['producer.qn'], planForm({ ideaId }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'business-plan', status: 'draft', step: 3, ideaId, entityId, productName: 'Mứt gừng Quang Hanh' });
    expect(res.body.content.finance).toMatchObject({ investmentVnd: 300_000_000, breakEvenMonths: 18, capitalBySource: { own: 200_000_000, credit: 100_000_000, provincialBudget: 0 } });
    id = res.body.id;
    const dup = await a.post('/api/business-plans', c['producer.qn'], planForm({ ideaId }));
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('errors.businessPlan.duplicate');
    expect((await a.get(`/api/ideas/${ideaId}`, c['producer.qn'])).body.businessPlanId).toBe(id);

    const file = await upload(t, `/api/business-plans/${id}/files`, c['producer.qn'], 'dự-toán.pdf', FILES.pdf);
    expect(file.status).toBe(201);
    expect(file.body).toMatchObject({ itemCode: 'attachment', fileType: 'pdf', mimeType: 'application/pdf', fileName: 'dự-toán.pdf' });
    const fake = await upload(t, `/api/business-plans/${id}/files`, c['producer.qn'], 'bao-cao.pdf', FILES.notPdf);
    expect(fake.status).toBe(400);
    expect(fake.body.errors[0]).toMatchObject({ path: 'file' });
    const download = await t.app.inject({ url: file.body.url, headers: { cookie: c['province.qn'] } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''d%E1%BB%B1-to%C3%A1n.pdf");
    expect(download.rawPayload.equals(FILES.pdf)).toBe(true);
    expect((await t.app.inject({ url: file.body.url, headers: { cookie: c['province.qng'] } })).statusCode).toBe(404);
  });

  it('refuses files larger than 10 MB', async () => {
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(10 * 1024 * 1024 + 10, 0x20)]);
    const res = await upload(t, `/api/business-plans/${id}/files`, c['producer.qn'], 'lon.pdf', big);
    expect(res.status).toBe(413);
    expect(res.body.detail).toContain('10 MB');
  });

  it('filed (version 1), forwarded, taken into appraisal, returned with reasons', async () => {
    const submit = await a.act('business-plans', id, c['producer.qn'], 'submit');
    expect(submit.body).toMatchObject({ status: 'submitted', contentVersion: 1 });
    expect(submit.body.versions[0]).toMatchObject({ number: 1, files: [expect.objectContaining({ fileName: 'dự-toán.pdf' })] });
    expect((await a.act('business-plans', id, c['commune.qn'], 'forward')).body.status).toBe('forwarded');
    expect((await a.act('business-plans', id, c['province.qn'], 'start-appraisal')).body.status).toBe('under-appraisal');
    // not editable while under appraisal
    const edit = await a.put(`/api/business-plans/${id}`, c['producer.qn'], { ...planForm({ ideaId }), version: 1 });
    expect(edit.status).toBe(409);
    const ret = await a.act('business-plans', id, c['province.qn'], 'return', { note: 'Tính lại điểm hòa vốn theo giá bán 85.000 đ.' });
    expect(ret.body).toMatchObject({ status: 'returned', lastNote: 'Tính lại điểm hòa vốn theo giá bán 85.000 đ.' });
  });

  it('the producer revises and resubmits: version 2 is kept beside version 1', async () => {
    const current = (await a.get(`/api/business-plans/${id}`, c['producer.qn'])).body;
    const revised = planForm({ ideaId, finance: { ...planForm().finance, breakEvenMonths: 14, expectedRevenueVnd: 700_000_000, expectedProfitVnd: 250_000_000 } });
    const saved = await a.put(`/api/business-plans/${id}`, c['producer.qn'], { ...revised, version: current.version });
    expect(saved.status).toBe(200);
    expect(saved.body.content.finance.breakEvenMonths).toBe(14);
    const resubmit = await a.act('business-plans', id, c['producer.qn'], 'resubmit', { version: saved.body.version });
    expect(resubmit.body).toMatchObject({ status: 'submitted', contentVersion: 2 });
    expect(resubmit.body.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    const v1 = await a.get(`/api/business-plans/${id}/versions/1`, c['province.qn']);
    const v2 = await a.get(`/api/business-plans/${id}/versions/2`, c['province.qn']);
    expect(v1.body.content.finance.breakEvenMonths).toBe(18);
    expect(v2.body.content.finance.breakEvenMonths).toBe(14);
    expect((await a.get(`/api/business-plans/${id}/versions/3`, c['province.qn'])).status).toBe(404);
  });

  it('forwarded again and accepted directly; the timeline has every step', async () => {
    await a.act('business-plans', id, c['commune.qn'], 'forward');
    const accept = await a.act('business-plans', id, c['province.qn'], 'accept');
    expect(accept.body).toMatchObject({ status: 'accepted', step: 4, stepStatus: 'process' }); // now in implementation
    expect(accept.body.timeline.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'forward', 'start-appraisal', 'return', 'resubmit', 'forward', 'accept']);
    // attachments cannot change once filed and accepted
    const late = await upload(t, `/api/business-plans/${id}/files`, c['producer.qn'], 'them.pdf', FILES.pdf);
    expect(late.status).toBe(409);
  });

  it('a legacy district officer sees nothing of the current procedure', async () => {
    expect((await a.get(`/api/business-plans/${id}`, c['district.campha'])).status).toBe(404);
  });

  describe('step 4 — implementation', () => {
    it('is refused for a plan not accepted', async () => {
      const other = await a.post('/api/business-plans', c['commune.qn'], planForm({ entityId, product: { ...planForm().product, name: 'Gừng sấy dẻo' } }));
      expect(other.status).toBe(201);
      const res = await a.post(`/api/business-plans/${other.body.id}/implementation/support`, c['province.qn'], { kind: 'training', date: '2026-05-10', provider: 'Văn phòng OCOP tỉnh' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('errors.implementation.planNotAccepted');
    });

    it('records support received, capital by source per year and progress notes', async () => {
      const s1 = await a.post(`/api/business-plans/${id}/implementation/support`, c['province.qn'], { kind: 'advice', date: '2026-06-02', provider: 'Tổ tư vấn OCOP tỉnh', note: 'Tư vấn quy trình sên đường' });
      expect(s1.status).toBe(201);
      const s2 = await a.post(`/api/business-plans/${id}/implementation/support`, c['producer.qn'], { kind: 'loan', date: '2026-07-01', provider: 'Ngân hàng Chính sách xã hội', amountVnd: 100_000_000 });
      expect(s2.status).toBe(201);
      const bad = await a.post(`/api/business-plans/${id}/implementation/support`, c['producer.qn'], { kind: 'gift', date: '2026-13-01', provider: '' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['kind', 'date', 'provider']));
      const cap = await t.app.inject({
        method: 'PUT',
        url: `/api/business-plans/${id}/implementation/capital/2026`,
        headers: { cookie: c['producer.qn'] },
        payload: { own: 150_000_000, credit: 100_000_000, provincialBudget: 20_000_000, integratedProgrammes: 10_000_000 },
      });
      expect(cap.statusCode).toBe(200);
      expect(cap.json()).toMatchObject({ year: 2026, own: 150_000_000, districtBudget: 0, totalVnd: 280_000_000 });
      const note = await a.post(`/api/business-plans/${id}/implementation/notes`, c['commune.qn'], { date: '2026-08-15', text: 'Đã hoàn thiện bao bì mới.' });
      expect(note.status).toBe(201);
      const impl = await a.get(`/api/business-plans/${id}/implementation`, c['producer.qn']);
      expect(impl.body).toMatchObject({ canEdit: true, totals: { supportCount: 2, supportVnd: 100_000_000, capitalVnd: 280_000_000, capitalBySource: { own: 150_000_000, credit: 100_000_000 } } });
      expect(impl.body.notes[0].text).toBe('Đã hoàn thiện bao bì mới.');
      const list = await a.get('/api/implementation', c['province.qn']);
      expect(list.body.items.find((p: { id: string }) => p.id === id)).toMatchObject({ supportCount: 2, capitalVnd: 280_000_000, notesCount: 1 });
      // outside the province: 404
      expect((await a.get(`/api/business-plans/${id}/implementation`, c['province.qng'])).status).toBe(404);
      const del = await t.app.inject({ method: 'DELETE', url: `/api/business-plans/${id}/implementation/support/${s1.body.id}`, headers: { cookie: c['province.qn'] } });
      expect(del.statusCode).toBe(204);
    });
  });
});
