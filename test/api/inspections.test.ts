import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { today } from '../../src/services/clock';
import sharp from 'sharp';
import { addDays } from '../../src/domain/dates';
import { multipart } from './cycle.helpers';

/**
 * Post-recognition inspections (hậu kiểm): planning (idempotent), recording with the checklist
 * of the rule version, an outcome that revokes the certificate (which the public check then
 * reports), jurisdiction, refused input and conflicts.
 */
let t: TestContext;
const c: Record<string, string> = {};
const ACCOUNTS = ['admin', 'province.qn', 'province.qng', 'commune.qn', 'trade.qn', 'producer.qn', 'central'];
type Cert = { id: string; number: string; productId: string; entityId: string; token: string; issuedOn: string; version: number; status: string };
let certs: Cert[] = [];
let ownCert: Cert;

const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', who: string | null, url: string, payload?: unknown, lang?: string) =>
  t.app.inject({ method, url, payload: payload as object | undefined, headers: { ...(who ? { cookie: c[who] } : {}), ...(lang ? { 'accept-language': lang } : {}) } });
const plan = (who: string, body: Record<string, unknown>) => req('POST', who, '/api/inspections', body);
const CODES = ['raw-materials', 'local-labour', 'production-scale', 'revenue', 'environment', 'market', 'traceability', 'trademark', 'label', 'packaging'];
const allPass = () => CODES.map((code) => ({ code, result: 'pass' }));
const day = today();

const rowsOf = <T>(r: unknown): T[] => (r as { rows?: T[] }).rows ?? (r as T[]);

beforeAll(async () => {
  t = await createTestApp();
  for (const a of ACCOUNTS) c[a] = await t.login(a);
  const list = (await req('GET', 'province.qn', '/api/certificates?pageSize=200')).json().items as Array<Cert & { productName: string }>;
  const byProduct = (name: string) => list.find((x) => x.productName === name && (x.status === 'valid' || x.status === 'expiring'))!;
  // eggs (Cửa Ông, 2026), Fresh (Quang Hanh, 2024, expiring), Khatisa (Quang Hanh, 2026)
  certs = [byProduct('Trứng gà tươi'), byProduct('Nước khoáng chanh muối Fresh Quang Hanh'), byProduct('Nước khoáng thiên nhiên Quang Hanh Khatisa')];
  // producer.qn's entity has no certificate in the demo: give one of its products a copy of the eggs' one
  const me = (await req('GET', 'producer.qn', '/api/me')).json() as { entityId: string };
  const [ownProduct] = rowsOf<{ id: string }>(await t.database.db.execute(`select id from products where entity_id = '${me.entityId}' and deleted_at is null order by name limit 1`));
  const [own] = rowsOf<{ id: string }>(await t.database.db.execute(`insert into certificates (number, product_id, entity_id, round_id, stars, level, issuer_name, decision_number, decision_date, issued_on, valid_until, product_name, entity_name, unit_structure, unit_code, province_code, district_code, token, kid)
    select 'OCOP-22-2026-900001', p.id, p.entity_id, null, c.stars, c.level, c.issuer_name, c.decision_number, c.decision_date, c.issued_on, c.valid_until, p.name, c.entity_name, p.unit_structure, p.unit_code, p.province_code, p.district_code, c.token, c.kid
    from certificates c, products p where c.id = '${certs[0].id}' and p.id = '${ownProduct.id}' returning id`));
  ownCert = (await req('GET', 'province.qn', `/api/certificates/${own.id}`)).json();
  if (certs.some((x) => !x) || !ownCert.id) throw new Error('demo certificates not found');
});
afterAll(() => t.close());

