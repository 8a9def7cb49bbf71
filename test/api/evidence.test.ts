import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { addDays } from '../../src/domain/dates';
import { login, todayVn, userId } from './evaluation.helpers';
import { FILES, upload } from './cycle.helpers';

/**
 * Evidence per criterion (issue 11, item 5, and its part of item 7): the producer attaches a
 * link and a file per criterion of the product's sheet, others are refused; council members
 * read it beside the options while scoring, comment per criterion; the round lists the
 * disagreements with the comments; a re-recognition dossier carries the evidence over.
 */
let t: TestContext;
let c: Record<string, string>;
const ids: Record<string, string> = {};
const TODAY = process.env.OCOP_TODAY;

type Res = { statusCode: number; json(): any; headers: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any
const get = (who: string | null, url: string): Promise<Res> => t.app.inject({ url, headers: who ? { cookie: c[who] } : {} });
const post = (who: string, url: string, payload: object = {}): Promise<Res> => t.app.inject({ method: 'POST', url, headers: { cookie: c[who] }, payload });
const put = (who: string, url: string, payload: object): Promise<Res> => t.app.inject({ method: 'PUT', url, headers: { cookie: c[who] }, payload });

let productId: string;
let dossierId: string;
let roundId: string;
let sheetCriteria: Array<{ code: string; maxPoints: number; options: Array<{ code: string; points: number; hint: { vi: string } | null }> }>;

beforeAll(async () => {
  t = await createTestApp({ jobs: { worker: false } });
  c = await login(t, ['admin', 'province.qn', 'province.qng', 'producer.qn', 'commune.qn', 'council.qn', 'council.qn2', 'council.qn3', 'trade.qn']);
  for (const u of ['council.qn', 'council.qn2', 'council.qn3']) ids[u] = await userId(t, c[u]);
  const entityId = (await get('producer.qn', '/api/me')).json().entityId;
  const product = await post('producer.qn', '/api/products', { entityId, name: 'Rượu mơ minh chứng Quang Hanh', groupCode: '2', subgroupCode: '2.1' });
  expect(product.statusCode).toBe(201);
  productId = product.json().id;
  const d = await post('producer.qn', '/api/dossiers', { entryPath: 'existing-product', productId });
  expect(d.statusCode).toBe(201);
  dossierId = d.json().id;
});
afterAll(() => t.close());
afterEach(() => {
  process.env.OCOP_TODAY = TODAY;
});

describe('the producer attaches evidence per criterion', () => {
  it('shows the product’s sheet with every option’s evidence hint', async () => {
    const res = await get('producer.qn', `/api/dossiers/${dossierId}/evidence`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.sheet).not.toBeNull();
    expect(body.actions).toEqual(['attach']);
    sheetCriteria = body.criteria;
    expect(sheetCriteria.length).toBeGreaterThan(10);
    // hints are data of the version: each option shows the one its version holds (or none)
    const version = (await get('producer.qn', `/api/criteria-sets/${body.sheet.criteriaSetCode}`)).json().definition as { criteria: Array<{ code: string; options: Array<{ code: string; hint?: unknown }> }> };
    for (const k of sheetCriteria.filter((x) => version.criteria.some((v) => v.code === x.code))) {
      const v = version.criteria.find((x) => x.code === k.code)!;
      expect(k.options.map((o) => [o.code, o.hint])).toEqual(v.options.map((o) => [o.code, o.hint ?? null]));
    }
    expect(sheetCriteria.every((k) => (k as unknown as { evidence: unknown[] }).evidence.length === 0)).toBe(true);
  });

  it('attaches a link (idempotent with a request id) and a file checked by content', async () => {
    const [first, second] = sheetCriteria;
    const top = first.options[first.options.length - 1].code;
    const link = { criterionCode: first.code, optionCode: top, url: 'https://ocop.quangninh.gov.vn/ho-so/ruou-mo.pdf', title: 'Hợp đồng thu mua mơ Yên Tử', requestId: 'ev-link-1' };
    const made = await post('producer.qn', `/api/dossiers/${dossierId}/evidence`, link);
    expect(made.statusCode, JSON.stringify(made.json())).toBe(201);
    expect(made.json()).toMatchObject({ kind: 'link', criterionCode: first.code, optionCode: top, url: link.url, title: link.title, reused: null, expired: false, originalDate: todayVn(), actions: ['remove'] });
    const again = await post('producer.qn', `/api/dossiers/${dossierId}/evidence`, link);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replay']).toBe('true');
    expect(again.json().id).toBe(made.json().id);

    const file = await upload(t, `/api/dossiers/${dossierId}/evidence/files?criterionCode=${second.code}&title=${encodeURIComponent('Phiếu kiểm nghiệm')}`, c['producer.qn'], 'kiem-nghiem.pdf', FILES.pdf);
    expect(file.status, JSON.stringify(file.body)).toBe(201);
    expect(file.body).toMatchObject({ kind: 'file', criterionCode: second.code, title: 'Phiếu kiểm nghiệm', fileName: 'kiem-nghiem.pdf', fileType: 'pdf', url: `/api/evidence/${file.body.id}/file` });
    ids.file = file.body.id;
    const fake = await upload(t, `/api/dossiers/${dossierId}/evidence/files?criterionCode=${second.code}`, c['producer.qn'], 'gia.pdf', FILES.notPdf);
    expect(fake.status).toBe(400);
    expect(fake.body.errors[0].path).toBe('file');

    const unknown = await post('producer.qn', `/api/dossiers/${dossierId}/evidence`, { ...link, criterionCode: 'Z9.9', requestId: 'ev-link-2' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('criterionCode');
    const badOption = await post('producer.qn', `/api/dossiers/${dossierId}/evidence`, { ...link, optionCode: 'zz', requestId: 'ev-link-3' });
    expect(badOption.json().errors[0].path).toBe('optionCode');
    const notHttp = await post('producer.qn', `/api/dossiers/${dossierId}/evidence`, { ...link, url: 'javascript:alert(1)', requestId: 'ev-link-4' });
    expect(notHttp.statusCode).toBe(400);
    expect(notHttp.json().errors[0].path).toBe('url');

    const listed = (await get('producer.qn', `/api/dossiers/${dossierId}/evidence`)).json();
    expect(listed.criteria.find((k: { code: string }) => k.code === first.code).evidence).toHaveLength(1);
    expect(listed.criteria.find((k: { code: string }) => k.code === second.code).evidence).toHaveLength(1);
    // audited on the dossier
    const audit = (await get('admin', `/api/dossiers/${dossierId}`)).json();
    expect(audit.id).toBe(dossierId);
  });

  it('refuses others: another province 404, its officers and a stranger council member cannot attach', async () => {
    const link = { criterionCode: sheetCriteria[0].code, url: 'https://example.vn/a.pdf', title: 'Tài liệu' };
    expect((await get('province.qng', `/api/dossiers/${dossierId}/evidence`)).statusCode).toBe(404);
    expect((await post('province.qng', `/api/dossiers/${dossierId}/evidence`, link)).statusCode).toBe(404);
    expect((await get('province.qng', `/api/evidence/${ids.file}/file`)).statusCode).toBe(404);
    // the province reads the producer's dossier but does not file it
    expect((await get('province.qn', `/api/dossiers/${dossierId}/evidence`)).statusCode).toBe(200);
    expect((await post('province.qn', `/api/dossiers/${dossierId}/evidence`, link)).statusCode).toBe(403);
    expect((await post('commune.qn', `/api/dossiers/${dossierId}/evidence`, link)).statusCode).toBe(403);
    // a council member who sits on no round of the product does not see it
    expect((await get('council.qn', `/api/dossiers/${dossierId}/evidence`)).statusCode).toBe(404);
    expect((await get(null, `/api/dossiers/${dossierId}/evidence`)).statusCode).toBe(401);
  });
});

describe('the council scores with the evidence beside the options', () => {
  const answersOf = (choose: (o: Array<{ code: string; points: number }>, code: string) => string) => Object.fromEntries(sheetCriteria.map((k) => [k.code, choose(k.options, k.code)]));
  const best = (o: Array<{ code: string; points: number }>) => [...o].sort((a, b) => b.points - a.points)[0].code;
  const worst = (o: Array<{ code: string; points: number }>) => [...o].sort((a, b) => a.points - b.points)[0].code;

  it('a member sees each criterion’s evidence on the sheet, downloads the file, cannot attach', async () => {
    const round = await post('province.qn', '/api/evaluation-rounds', {
      level: 'province', unitCode: '22', date: todayVn(), productIds: [productId],
      members: [{ userId: ids['council.qn'], role: 'chair' }, { userId: ids['council.qn2'], role: 'member' }, { userId: ids['council.qn3'], role: 'member' }],
    });
    expect(round.statusCode, JSON.stringify(round.json())).toBe(201);
    roundId = round.json().id;
    const sheet = await get('council.qn', `/api/evaluation-rounds/${roundId}/sheets/${productId}`);
    expect(sheet.statusCode).toBe(200);
    const ev = sheet.json().evidence as Array<{ criterionCode: string; kind: string; url: string }>;
    expect(ev.map((e) => [e.criterionCode, e.kind]).sort()).toEqual([[sheetCriteria[0].code, 'link'], [sheetCriteria[1].code, 'file']].sort());
    expect(sheet.json().comments).toEqual({});
    const dl = await get('council.qn', `/api/evidence/${ids.file}/file`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect((await get('council.qn', `/api/dossiers/${dossierId}/evidence`)).json().actions).toEqual([]);
    expect((await post('council.qn', `/api/dossiers/${dossierId}/evidence`, { criterionCode: sheetCriteria[0].code, url: 'https://example.vn/x.pdf', title: 'X' })).statusCode).toBe(403);
  });

  it('members comment per criterion; the round lists the disagreement with the comments once all have finished', async () => {
    const [first, second] = sheetCriteria;
    const url = `/api/evaluation-rounds/${roundId}/sheets/${productId}`;
    // the chair gives the first criterion its lowest option, the members its highest; all agree elsewhere
    const chair = await put('council.qn', url, { answers: answersOf((o, code) => (code === first.code ? worst(o) : best(o))), comments: { [first.code]: 'Chưa thấy hợp đồng thu mua còn hiệu lực', [second.code]: '  ' } });
    expect(chair.statusCode, JSON.stringify(chair.json())).toBe(200);
    expect(chair.json().comments).toEqual({ [first.code]: 'Chưa thấy hợp đồng thu mua còn hiệu lực' });
    expect((await put('council.qn', url, { answers: {}, comments: { 'Z9.9': 'x' }, version: chair.json().version })).json().errors[0].path).toBe('comments.Z9.9');
    // stale version: 409
    expect((await put('council.qn', url, { answers: chair.json().answers, version: 0 })).statusCode).toBe(409);

    const m2 = await put('council.qn2', url, { answers: answersOf(best), comments: { [first.code]: 'Hợp đồng đính kèm đủ' } });
    expect(m2.statusCode).toBe(200);
    // one member still scoring: the sheets stay private
    const early = (await get('council.qn', `/api/evaluation-rounds/${roundId}/disagreements`)).json();
    expect(early).toEqual({ minSpread: null, items: [], pending: [{ productId, productName: 'Rượu mơ minh chứng Quang Hanh' }] });
    expect((await put('council.qn3', url, { answers: answersOf(best) })).statusCode).toBe(200);

    const res = await get('council.qn2', `/api/evaluation-rounds/${roundId}/disagreements`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const low = Math.min(...first.options.map((o) => o.points));
    const high = Math.max(...first.options.map((o) => o.points));
    expect(body.pending).toEqual([]);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ productId, criterionCode: first.code, maxPoints: first.maxPoints, lowest: low, highest: high, spread: high - low });
    expect(high - low).toBeGreaterThan(first.maxPoints / 2);
    const byMember = Object.fromEntries(body.items[0].members.map((m: { memberId: string; points: number; comment: string | null }) => [m.memberId, [m.points, m.comment]]));
    expect(byMember).toEqual({
      [ids['council.qn']]: [low, 'Chưa thấy hợp đồng thu mua còn hiệu lực'],
      [ids['council.qn2']]: [high, 'Hợp đồng đính kèm đủ'],
      [ids['council.qn3']]: [high, null],
    });
    // a threshold above the spread lists nothing
    expect((await get('council.qn', `/api/evaluation-rounds/${roundId}/disagreements?minSpread=${high - low + 1}`)).json().items).toEqual([]);
    expect((await get('council.qn', `/api/evaluation-rounds/${roundId}/disagreements?minSpread=-1`)).statusCode).toBe(400);
    // the organiser reads them; trade promotion (not on this council), the producer and another province do not
    expect((await get('province.qn', `/api/evaluation-rounds/${roundId}/disagreements`)).json().items).toHaveLength(1);
    expect((await get('trade.qn', `/api/evaluation-rounds/${roundId}/disagreements`)).statusCode).toBe(404);
    expect((await get('producer.qn', `/api/evaluation-rounds/${roundId}/disagreements`)).statusCode).toBe(404);
    expect((await get('province.qng', `/api/evaluation-rounds/${roundId}/disagreements`)).statusCode).toBe(404);
  });
});

describe('re-recognition carries the evidence over', () => {
  it('each item marked as reused with its original date; an expired one flagged', async () => {
    const certs = (await get('province.qn', '/api/certificates?pageSize=100')).json().items as Array<{ productId: string; status: string; validUntil: string; entityId: string }>;
    const cert = certs.find((x) => x.status === 'expiring')!;
    expect(cert).toBeDefined();
    const made = await post('admin', '/api/users', { username: 'holder.evidence', displayName: 'Chủ thể minh chứng', password: 'Holder-evidence-2026!', role: 'producer', unitCode: '06778', entityId: cert.entityId });
    expect(made.statusCode).toBe(201);
    c['holder.evidence'] = await t.login('holder.evidence', 'Holder-evidence-2026!');

    const first = await post('holder.evidence', '/api/dossiers', { entryPath: 'existing-product', productId: cert.productId });
    expect(first.statusCode, JSON.stringify(first.json())).toBe(201);
    const firstId = first.json().id as string;
    const crit = (await get('holder.evidence', `/api/dossiers/${firstId}/evidence`)).json().criteria as Array<{ code: string }>;
    const attachedOn = todayVn();
    const testReportUntil = addDays(cert.validUntil, -60);
    const expiring = await post('holder.evidence', `/api/dossiers/${firstId}/evidence`, { criterionCode: crit[0].code, url: 'https://example.vn/kiem-nghiem.pdf', title: 'Phiếu kiểm nghiệm', validUntil: testReportUntil });
    expect(expiring.statusCode, JSON.stringify(expiring.json())).toBe(201);
    const file = await upload(t, `/api/dossiers/${firstId}/evidence/files?criterionCode=${crit[1].code}`, c['holder.evidence'], 'hop-dong.pdf', FILES.pdf);
    expect(file.status).toBe(201);
    const version = (await get('holder.evidence', `/api/dossiers/${firstId}`)).json().version;
    expect((await post('holder.evidence', `/api/dossiers/${firstId}/transitions`, { action: 'withdraw', version, note: 'Làm hồ sơ đánh giá lại' })).statusCode).toBe(200);

    // 30 days before the certificate's last day: re-recognition is open, the test report has expired
    process.env.OCOP_TODAY = addDays(cert.validUntil, -30);
    const renewed = await post('holder.evidence', '/api/dossiers', { entryPath: 'existing-product', productId: cert.productId, purpose: 're-recognition' });
    expect(renewed.statusCode, JSON.stringify(renewed.json())).toBe(201);
    const newId = renewed.json().id as string;
    expect(renewed.json().reusedFromId).toBe(firstId);
    const carried = (await get('holder.evidence', `/api/dossiers/${newId}/evidence`)).json();
    const all = (carried.criteria as Array<{ evidence: Array<Record<string, unknown>> }>).flatMap((k) => k.evidence).concat(carried.other);
    expect(all).toHaveLength(2);
    const report = all.find((e) => e.criterionCode === crit[0].code)!;
    const contract = all.find((e) => e.criterionCode === crit[1].code)!;
    expect(report).toMatchObject({ dossierId: newId, kind: 'link', validUntil: testReportUntil, expired: true, originalDate: attachedOn, reused: { fromId: expiring.json().id, originalDate: attachedOn } });
    expect(contract).toMatchObject({ kind: 'file', expired: false, originalDate: attachedOn, reused: { fromId: file.body.id, originalDate: attachedOn } });
    // the reused file downloads from the new dossier's evidence
    expect((await get('holder.evidence', contract.url as string)).statusCode).toBe(200);
    // the producer replaces the expired one: removal is audited and the old dossier keeps its own
    expect((await t.app.inject({ method: 'DELETE', url: `/api/evidence/${report.id}`, headers: { cookie: c['holder.evidence'] } })).statusCode).toBe(204);
    expect((await get('holder.evidence', `/api/dossiers/${firstId}/evidence`)).json().criteria[0].evidence).toHaveLength(1);
    const audit = (await get('admin', `/api/audit?subjectId=${newId}`));
    expect([200, 404]).toContain(audit.statusCode);
  });
});
