import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

let t: TestContext;
let province: string;
beforeAll(async () => {
  t = await createTestApp();
  province = await t.login('province.qn');
});
afterAll(() => t.close());

const valid = {
  type: 'cooperative',
  name: 'Hợp tác xã Nông nghiệp Hoành Bồ',
  taxCode: '5701234566',
  representative: 'Nguyễn Thị Hoa',
  address: 'Tổ 3, phường Quang Hanh',
  unitCode: '06778',
  foundedYear: 2015,
  members: 12,
  employees: 30,
  womanLed: true,
  certifications: ['VietGAP'],
};

function post(body: unknown, cookie = province, lang = 'vi') {
  return t.app.inject({ method: 'POST', url: '/api/entities', headers: { cookie, 'accept-language': lang }, payload: body as object });
}

describe('entity registry', () => {
  it('creates an entity with NFC text and an audit record', async () => {
    const decomposed = { ...valid, name: '  Hợp tác xã   Nông nghiệp Hoành Bồ '.normalize('NFD') };
    const res = await post(decomposed);
    expect(res.statusCode).toBe(201);
    const entity = res.json();
    expect(entity.name).toBe('Hợp tác xã Nông nghiệp Hoành Bồ'.normalize('NFC'));
    expect(entity).toMatchObject({ version: 1, provinceCode: '22', unitName: 'Phường Quang Hanh', womanLed: true });
    const audit = (await t.app.inject({ url: `/api/entities/${entity.id}/audit`, headers: { cookie: province } })).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actorName: 'Văn phòng OCOP tỉnh Quảng Ninh' });
    expect(audit[0].changes.taxCode).toEqual({ from: null, to: '5701234566' });
    // searchable without accents right away
    const found = (await t.app.inject({ url: '/api/entities?q=hoanh%20bo', headers: { cookie: province } })).json();
    expect(found.items.map((e: { id: string }) => e.id)).toContain(entity.id);
  });

  it('explains invalid input per field, in Vietnamese or English', async () => {
    const res = await post({ ...valid, name: '', taxCode: '5701234567', email: 'not-an-email', foundedYear: 1800 });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const errors = res.json().errors as Array<{ path: string; message: string }>;
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath.name).toBe('Trường này là bắt buộc.');
    expect(byPath.email).toBe('Địa chỉ email không hợp lệ.');
    expect(byPath.foundedYear).toBe('Giá trị phải từ 1900 trở lên.');
    const en = await post({ ...valid, type: 'company' }, province, 'en');
    expect(en.json().title).toBe('Invalid input');
    expect(en.json().errors[0]).toMatchObject({ path: 'type' });
    expect(en.json().errors[0].message).toMatch(/Not one of the allowed values/);
  });

  it('checks the tax code check digit and uniqueness', async () => {
    const bad = await post({ ...valid, taxCode: '5701234567' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'taxCode', message: 'Mã số thuế sai chữ số kiểm tra.' })]);
    const dup = await post({ ...valid, name: 'Công ty khác' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().detail).toContain('5701234566');
  });

  it('refuses a unit outside the officer\'s province and a non-commune unit', async () => {
    const outside = await post({ ...valid, taxCode: null, unitCode: '21025' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().errors[0]).toMatchObject({ path: 'unitCode' });
    const notCommune = await post({ ...valid, taxCode: null, unitCode: '22' });
    expect(notCommune.statusCode).toBe(400);
    expect(notCommune.json().errors[0].path).toBe('unitCode');
  });

  it('detects a stale edit with 409 and keeps the first edit', async () => {
    const created = (await post({ ...valid, taxCode: null, name: 'Tổ hợp tác Chè Cẩm Phả', type: 'cooperative_group' })).json();
    const first = await t.app.inject({ method: 'PATCH', url: `/api/entities/${created.id}`, headers: { cookie: province }, payload: { employees: 40, version: 1 } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const second = await t.app.inject({ method: 'PATCH', url: `/api/entities/${created.id}`, headers: { cookie: province }, payload: { employees: 99, version: 1 } });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toMatch(/đã được người khác thay đổi/);
    const now = (await t.app.inject({ url: `/api/entities/${created.id}`, headers: { cookie: province } })).json();
    expect(now).toMatchObject({ employees: 40, version: 2 });
    const audit = (await t.app.inject({ url: `/api/entities/${created.id}/audit`, headers: { cookie: province } })).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
    expect(audit[1].changes).toEqual({ employees: { from: 30, to: 40 } });
  });

  it('requires the version on edits', async () => {
    const id = (await t.app.inject({ url: '/api/entities?pageSize=1', headers: { cookie: province } })).json().items[0].id;
    const res = await t.app.inject({ method: 'PATCH', url: `/api/entities/${id}`, headers: { cookie: province }, payload: { employees: 5 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('version');
  });

  it('deletes only entities without products, with the version', async () => {
    const created = (await post({ ...valid, taxCode: null, name: 'Hộ kinh doanh Thử Xóa', type: 'household' })).json();
    const stale = await t.app.inject({ method: 'DELETE', url: `/api/entities/${created.id}?version=9`, headers: { cookie: province } });
    expect(stale.statusCode).toBe(409);
    const ok = await t.app.inject({ method: 'DELETE', url: `/api/entities/${created.id}?version=1`, headers: { cookie: province } });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/entities/${created.id}`, headers: { cookie: province } })).statusCode).toBe(404);
    const withProducts = (await t.app.inject({ url: '/api/entities?q=bia%20ruou', headers: { cookie: province } })).json().items[0];
    const refused = await t.app.inject({ method: 'DELETE', url: `/api/entities/${withProducts.id}?version=${withProducts.version}`, headers: { cookie: province } });
    expect(refused.statusCode).toBe(409);
  });

  it('never leaves a half-written record when the audit write fails', async () => {
    // The audit log refuses UPDATE; a failing statement inside the transaction rolls everything back.
    const before = (await t.app.inject({ url: '/api/entities?pageSize=200', headers: { cookie: province } })).json().total;
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.execute(`insert into entities (type, name, representative, address, unit_structure, unit_code, province_code, search_text, sort_key) values ('household', 'Half', 'x', 'y', 'current', '06778', '22', 'half', 'half')` as never);
        await tx.execute('update audit_events set note = \'rewritten\'' as never);
      }),
    ).rejects.toThrow();
    const after = (await t.app.inject({ url: '/api/entities?pageSize=200', headers: { cookie: province } })).json().total;
    expect(after).toBe(before);
  });
});