describe('the demo', () => {
  it("holds Quảng Ninh's inspections: one compliant, one to fix by a date, one planned", async () => {
    const all = (await req('GET', 'province.qn', '/api/inspections?pageSize=200')).json().items as Array<{ productName: string; status: string; outcome: string | null; fixBy: string | null; counts: { fail: number } }>;
    const of = (name: string) => all.find((i) => i.productName === name);
    expect(of('Nước khoáng thiên nhiên Quang Hanh Khatisa')).toMatchObject({ status: 'recorded', outcome: 'compliant', counts: { fail: 0 } });
    expect(of('Nước khoáng chanh muối Fresh Quang Hanh')).toMatchObject({ status: 'recorded', outcome: 'fix_by', fixBy: addDays(day, 14), counts: { fail: 2 } });
    expect(of('Trứng gà tươi')).toMatchObject({ status: 'planned', outcome: null });
    expect((await req('GET', 'province.qng', '/api/inspections?pageSize=200')).json().total).toBe(0);
  });
});

describe('planning and recording an inspection', () => {
  let id: string;

  it('plans with the checklist in force, once per request id, on the product timeline', async () => {
    const body = { certificateId: certs[0].id, plannedOn: day, planNote: 'Kiểm tra định kỳ', inspectors: 'Sở NN&MT', requestId: 'insp-test-1' };
    const res = await plan('province.qn', body);
    expect(res.statusCode).toBe(201);
    const insp = res.json();
    id = insp.id;
    expect(insp).toMatchObject({
      certificateId: certs[0].id, certificateNumber: certs[0].number, productId: certs[0].productId, status: 'planned', plannedOn: day,
      outcome: null, actions: ['update', 'record', 'cancel'], counts: { pass: 0, fail: 0, na: 0 }, photos: [],
    });
    expect(insp.checklist.code).toBe('1489-2025');
    expect(insp.checklist.items.map((i: { code: string }) => i.code)).toEqual(CODES);
    expect(insp.checklist.items[1].label).toEqual({ vi: 'Lao động địa phương', en: 'Local labour' });
    const again = await plan('province.qn', body);
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(id);
    const listed = (await req('GET', 'province.qn', `/api/inspections?certificateId=${certs[0].id}&status=planned`)).json();
    expect(listed.items.filter((i: { id: string }) => i.id === id)).toHaveLength(1);
    const timeline = (await req('GET', 'province.qn', `/api/products/${certs[0].productId}/audit`)).json().items as Array<{ action: string; changes: { inspectionId?: string } }>;
    expect(timeline.filter((e) => e.action === 'inspection.plan' && e.changes.inspectionId === id)).toHaveLength(1);
  });

  it('edits a plan with its version, 409 when stale', async () => {
    const res = await req('PATCH', 'province.qn', `/api/inspections/${id}`, { planNote: 'Kiểm tra theo kế hoạch năm', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ planNote: 'Kiểm tra theo kế hoạch năm', version: 2 });
    const stale = await req('PATCH', 'province.qn', `/api/inspections/${id}`, { planNote: 'x', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'errors.conflict.stale' });
  });

  it('takes photos of the visit, served to those who may read the inspection', async () => {
    const png = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 40, g: 120, b: 60 } } }).png().toBuffer();
    const m = multipart('hien-truong.png', png, 'image/png');
    const res = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/photos`, headers: { cookie: c['province.qn'], ...m.headers }, payload: m.body });
    expect(res.statusCode).toBe(201);
    const photo = res.json();
    expect(photo).toMatchObject({ width: 400, height: 300, src: `/api/inspection-photos/${photo.id}/w640.webp` });
    const again = await t.app.inject({ method: 'POST', url: `/api/inspections/${id}/photos`, headers: { cookie: c['province.qn'], ...m.headers }, payload: m.body });
    expect(again.statusCode).toBe(200);
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json().photos.map((p: { id: string }) => p.id)).toEqual([photo.id]);
    const file = await req('GET', 'province.qn', `/api/inspection-photos/${photo.id}/w320.webp`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/webp');
    expect((await req('GET', 'province.qng', `/api/inspection-photos/${photo.id}/w320.webp`)).statusCode).toBe(404);
    expect((await req('GET', null, `/api/inspection-photos/${photo.id}/w320.webp`)).statusCode).toBe(404);
  });

  it('records a compliant inspection, which is then final', async () => {
    const results = allPass().map((r) => (r.code === 'revenue' ? { ...r, result: 'na', note: 'Chưa hết năm tài chính' } : r));
    const res = await req('POST', 'province.qn', `/api/inspections/${id}/record`, { version: 2, inspectedOn: day, results, findings: null, outcome: 'compliant' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'recorded', inspectedOn: day, outcome: 'compliant', fixBy: null, counts: { pass: 9, fail: 0, na: 1 }, actions: [], version: 3, certificateStatus: 'valid' });
    const again = await req('POST', 'province.qn', `/api/inspections/${id}/record`, { version: 3, inspectedOn: day, results: allPass(), outcome: 'compliant' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('errors.inspection.alreadyRecorded');
    const cert = (await req('GET', 'province.qn', `/api/certificates/${certs[0].id}`)).json();
    expect(cert.status).toBe('valid');
    const audit = await t.database.db.execute(`select count(*)::int as n from audit_events where subject_type = 'inspection' and subject_id = '${id}'`);
    // create, update, photo.add, inspection.record
    expect(((audit as unknown as { rows?: Array<{ n: number }> }).rows ?? (audit as unknown as Array<{ n: number }>))[0].n).toBe(4);
  });

  it('records "to fix by" a date after the inspection', async () => {
    const planned = (await plan('province.qn', { certificateId: certs[0].id, plannedOn: day })).json();
    const results = allPass().map((r) => (r.code === 'label' ? { ...r, result: 'fail', note: 'Nhãn thiếu hạn sử dụng' } : r));
    const res = await req('POST', 'province.qn', `/api/inspections/${planned.id}/record`, {
      version: 1, inspectedOn: day, results, findings: 'Nhãn hàng hóa chưa đủ nội dung bắt buộc', outcome: 'fix_by', fixBy: addDays(day, 30),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'fix_by', fixBy: addDays(day, 30), counts: { pass: 9, fail: 1, na: 0 } });
    const toFix = (await req('GET', 'province.qn', `/api/inspections?outcome=fix_by&certificateId=${certs[0].id}`)).json();
    expect(toFix.items.map((i: { id: string }) => i.id)).toContain(planned.id);
    expect(toFix.items.every((i: { outcome: string }) => i.outcome === 'fix_by')).toBe(true);
  });
});

describe('an inspection that revokes', () => {
  it('revokes the certificate in the same transaction, and the public check says revoked', async () => {
    const cert = certs[2];
    const planned = (await plan('province.qn', { certificateId: cert.id, plannedOn: day })).json();
    const results = allPass().map((r) => (r.code === 'raw-materials' ? { ...r, result: 'fail', note: 'Không còn dùng nguyên liệu địa phương' } : r));
    const res = await req('POST', 'province.qn', `/api/inspections/${planned.id}/record`, {
      version: 1, inspectedOn: day, results, findings: 'Cơ sở đã ngừng sản xuất tại địa phương', outcome: 'revoke', revokeReason: 'Không duy trì điều kiện sản xuất',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'revoke', certificateStatus: 'revoked' });
    const after = (await req('GET', 'province.qn', `/api/certificates/${cert.id}`)).json();
    expect(after).toMatchObject({ status: 'revoked', revokedOn: day, revokedReason: 'Không duy trì điều kiện sản xuất', version: cert.version + 1 });
    const verified = await t.app.inject(`/api/verify/${cert.token}`);
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ status: 'revoked', signature: 'valid' });
    const events = (await req('GET', 'province.qn', `/api/certificates/${cert.id}/audit`)).json().items as Array<{ action: string }>;
    expect(events.filter((e) => e.action === 'certificate.revoke')).toHaveLength(1);
    // nothing more to inspect on a revoked certificate
    const again = await plan('province.qn', { certificateId: cert.id, plannedOn: day });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors[0]).toMatchObject({ path: 'certificateId', code: 'errors.inspection.certificateNotInForce' });
  });

  it('leaves the certificate in force when the recording is refused', async () => {
    const cert = certs[1];
    const planned = (await plan('province.qn', { certificateId: cert.id, plannedOn: day })).json();
    const res = await req('POST', 'province.qn', `/api/inspections/${planned.id}/record`, { version: 1, inspectedOn: day, results: allPass(), outcome: 'revoke' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'findings', code: 'errors.inspection.findingsRequired' })]);
    expect((await req('GET', 'province.qn', `/api/certificates/${cert.id}`)).json()).toMatchObject({ status: cert.status, revokedOn: null, version: cert.version });
    expect((await req('GET', 'province.qn', `/api/inspections/${planned.id}`)).json().status).toBe('planned');
  });
});

describe('who sees and records inspections', () => {
  let id: string;
  let ownId: string;
  beforeAll(async () => {
    id = (await plan('province.qn', { certificateId: certs[1].id, plannedOn: day })).json().id;
    ownId = (await plan('central', { certificateId: ownCert.id, plannedOn: day })).json().id;
  });

  it('answers 404 outside the province and to those with no part in it', async () => {
    for (const who of ['province.qng', 'commune.qn', 'trade.qn']) {
      expect((await req('GET', who, `/api/inspections/${id}`)).statusCode).toBe(404);
      expect((await req('POST', who, `/api/inspections/${id}/record`, { version: 1, inspectedOn: day, results: allPass(), outcome: 'compliant' })).statusCode).toBe(404);
    }
    expect((await req('GET', null, `/api/inspections/${id}`)).statusCode).toBe(401);
    expect((await req('GET', 'province.qng', `/api/inspections?certificateId=${certs[1].id}`)).json().total).toBe(0);
    const elsewhere = await plan('province.qng', { certificateId: certs[1].id, plannedOn: day });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors[0]).toMatchObject({ path: 'certificateId', code: 'errors.inspection.unknownCertificate' });
  });

  it('lets the producer read the inspections of its own products, not record them', async () => {
    expect((await req('GET', 'producer.qn', `/api/inspections/${id}`)).statusCode).toBe(404);
    const own = await req('GET', 'producer.qn', `/api/inspections/${ownId}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().actions).toEqual([]);
    expect((await req('POST', 'producer.qn', `/api/inspections/${ownId}/record`, { version: 1, inspectedOn: day, results: allPass(), outcome: 'compliant' })).statusCode).toBe(403);
    expect((await plan('producer.qn', { certificateId: ownCert.id, plannedOn: day })).statusCode).toBe(403);
    const mine = (await req('GET', 'producer.qn', '/api/inspections?pageSize=200')).json();
    expect(mine.items.every((i: { entityId: string }) => i.entityId === ownCert.entityId)).toBe(true);
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(ownId);
  });
});

