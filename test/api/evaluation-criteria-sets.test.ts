import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { login } from './evaluation.helpers';

/** Criteria sets as versioned data: the shipped decisions and an administrator's new versions. */
let t: TestContext;
let c: Record<string, string>;

const get = (who: string | null, url: string) => t.app.inject({ url, headers: who ? { cookie: c[who] } : {} });
const send = (who: string, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) => t.app.inject({ method, url, headers: { cookie: c[who] }, payload: payload as object });
const paths = (res: { json(): { errors?: Array<{ path: string }> } }) => (res.json().errors ?? []).map((e) => e.path);

beforeAll(async () => {
  t = await createTestApp();
  c = await login(t, ['admin', 'province.qn']);
});
afterAll(() => t.close());

describe('the shipped criteria sets', () => {
  it('lists 1048/2019, 148/2023 and 1489/2025 publicly, newest first', async () => {
    const res = await get(null, '/api/criteria-sets');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((s: { code: string }) => s.code)).toEqual(['1489-2025', '148-2023', '1048-2019']);
    expect(items.map((s: { decision: { number: string } }) => s.decision.number)).toEqual(['1489/QĐ-TTg', '148/QĐ-TTg', '1048/QĐ-TTg']);
    for (const s of items) expect(s).toMatchObject({ status: 'published', official: true, groups: ['1', '2', '3', '4', '5', '6'] });
    // 148 and 1489 keep distributed demo points; 1048 carries the real sheets, only four of them to be confirmed.
    expect(items.map((s: { toBeConfirmed: boolean }) => s.toBeConfirmed)).toEqual([true, true, false]);
    const v1048 = items.find((s: { code: string }) => s.code === '1048-2019');
    expect(v1048.sheets).toHaveLength(26);
    expect(v1048.sheets.filter((s: { toBeConfirmed: boolean }) => s.toBeConfirmed).map((s: { code: string }) => s.code).sort()).toEqual(['s1.2.1', 's1.4.1', 's2.1.2', 's3.1.1']);
    const maxima = (code: string) => items.find((s: { code: string }) => s.code === code).parts.map((p: { code: string; maxPoints: number }) => `${p.code}${p.maxPoints}`).join(' ');
    expect(maxima('1048-2019')).toBe('A35 B25 C40');
    expect(maxima('148-2023')).toBe('A40 B25 C35');
    expect(maxima('1489-2025')).toBe('A40 B25 C35');
  });

  it.each([
    ['2019-01-01', '1', null],
    ['2020-06-01', '1', '1048-2019'],
    ['2023-02-23', '3', '1048-2019'],
    ['2023-02-24', '3', '148-2023'],
    ['2025-06-30', '2', '148-2023'],
    ['2025-07-01', '2', '1489-2025'],
  ])('on %s for group %s applies %s', async (date, group, code) => {
    const items = (await get(null, `/api/criteria-sets?date=${date}&group=${group}`)).json().items;
    expect(items.find((s: { applies: boolean }) => s.applies)?.code ?? null).toBe(code);
  });

  it('rejects an impossible date, naming it', async () => {
    const res = await get(null, '/api/criteria-sets?date=2025-02-30');
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(['date']);
  });

  it('shows a version with its parts, criteria, options with points and disqualifying criteria', async () => {
    const res = await get(null, '/api/criteria-sets/148-2023');
    expect(res.statusCode).toBe(200);
    const { definition, decision, effectiveFrom, effectiveTo } = res.json();
    expect(decision).toMatchObject({ number: '148/QĐ-TTg', signedOn: '2023-02-24', replaces: ['1048-2019'] });
    expect([effectiveFrom, effectiveTo]).toEqual(['2023-02-24', '2025-06-30']);
    expect(definition.criteria.length).toBeGreaterThan(20);
    const a11 = definition.criteria.find((x: { code: string }) => x.code === 'A1.1');
    expect(a11.disqualifying.optionCodes).toEqual(['a']);
    expect(a11.options[0]).toMatchObject({ code: 'a', points: 0 });
    expect(definition.recognition.levels.map((l: { level: string }) => l.level)).toEqual(['district', 'province', 'central']);
    expect((await get(null, '/api/criteria-sets/1489-2025')).json().decision.amends).toBe('148-2023');
    expect((await get(null, '/api/criteria-sets/9999')).statusCode).toBe(404);
  });
});

