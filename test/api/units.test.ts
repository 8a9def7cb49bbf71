import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('administrative units', () => {
  it('lists the 34 current provinces and the 63 legacy ones by date', async () => {
    const current = (await t.app.inject('/api/units')).json();
    expect(current.structure).toBe('current');
    expect(current.items).toHaveLength(34);
    const legacy = (await t.app.inject('/api/units?date=2019-06-01')).json();
    expect(legacy.structure).toBe('legacy');
    expect(legacy.items).toHaveLength(63);
    const boundary = (await t.app.inject('/api/units?date=2025-07-01')).json();
    expect(boundary.structure).toBe('current');
  });

  it('lists the children of a unit with hasChildren', async () => {
    const qn = (await t.app.inject('/api/units?parent=22&limit=500')).json().items;
    expect(qn.map((u: { name: string }) => u.name)).toContain('Phường Quang Hanh');
    expect(qn.every((u: { level: string; hasChildren: boolean }) => u.level === 'commune' && !u.hasChildren)).toBe(true);
    const campha = (await t.app.inject('/api/units?structure=legacy&parent=195')).json().items;
    expect(campha.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(['06763', '06772', '06778', '06784']));
    const provinces = (await t.app.inject('/api/units?structure=legacy')).json().items;
    expect(provinces.find((p: { code: string }) => p.code === '22').hasChildren).toBe(true);
  });

  it('searches names without accents', async () => {
    const items = (await t.app.inject('/api/units?q=quang%20hanh')).json().items;
    expect(items[0]).toMatchObject({ code: '06778', name: 'Phường Quang Hanh' });
  });

  it('gives a unit with its ancestors', async () => {
    const unit = (await t.app.inject('/api/units/legacy/06763')).json();
    expect(unit.name).toBe('Phường Cửa Ông');
    expect(unit.path.map((u: { code: string }) => u.code)).toEqual(['22', '195']);
    expect((await t.app.inject('/api/units/current/99999')).statusCode).toBe(404);
  });

  it('maps legacy communes into current ones both ways', async () => {
    const forward = (await t.app.inject('/api/units/mapping?legacy=06763')).json().items;
    expect(forward).toEqual([expect.objectContaining({ currentCode: '06781', currentName: 'Phường Cửa Ông', part: 'full' })]);
    const back = (await t.app.inject('/api/units/mapping?current=06778')).json().items;
    expect(back.map((r: { legacyCode: string }) => r.legacyCode)).toEqual(expect.arrayContaining(['06778', '06784']));
  });
});