describe('refused input', () => {
  let id: string;
  beforeAll(async () => {
    id = (await plan('province.qn', { certificateId: certs[0].id, plannedOn: day })).json().id;
  });
  const record = (body: Record<string, unknown>) => req('POST', 'province.qn', `/api/inspections/${id}/record`, { version: 1, inspectedOn: day, results: allPass(), ...body });
  const fieldOf = async (res: Promise<{ statusCode: number; json: () => { errors: Array<{ path: string; code: string }> } }>) => {
    const r = await res;
    expect(r.statusCode).toBe(400);
    return r.json().errors.map((e) => `${e.path} ${e.code}`);
  };

  it('names the field', async () => {
    expect(await fieldOf(record({ outcome: 'fix_by', findings: 'Bao bì hỏng' }))).toEqual(['fixBy errors.inspection.fixByRequired']);
    expect(await fieldOf(record({ outcome: 'fix_by', findings: 'Bao bì hỏng', fixBy: day }))).toEqual(['fixBy errors.inspection.fixByAfterInspection']);
    expect(await fieldOf(record({ outcome: 'compliant', results: allPass().slice(1) }))).toEqual(['results errors.inspection.missingItems']);
    expect(await fieldOf(record({ outcome: 'compliant', results: [...allPass(), { code: 'label', result: 'fail' }] }))).toEqual([
      'results.10.code errors.duplicate', 'results.10.note errors.inspection.failNeedsNote', 'outcome errors.inspection.compliantWithFailures',
    ]);
    expect(await fieldOf(record({ outcome: 'compliant', inspectedOn: addDays(day, 1) }))).toEqual(['inspectedOn errors.inspection.inFuture']);
    expect((await fieldOf(record({ outcome: 'maybe' })))[0]).toMatch(/^outcome /);
    expect((await fieldOf(record({ outcome: 'compliant', inspectedOn: '2026-02-30' })))[0]).toMatch(/^inspectedOn /);
    expect((await fieldOf(plan('province.qn', { certificateId: certs[0].id, plannedOn: '2014-01-01' })))).toEqual(['plannedOn errors.inspection.beforeIssue']);
    expect((await fieldOf(plan('province.qn', { certificateId: certs[0].id })))[0]).toMatch(/^plannedOn /);
  });

  it('answers 409 to a stale version', async () => {
    const res = await record({ version: 7, outcome: 'compliant' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'errors.conflict.stale' });
  });
});

