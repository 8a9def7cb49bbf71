import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { enqueue } from '../../src/db/repositories/jobs.repository';
import { Worker } from '../../src/services/jobs/worker';
import { platformJobs } from '../../src/services/jobs/platform-jobs';
import { addDays, todayInVietnam } from '../../src/domain/dates';
import { login } from './evaluation.helpers';
import { FILES, upload } from './cycle.helpers';

/** Life after recognition (issue 11, items 7–8): expiry reminders, re-recognition and upgrade dossiers, product sets. */
let t: TestContext;
let c: Record<string, string>;
const TODAY = process.env.OCOP_TODAY;

const get = (who: string | null, url: string) => t.app.inject({ url, headers: who ? { cookie: c[who] } : {} });
const post = (who: string, url: string, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: { cookie: c[who] }, payload });

beforeAll(async () => {
  t = await createTestApp({ jobs: { worker: false } });
  c = await login(t, ['admin', 'province.qn', 'province.qng', 'producer.qn', 'commune.qn']);
});
afterAll(() => t.close());
afterEach(() => {
  process.env.OCOP_TODAY = TODAY;
});

describe('products name their product set', () => {
  it('derives the product set from the subgroup, read-only', async () => {
    const list = (await get('province.qn', '/api/products?pageSize=50')).json().items as Array<{ id: string; subgroupCode: string; productSetCode: string | null; productSetName: { vi: string } | null }>;
    expect(list.length).toBeGreaterThan(0);
    for (const p of list) {
      expect(p.productSetCode).not.toBeNull();
      expect(p.productSetCode!.startsWith(p.subgroupCode)).toBe(true);
      expect(p.productSetName?.vi.length).toBeGreaterThan(0);
    }
    const one = (await get('province.qn', `/api/products/${list[0].id}`)).json();
    expect(one.productSetCode).toBe(list[0].productSetCode);
  });
});

describe('expiry reminders at 180, 90 and 30 days', () => {
  it('the daily job raises each threshold once per certificate, in-app to the producer and the provincial office', async () => {
    const certs = (await get('province.qn', '/api/certificates?pageSize=100')).json().items as Array<{ id: string; productName: string; status: string; validUntil: string; entityId: string; unitCode: string }>;
    const cert = certs.find((x) => x.status === 'expiring')!;
    expect(cert).toBeDefined();
    // an account for the certificate holder, made by the administrator
    const made = await post('admin', '/api/users', { username: 'holder.remind', displayName: 'Chủ thể nhận nhắc hạn', password: 'Holder-remind-2026!', role: 'producer', unitCode: '06778', entityId: cert.entityId });
    expect(made.statusCode, made.body).toBe(201);
    c['holder.remind'] = await t.login('holder.remind', 'Holder-remind-2026!');
    const { handlers } = platformJobs({ db: t.database.db, importFiles: undefined as never });
    const worker = new Worker(t.database.db, { 'certificates.remind': handlers['certificates.remind'] }, { pollMs: 20 });
    const kindsOn = async (day: string): Promise<string[]> => {
      process.env.OCOP_TODAY = day;
      await enqueue(t.database.db, { type: 'certificates.remind', uniqueKey: `certificates.remind:${day}:${Math.random()}` });
      await worker.drain();
      return audits();
    };
    const audits = async () =>
      ((await get('province.qn', `/api/certificates/${cert.id}/audit`)).json().items as Array<{ action: string; changes: { kind?: unknown } }>)
        .filter((e) => e.action === 'certificate.reminder')
        .map((e) => String((e.changes.kind as { to?: unknown })?.to ?? e.changes.kind));
    const before = await audits();
    expect(before.every((k) => !['180d', '90d', '30d'].includes(k))).toBe(true);

    expect(await kindsOn(addDays(cert.validUntil, -181))).toEqual(before);
    expect(await kindsOn(addDays(cert.validUntil, -180))).toEqual([...before, '180d']);
    expect(await kindsOn(addDays(cert.validUntil, -179))).toEqual([...before, '180d']);
    expect(await kindsOn(addDays(cert.validUntil, -120))).toEqual([...before, '180d']);
    expect(await kindsOn(addDays(cert.validUntil, -90))).toEqual([...before, '180d', '90d']);
    expect(await kindsOn(addDays(cert.validUntil, -90))).toEqual([...before, '180d', '90d']);
    expect(await kindsOn(addDays(cert.validUntil, -30))).toEqual([...before, '180d', '90d', '30d']);
    expect(await kindsOn(addDays(cert.validUntil, -1))).toEqual([...before, '180d', '90d', '30d']);
    expect(await kindsOn(addDays(cert.validUntil, 1))).toEqual([...before, '180d', '90d', '30d']);

    for (const who of ['holder.remind', 'province.qn']) {
      const told = ((await get(who, '/api/notifications?pageSize=100')).json().items as Array<{ itemId: string; action: string; to: string }>)
        .filter((n) => n.itemId === cert.id && n.action === 'certificate.reminder')
        .map((n) => n.to)
        .sort();
      expect(told, who).toEqual(['180d', '30d', '90d']);
    }
    // another province's office is not told
    const other = ((await get('province.qng', '/api/notifications?pageSize=100')).json().items as Array<{ itemId: string }>).filter((n) => n.itemId === cert.id);
    expect(other).toEqual([]);
  });
});