describe('an administrator adds a version', () => {
  let draft: Record<string, unknown>;

  it('adds a draft copied from the current version; only administrators may', async () => {
    const base = (await get(null, '/api/criteria-sets/1489-2025')).json().definition;
    draft = { ...base, code: 'QN-2027', ruleVersion: '1489-2025', effectiveFrom: '2027-01-01', effectiveTo: null, toBeConfirmed: false, decision: { ...base.decision, number: '99/QĐ-TTg', signedOn: '2026-12-01' } };
    expect((await send('province.qn', 'POST', '/api/criteria-sets', draft)).statusCode).toBe(403);
    const res = await send('admin', 'POST', '/api/criteria-sets?basedOn=1489-2025', { ...draft, status: 'published' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'QN-2027', status: 'draft', basedOn: '1489-2025', official: false, version: 1 });
    expect((await send('admin', 'POST', '/api/criteria-sets', draft)).statusCode).toBe(409);
    // Drafts are the administrator's business.
    expect((await get('province.qn', '/api/criteria-sets/QN-2027')).statusCode).toBe(404);
    expect((await get(null, '/api/criteria-sets')).json().items.map((s: { code: string }) => s.code)).not.toContain('QN-2027');
    expect((await get('admin', '/api/criteria-sets')).json().items.map((s: { code: string }) => s.code)).toContain('QN-2027');
  });

  it('names every problem of an invalid version', async () => {
    const parts = (draft.parts as Array<Record<string, unknown>>).map((p, i) => (i === 0 ? { ...p, maxPoints: 41 } : p));
    const res = await send('admin', 'POST', '/api/criteria-sets', { ...draft, code: 'BAD', parts });
    expect(res.statusCode).toBe(400);
    expect(paths(res)).toEqual(expect.arrayContaining(['parts', 'parts.0.maxPoints']));
    expect((await send('admin', 'POST', '/api/criteria-sets/validate', draft)).json()).toEqual({ valid: true });
  });

  it('edits the draft with a version check, then publishes it; published versions never change', async () => {
    const edited = await send('admin', 'PUT', '/api/criteria-sets/QN-2027', { version: 1, definition: { ...draft, note: { vi: 'Bản thử nghiệm', en: 'Trial version' } } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, note: { vi: 'Bản thử nghiệm' } });
    expect((await send('admin', 'PUT', '/api/criteria-sets/QN-2027', { version: 1, definition: draft })).statusCode).toBe(409);
    expect((await send('admin', 'POST', '/api/criteria-sets/QN-2027/publish', { version: 1 })).statusCode).toBe(409);
    const published = await send('admin', 'POST', '/api/criteria-sets/QN-2027/publish', { version: 2 });
    expect(published.statusCode).toBe(200);
    expect(published.json().status).toBe('published');
    expect((await send('admin', 'PUT', '/api/criteria-sets/QN-2027', { version: 3, definition: draft })).statusCode).toBe(409);
    expect((await send('admin', 'DELETE', '/api/criteria-sets/QN-2027?version=3')).statusCode).toBe(409);
    // Even the database refuses to rewrite a published version.
    await expect(t.database.db.execute(sql`update criteria_sets set definition = '{}'::jsonb where code = 'QN-2027'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from criteria_sets where code = '148-2023'`)).rejects.toThrow();
  });

  it('takes over from its date, and a withdrawn version stops being chosen', async () => {
    const applies = async (date: string) => (await get(null, `/api/criteria-sets?date=${date}&group=1`)).json().items.find((s: { applies: boolean }) => s.applies)?.code;
    expect(await applies('2026-12-31')).toBe('1489-2025');
    expect(await applies('2027-01-01')).toBe('QN-2027');
    // A second version with the same start and groups would make the choice ambiguous.
    await send('admin', 'POST', '/api/criteria-sets', { ...draft, code: 'QN-2027-B' });
    expect((await send('admin', 'POST', '/api/criteria-sets/QN-2027-B/publish', { version: 1 })).statusCode).toBe(409);
    expect((await send('admin', 'DELETE', '/api/criteria-sets/QN-2027-B?version=1')).statusCode).toBe(204);
    const withdrawn = await send('admin', 'POST', '/api/criteria-sets/QN-2027/withdraw', { version: 3, reason: 'Nhập nhầm ngày hiệu lực' });
    expect(withdrawn.json().status).toBe('withdrawn');
    expect(await applies('2027-01-01')).toBe('1489-2025');
    const actions = (await t.database.db.execute(sql`select action from audit_events where subject_type = 'criteria_set' and note is distinct from 'resources/criteria-sets' order by id`)) as unknown as { rows?: Array<{ action: string }> } & Array<{ action: string }>;
    const rows = actions.rows ?? actions;
    expect(rows.map((r) => r.action)).toEqual(['criteria-set.create', 'criteria-set.update', 'criteria-set.publish', 'criteria-set.create', 'criteria-set.delete', 'criteria-set.withdraw']);
  });
});
