import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { api, FILES, ideaForm, planForm, upload } from './cycle.helpers';

/**
 * Step 5 entry through the API: an existing product registered directly (uploads checked by
 * content, completeness, the commune's pre-assessment under Decision 1489/2025, the
 * province's completeness check, return and resubmission), a cycle product's dossier, and the
 * concurrency and duplicate cases.
 */
let t: TestContext;
let a: ReturnType<typeof api>;
const c: Record<string, string> = {};
let entityId: string;
let productId: string;

const PRE_OK = {
  results: {
    'local-origin': { result: 'meets', note: 'Mơ thu mua tại Quảng Ninh' },
    'local-labour': { result: 'meets' },
    'idea-origin': { result: 'meets' },
  },
  note: 'Đã kiểm tra thực tế.',
};

/** Uploads a file for every required item still missing. */
async function completeFiles(id: string, cookie: string) {
  const d = (await a.get(`/api/dossiers/${id}`, cookie)).body;
  for (const code of d.completeness.missing as string[]) {
    const item = d.checklist.items.find((i: { code: string }) => i.code === code);
    const png = !item.acceptedTypes.includes('pdf');
    const res = await upload(t, `/api/dossiers/${id}/files?itemCode=${code}`, cookie, png ? `${code}.png` : `${code}.pdf`, png ? FILES.png : FILES.pdf);
    expect(res.status, code).toBe(201);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  a = api(t);
  for (const u of ['producer.qn', 'commune.qn', 'province.qn', 'province.qng', 'admin']) c[u] = await t.login(u);
  entityId = (await a.get('/api/me', c['producer.qn'])).body.entityId;
  const product = await a.post('/api/products', c['producer.qn'], { entityId, name: 'Rượu mơ Yên Tử Quang Hanh', groupCode: '2', subgroupCode: '2.1' });
  expect(product.status).toBe(201);
  productId = product.body.id;
});
afterAll(() => t.close());