describe('re-recognition and upgrade dossiers', () => {
  it('starts from the product’s last dossier: documents carried over with their original date, the expired ones flagged', async () => {
    const certs = (await get('province.qn', '/api/certificates?pageSize=100')).json().items as Array<{ id: string; productId: string; status: string; validUntil: string; entityId: string }>;
    const cert = certs.find((x) => x.status === 'expiring')!;
    const made = await post('admin', '/api/users', { username: 'holder.renew', displayName: 'Chủ thể đánh giá lại', password: 'Holder-renew-2026!', role: 'producer', unitCode: '06778', entityId: cert.entityId });
    expect(made.statusCode, made.body).toBe(201);
    c['holder.renew'] = await t.login('holder.renew', 'Holder-renew-2026!');

    // a re-recognition needs an earlier dossier, or is refused before the window opens
    process.env.OCOP_TODAY = addDays(cert.validUntil, -200);
    const early = await post('holder.renew', '/api/dossiers', { entryPath: 'existing-product', productId: cert.productId, purpose: 're-recognition' });
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().detail).toContain('180');
    expect((await post('holder.renew', '/api/dossiers', { entryPath: 'cycle', purpose: 'upgrade' })).json().errors?.[0]?.path ?? 'purpose').toBe('purpose');

    // the product's dossier, with three documents, withdrawn afterwards
    process.env.OCOP_TODAY = TODAY;
    const first = await post('holder.renew', '/api/dossiers', { entryPath: 'existing-product', productId: cert.productId });
    expect(first.statusCode, first.body).toBe(201);
    const firstId = first.json().id as string;
    for (const code of ['registration-form', 'test-results', 'food-safety-certificate']) {
      expect((await upload(t, `/api/dossiers/${firstId}/files?itemCode=${code}`, c['holder.renew'], `${code}.pdf`, FILES.pdf)).status, code).toBe(201);
    }
    const uploaded = (await get('holder.renew', `/api/dossiers/${firstId}`)).json();
    const withdrawn = await post('holder.renew', `/api/dossiers/${firstId}/transitions`, { action: 'withdraw', version: uploaded.version, note: 'Chuyển sang hồ sơ đánh giá lại' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const uploadedOn = (uploaded.checklist.items as Array<{ code: string; files: Array<{ createdAt: string }> }>).find((i) => i.code === 'test-results')!.files[0].createdAt;

    // over a year after the certificate expired: an upgrade is refused, re-recognition carries the documents over
    process.env.OCOP_TODAY = addDays(cert.validUntil, 400);
    const upgrade = await post('holder.renew', '/api/dossiers', { entryPath: 'existing-product', productId: cert.productId, purpose: 'upgrade' });
    expect(upgrade.statusCode, upgrade.body).toBe(409);
    const renewed = await post('holder.renew', '/api/dossiers', { entryPath: 'existing-product', productId: cert.productId, purpose: 're-recognition' });
    expect(renewed.statusCode, renewed.body).toBe(201);
    const d = renewed.json();
    expect(d).toMatchObject({ purpose: 're-recognition', reusedFromId: firstId, productId: cert.productId, status: 'draft' });
    const items = d.checklist.items as Array<{ code: string; present: boolean; files: Array<{ id: string; url: string; reuse: { fromFileId: string; originalDate: string; validUntil: string | null; expired: boolean } | null }> }>;
    const fileOf = (code: string) => items.find((i) => i.code === code)!.files[0];
    const originalDate = todayInVietnam(new Date(uploadedOn)); // the upload's day in Vietnam
    expect(fileOf('registration-form').reuse).toMatchObject({ originalDate, validUntil: null, expired: false });
    expect(fileOf('test-results').reuse).toMatchObject({ originalDate, expired: true });
    expect(fileOf('test-results').reuse!.validUntil! < process.env.OCOP_TODAY!).toBe(true);
    expect(fileOf('food-safety-certificate').reuse).toMatchObject({ originalDate, expired: false });
    expect(items.find((i) => i.code === 'registration-form')!.present).toBe(true);
    // the reused file downloads from the new dossier
    expect((await get('holder.renew', fileOf('registration-form').url)).statusCode).toBe(200);
    // audited
    const audit = (await get('province.qn', `/api/dossiers/${d.id}`)).json();
    expect(audit.timeline.length).toBeGreaterThan(0);
    // one live dossier per product still holds
    expect((await post('holder.renew', '/api/dossiers', { entryPath: 'existing-product', productId: cert.productId, purpose: 're-recognition' })).statusCode).toBe(409);
  });
});