// ---------------------------------------------------------------- editing, cancelling, removing photos

let shade = 0;
/** A different picture each time (the same one twice is the photo already stored). */
const picture = () => sharp({ create: { width: 400, height: 300, channels: 3, background: { r: ++shade, g: 80, b: 160 } } }).png().toBuffer();
const addPhoto = async (id: string, who = 'province.qn', png?: Buffer) => {
  const m = multipart('anh.png', png ?? (await picture()), 'image/png');
  return t.app.inject({ method: 'POST', url: `/api/inspections/${id}/photos`, headers: { cookie: c[who], ...m.headers }, payload: m.body });
};
const auditOf = async (id: string) =>
  rowsOf<{ action: string; changes: Record<string, { from: unknown; to: unknown }>; note: string | null }>(
    await t.database.db.execute(`select action, changes, note from audit_events where subject_type = 'inspection' and subject_id = '${id}' order by id`),
  );
const recordAll = (id: string, version: number) => req('POST', 'province.qn', `/api/inspections/${id}/record`, { version, inspectedOn: day, results: allPass(), outcome: 'compliant' });

describe('editing a planned inspection', () => {
  // Fresh's certificate was issued in 2024, under 148/QĐ-TTg: its plan may use that checklist too
  let id: string;
  beforeAll(async () => {
    id = (await plan('province.qn', { certificateId: certs[1].id, plannedOn: day, inspectors: 'Sở NN&MT' })).json().id;
  });

  it('changes the date, the team, the note and the checklist version; audits the change', async () => {
    const before = (await req('GET', 'province.qn', `/api/inspections/${id}`)).json();
    expect(before).toMatchObject({ checklist: { code: '1489-2025', toVerify: true }, certificateIssuedOn: certs[1].issuedOn, cancelReason: null });
    const res = await req('PATCH', 'province.qn', `/api/inspections/${id}`, {
      plannedOn: addDays(day, 7), inspectors: 'Sở NN&MT, Chi cục QLCL', planNote: 'Kiểm tra đột xuất', checklistCode: '148-2023', version: before.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      plannedOn: addDays(day, 7), inspectors: 'Sở NN&MT, Chi cục QLCL', planNote: 'Kiểm tra đột xuất', version: before.version + 1, status: 'planned',
      checklist: { code: '148-2023', ruleVersion: '148/QĐ-TTg' }, actions: ['update', 'record', 'cancel'],
    });
    // a later change of the date alone keeps the chosen checklist
    const moved = await req('PATCH', 'province.qn', `/api/inspections/${id}`, { plannedOn: addDays(day, 3), version: before.version + 1 });
    expect(moved.json()).toMatchObject({ plannedOn: addDays(day, 3), checklist: { code: '148-2023' }, inspectors: 'Sở NN&MT, Chi cục QLCL' });
    const update = (await auditOf(id)).filter((e) => e.action === 'update');
    expect(update[0].changes).toEqual({
      plannedOn: { from: day, to: addDays(day, 7) }, planNote: { from: null, to: 'Kiểm tra đột xuất' },
      inspectors: { from: 'Sở NN&MT', to: 'Sở NN&MT, Chi cục QLCL' }, checklistCode: { from: '1489-2025', to: '148-2023' },
    });
    expect(update[1].changes).toEqual({ plannedOn: { from: addDays(day, 7), to: addDays(day, 3) } });
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const current = (await req('GET', 'province.qn', `/api/inspections/${id}`)).json();
    const stale = await req('PATCH', 'province.qn', `/api/inspections/${id}`, { inspectors: 'Người khác', version: current.version - 1 }, 'en');
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'errors.conflict.stale' });
    expect(stale.json().detail).toContain(`version ${current.version}, you sent ${current.version - 1}`);
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json()).toMatchObject({ inspectors: current.inspectors, version: current.version });
  });

  it('refuses bad input with 400 naming the field', async () => {
    const { version } = (await req('GET', 'province.qn', `/api/inspections/${id}`)).json();
    const fields = async (body: Record<string, unknown>) => {
      const r = await req('PATCH', 'province.qn', `/api/inspections/${id}`, { version, ...body });
      expect(r.statusCode).toBe(400);
      return (r.json().errors as Array<{ path: string; code: string }>).map((e) => `${e.path} ${e.code}`);
    };
    expect(await fields({ checklistCode: '1048-2019' })).toEqual(['checklistCode errors.inspection.checklistNotAllowed']);
    expect(await fields({ plannedOn: '2026-02-30' })).toEqual([expect.stringMatching(/^plannedOn /)]);
    expect(await fields({ plannedOn: '2014-01-01' })).toEqual(['plannedOn errors.inspection.beforeIssue']);
    expect(await fields({ inspectors: 'x'.repeat(301) })).toEqual(['inspectors errors.tooLong']);
    expect((await fields({ status: 'recorded' }))[0]).toMatch(/errors.unknownField/);
    const noVersion = await req('PATCH', 'province.qn', `/api/inspections/${id}`, { planNote: 'x' });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().errors[0].path).toBe('version');
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json().version).toBe(version);
  });

  it('is not changed from another province (404) nor by the producer (403)', async () => {
    const { version } = (await req('GET', 'province.qn', `/api/inspections/${id}`)).json();
    for (const who of ['province.qng', 'commune.qn', 'trade.qn']) {
      expect((await req('PATCH', who, `/api/inspections/${id}`, { planNote: 'x', version })).statusCode).toBe(404);
      expect((await req('POST', who, `/api/inspections/${id}/cancel`, { reason: 'x', version })).statusCode).toBe(404);
    }
    const own = (await plan('central', { certificateId: ownCert.id, plannedOn: day })).json();
    expect((await req('PATCH', 'producer.qn', `/api/inspections/${own.id}`, { planNote: 'x', version: own.version })).statusCode).toBe(403);
    expect((await req('POST', 'producer.qn', `/api/inspections/${own.id}/cancel`, { reason: 'x', version: own.version })).statusCode).toBe(403);
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json().version).toBe(version);
  });

  it('is refused once recorded, with a translated problem', async () => {
    const { version } = (await req('GET', 'province.qn', `/api/inspections/${id}`)).json();
    expect((await recordAll(id, version)).statusCode).toBe(200);
    const vi = await req('PATCH', 'province.qn', `/api/inspections/${id}`, { planNote: 'Sửa sau khi ghi', version: version + 1 });
    expect(vi.statusCode).toBe(409);
    expect(vi.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(vi.json()).toMatchObject({ code: 'errors.inspection.alreadyRecorded', detail: 'Đợt hậu kiểm đã được ghi kết quả, không sửa được nữa.' });
    const en = await req('POST', 'province.qn', `/api/inspections/${id}/cancel`, { reason: 'Too late', version: version + 1 }, 'en');
    expect(en.statusCode).toBe(409);
    expect(en.json()).toMatchObject({ code: 'errors.inspection.alreadyRecorded', detail: 'The inspection has been recorded and can no longer be changed.' });
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json()).toMatchObject({ status: 'recorded', planNote: 'Kiểm tra đột xuất', actions: [] });
  });
});