describe('existing product registered directly for evaluation', () => {
  let id: string;

  it('the producer opens a dossier; the path is recorded and the 1489/2025 checklist applies', async () => {
    const res = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'existing-product', productId });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'dossier', status: 'draft', step: 5, entryPath: 'existing-product', productId, entityId, checklistCode: '1489-2025', groupCode: '2', subgroupCode: '2.1' });
    const required = res.body.checklist.items.filter((i: { required: boolean }) => i.required).map((i: { code: string }) => i.code);
    expect(required).toEqual(
      expect.arrayContaining(['registration-form', 'business-registration', 'quality-declaration', 'test-results', 'food-safety-certificate', 'label-packaging-images', 'product-story', 'local-origin-evidence']),
    );
    expect(required).not.toContain('business-plan');
    expect(required).not.toContain('gmp-certificate');
    expect(res.body.completeness.complete).toBe(false);
    id = res.body.id;
    const dup = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'existing-product', productId });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('errors.dossier.duplicate');
  });

  it('cannot be filed while documents are missing: 409 names them', async () => {
    const res = await a.act('dossiers', id, c['producer.qn'], 'submit');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('errors.dossier.incomplete');
    expect(res.body.detail).toContain('Câu chuyện về sản phẩm');
  });

  it('checks uploads by content and by what the item accepts', async () => {
    const fake = await upload(t, `/api/dossiers/${id}/files?itemCode=test-results`, c['producer.qn'], 'kiem-nghiem.pdf', FILES.notPdf);
    expect(fake.status).toBe(400);
    expect(fake.body.errors[0]).toMatchObject({ path: 'file' });
    const renamed = await upload(t, `/api/dossiers/${id}/files?itemCode=test-results`, c['producer.qn'], 'kiem-nghiem.pdf', FILES.png);
    expect(renamed.status).toBe(400);
    expect(renamed.body.errors[0].message).toContain('PNG');
    const unknownItem = await upload(t, `/api/dossiers/${id}/files?itemCode=passport`, c['producer.qn'], 'x.pdf', FILES.pdf);
    expect(unknownItem.status).toBe(400);
    expect(unknownItem.body.errors[0].path).toBe('itemCode');
    const ok = await upload(t, `/api/dossiers/${id}/files?itemCode=label-packaging-images`, c['producer.qn'], 'nhãn.png', FILES.png);
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ fileType: 'png', mimeType: 'image/png', itemCode: 'label-packaging-images' });
    // another province cannot upload (or even see) it
    expect((await upload(t, `/api/dossiers/${id}/files?itemCode=test-results`, c['province.qng'], 'a.pdf', FILES.pdf)).status).toBe(404);
  });

  it('filed once complete; the commune pre-assesses its items and proposes it', async () => {
    await completeFiles(id, c['producer.qn']);
    const submit = await a.act('dossiers', id, c['producer.qn'], 'submit');
    expect(submit.status).toBe(200);
    expect(submit.body).toMatchObject({ status: 'submitted', completeness: { complete: true }, contentVersion: 1 });
    expect(submit.body.versions[0].files.length).toBeGreaterThanOrEqual(8);
    // forwarding before the pre-assessment is not allowed in this status
    expect((await a.act('dossiers', id, c['commune.qn'], 'forward')).status).toBe(409);
    const missing = await a.act('dossiers', id, c['commune.qn'], 'pre-assess');
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('preAssessment');
    const fails = await a.act('dossiers', id, c['commune.qn'], 'pre-assess', {
      preAssessment: { results: { ...PRE_OK.results, 'local-origin': { result: 'does-not-meet', note: 'Mơ nhập từ tỉnh khác' } } },
    });
    expect(fails.status).toBe(200);
    expect(fails.body.preAssessmentOutcome).toMatchObject({ mayPropose: false, disqualifiedBy: ['local-origin'] });
    const refused = await a.act('dossiers', id, c['commune.qn'], 'forward');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('errors.dossier.disqualified');
    const pre = await a.act('dossiers', id, c['commune.qn'], 'pre-assess', { preAssessment: PRE_OK });
    expect(pre.body).toMatchObject({ status: 'pre-assessed', preAssessmentOutcome: { mayPropose: true } });
    const fwd = await a.act('dossiers', id, c['commune.qn'], 'forward');
    expect(fwd.body).toMatchObject({ status: 'forwarded', waitingFor: ['province'] });
  });

  it('the province returns it; the producer replaces a document and resubmits', async () => {
    const ret = await a.act('dossiers', id, c['province.qn'], 'return', { note: 'Phiếu kiểm nghiệm quá hạn 12 tháng.' });
    expect(ret.body.status).toBe('returned');
    const d = (await a.get(`/api/dossiers/${id}`, c['producer.qn'])).body;
    const old = d.checklist.items.find((i: { code: string }) => i.code === 'test-results').files[0];
    const del = await t.app.inject({ method: 'DELETE', url: `/api/files/${old.id}`, headers: { cookie: c['producer.qn'] } });
    expect(del.statusCode).toBe(204);
    expect((await a.act('dossiers', id, c['producer.qn'], 'resubmit')).status).toBe(409); // test results now missing
    await completeFiles(id, c['producer.qn']);
    const again = await a.act('dossiers', id, c['producer.qn'], 'resubmit');
    expect(again.body).toMatchObject({ status: 'submitted', contentVersion: 2 });
    // the first filed version still lists the old file, which can still be read
    expect(again.body.versions[1].files.some((f: { id: string }) => f.id === old.id)).toBe(true);
    expect((await t.app.inject({ url: `/api/files/${old.id}`, headers: { cookie: c['province.qn'] } })).statusCode).toBe(200);
    await a.act('dossiers', id, c['commune.qn'], 'pre-assess', { preAssessment: PRE_OK });
    await a.act('dossiers', id, c['commune.qn'], 'forward');
  });

  it('two officers confirming at once: one succeeds, the other gets 409', async () => {
    const version = (await a.get(`/api/dossiers/${id}`, c['province.qn'])).body.version;
    const [x, y] = await Promise.all([
      a.act('dossiers', id, c['province.qn'], 'confirm-complete', { version }),
      a.act('dossiers', id, c.admin, 'confirm-complete', { version }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
    const loser = x.status === 409 ? x : y;
    expect(['errors.cycle.concurrent', 'errors.cycle.notAllowed']).toContain(loser.body.code);
    const d = (await a.get(`/api/dossiers/${id}`, c['producer.qn'])).body;
    expect(d.status).toBe('complete');
    expect(d.timeline.filter((e: { action: string }) => e.action === 'confirm-complete')).toHaveLength(1);
    // a stale version is refused even when the action would be allowed
    const stale = await a.act('dossiers', id, c['province.qn'], 'return', { version, note: 'x' });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('errors.cycle.concurrent');
  });
});

describe('a cycle product: idea → business plan → dossier', () => {
  it('opens a dossier from the accepted plan; the plan counts as the business-plan item', async () => {
    const idea = await a.post('/api/ideas', c['producer.qn'], { ...ideaForm({ entityId, productName: 'Siro gừng mật ong' }), submit: true });
    await a.act('ideas', idea.body.id, c['commune.qn'], 'forward');
    await a.act('ideas', idea.body.id, c['province.qn'], 'accept');
    const plan = await a.post('/api/business-plans', c['producer.qn'], { ...planForm({ ideaId: idea.body.id, product: { ...planForm().product, name: 'Siro gừng mật ong' } }), submit: true });
    expect(plan.body.status).toBe('submitted');
    // not before the plan is accepted
    const early = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'cycle', businessPlanId: plan.body.id });
    expect(early.status).toBe(409);
    await a.act('business-plans', plan.body.id, c['commune.qn'], 'forward');
    await a.act('business-plans', plan.body.id, c['province.qn'], 'accept');
    const res = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'cycle', businessPlanId: plan.body.id }, { 'idempotency-key': 'dossier-siro-1' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ entryPath: 'cycle', businessPlanId: plan.body.id, ideaId: idea.body.id, productName: 'Siro gừng mật ong', productId: null });
    const bp = res.body.checklist.items.find((i: { code: string }) => i.code === 'business-plan');
    expect(bp).toMatchObject({ required: true, present: true });
    const replay = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'cycle', businessPlanId: plan.body.id }, { 'idempotency-key': 'dossier-siro-1' });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(res.body.id);
    const list = await a.get(`/api/dossiers?entryPath=cycle&businessPlanId=${plan.body.id}`, c['province.qn']);
    expect(list.body.total).toBe(1);
    expect((await a.get(`/api/business-plans/${plan.body.id}`, c['producer.qn'])).body.dossierId).toBe(res.body.id);
  });

  it('an existing-product dossier needs a product in scope', async () => {
    const qngProduct = (await a.get('/api/products?province=51&pageSize=1', c['province.qng'])).body.items[0].id;
    const res = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'existing-product', productId: qngProduct });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('productId');
    const noProduct = await a.post('/api/dossiers', c['producer.qn'], { entryPath: 'existing-product' });
    expect(noProduct.status).toBe(400);
  });
});