describe('cancelling a planned inspection', () => {
  let id: string;
  beforeAll(async () => {
    id = (await plan('province.qn', { certificateId: certs[0].id, plannedOn: addDays(day, 10) })).json().id;
  });

  it('needs a reason (400 naming it) and the current version (409)', async () => {
    for (const body of [{ version: 1 }, { version: 1, reason: '   ' }, { version: 1, reason: null }]) {
      const res = await req('POST', 'province.qn', `/api/inspections/${id}/cancel`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
    }
    expect((await req('POST', 'province.qn', `/api/inspections/${id}/cancel`, { version: 1, reason: 'x'.repeat(1001) })).json().errors[0]).toMatchObject({ path: 'reason', code: 'errors.tooLong' });
    const stale = await req('POST', 'province.qn', `/api/inspections/${id}/cancel`, { version: 5, reason: 'Cơ sở tạm ngừng sản xuất' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('errors.conflict.stale');
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json()).toMatchObject({ status: 'planned', version: 1 });
  });

  it('cancels with the reason, on the inspection and the product timeline; then it is final', async () => {
    const photo = (await addPhoto(id)).json();
    const res = await req('POST', 'province.qn', `/api/inspections/${id}/cancel`, { version: 1, reason: 'Cơ sở tạm ngừng sản xuất do mưa lũ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Cơ sở tạm ngừng sản xuất do mưa lũ', version: 2, actions: [], outcome: null });
    expect(res.json().cancelledAt).toEqual(expect.any(String));
    const events = await auditOf(id);
    expect(events.at(-1)).toMatchObject({ action: 'inspection.cancel', changes: { status: { from: 'planned', to: 'cancelled' } }, note: 'Cơ sở tạm ngừng sản xuất do mưa lũ' });
    const timeline = (await req('GET', 'province.qn', `/api/products/${certs[0].productId}/audit`)).json().items as Array<{ action: string; changes: { inspectionId?: string } }>;
    expect(timeline.filter((e) => e.action === 'inspection.cancel' && e.changes.inspectionId === id)).toHaveLength(1);
    for (const [r, code] of [
      [await req('PATCH', 'province.qn', `/api/inspections/${id}`, { planNote: 'x', version: 2 }), 'errors.inspection.alreadyCancelled'],
      [await req('POST', 'province.qn', `/api/inspections/${id}/cancel`, { version: 2, reason: 'lần nữa' }), 'errors.inspection.alreadyCancelled'],
      [await recordAll(id, 2), 'errors.inspection.alreadyCancelled'],
      [await addPhoto(id), 'errors.inspection.alreadyCancelled'],
      [await req('DELETE', 'province.qn', `/api/inspections/${id}/photos/${photo.id}`), 'errors.inspection.alreadyCancelled'],
    ] as const) {
      expect(r.statusCode).toBe(409);
      expect(r.json().code).toBe(code);
    }
    const listed = (await req('GET', 'province.qn', `/api/inspections?status=cancelled&certificateId=${certs[0].id}`)).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json().photos).toHaveLength(1);
  });
});

describe('removing a photo before the recording', () => {
  let id: string;
  let other: string;
  beforeAll(async () => {
    id = (await plan('province.qn', { certificateId: certs[0].id, plannedOn: day })).json().id;
    other = (await plan('province.qn', { certificateId: certs[0].id, plannedOn: day })).json().id;
  });

  it('detaches the photo: no longer listed nor served, audited; the same picture can be taken again', async () => {
    const png = await picture();
    const first = (await addPhoto(id, 'province.qn', png)).json();
    const second = (await addPhoto(id)).json();
    const otherPhoto = (await addPhoto(other)).json();
    // a photo of another inspection is not this one's
    expect((await req('DELETE', 'province.qn', `/api/inspections/${id}/photos/${otherPhoto.id}`)).statusCode).toBe(404);
    const res = await req('DELETE', 'province.qn', `/api/inspections/${id}/photos/${first.id}`);
    expect(res.statusCode).toBe(204);
    const insp = (await req('GET', 'province.qn', `/api/inspections/${id}`)).json();
    expect(insp.photos.map((p: { id: string }) => p.id)).toEqual([second.id]);
    expect(insp.version).toBe(1);
    expect((await req('GET', 'province.qn', `/api/inspection-photos/${first.id}/w320.webp`)).statusCode).toBe(404);
    expect((await req('GET', 'province.qn', `/api/inspection-photos/${second.id}/w320.webp`)).statusCode).toBe(200);
    expect((await auditOf(id)).filter((e) => e.action === 'photo.remove')).toEqual([expect.objectContaining({ changes: expect.objectContaining({ photoId: first.id }) })]);
    expect((await req('DELETE', 'province.qn', `/api/inspections/${id}/photos/${first.id}`)).statusCode).toBe(404);
    const again = await addPhoto(id, 'province.qn', png);
    expect(again.statusCode).toBe(201);
    expect(again.json().id).not.toBe(first.id);
    expect((await req('GET', 'province.qn', `/api/inspections/${other}`)).json().photos.map((p: { id: string }) => p.id)).toEqual([otherPhoto.id]);
  });

  it('is not done from another province (404), by the producer (403), or with a malformed id (400)', async () => {
    const photo = (await addPhoto(id)).json();
    for (const who of ['province.qng', 'commune.qn', 'trade.qn']) expect((await req('DELETE', who, `/api/inspections/${id}/photos/${photo.id}`)).statusCode).toBe(404);
    expect((await req('DELETE', null, `/api/inspections/${id}/photos/${photo.id}`)).statusCode).toBe(401);
    const own = (await plan('central', { certificateId: ownCert.id, plannedOn: day })).json();
    const ownPhoto = (await addPhoto(own.id, 'central')).json();
    expect((await req('DELETE', 'producer.qn', `/api/inspections/${own.id}/photos/${ownPhoto.id}`)).statusCode).toBe(403);
    const bad = await req('DELETE', 'province.qn', `/api/inspections/${id}/photos/not-a-uuid`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('photoId');
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json().photos.map((p: { id: string }) => p.id)).toContain(photo.id);
  });

  it('is refused once the inspection is recorded (409), and the photo stays', async () => {
    const { photos, version } = (await req('GET', 'province.qn', `/api/inspections/${id}`)).json();
    expect((await recordAll(id, version)).statusCode).toBe(200);
    const res = await req('DELETE', 'province.qn', `/api/inspections/${id}/photos/${photos[0].id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'errors.inspection.alreadyRecorded' });
    expect((await req('GET', 'province.qn', `/api/inspections/${id}`)).json().photos).toHaveLength(photos.length);
  });
});

describe('checklist wording', () => {
  it('names the missing items by their labels in the reader\'s language, not by their codes', async () => {
    const id = (await plan('province.qn', { certificateId: certs[0].id, plannedOn: day })).json().id;
    const body = { version: 1, inspectedOn: day, results: allPass().filter((r) => r.code !== 'local-labour' && r.code !== 'traceability'), outcome: 'compliant' };
    const vi = (await req('POST', 'province.qn', `/api/inspections/${id}/record`, body)).json().errors[0];
    expect(vi).toMatchObject({ path: 'results', code: 'errors.inspection.missingItems', message: 'Chưa có kết quả cho các nội dung: Lao động địa phương, Truy xuất nguồn gốc (mã QR).' });
    const en = (await req('POST', 'province.qn', `/api/inspections/${id}/record`, body, 'en')).json().errors[0];
    expect(en.message).toBe('No result yet for: Local labour, Traceability (QR code).');
  });
});
