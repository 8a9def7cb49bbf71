import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../support/test-app';
import { catalogueCache } from '../../src/services/portal/catalogue-cache';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const search = async (query: string, headers: Record<string, string> = {}) => {
  const res = await t.app.inject({ url: `/api/products?${query}`, headers });
  expect(res.statusCode).toBe(200);
  return res.json() as { total: number; items: Array<{ id: string; name: string; version: number; stars: number | null; actions: string[] }> };
};

/** Polls (bounded) until `check` holds; the notification of another process's write arrives asynchronously. */
async function eventually<T>(read: () => Promise<T>, check: (v: T) => boolean, limitMs = 5_000): Promise<T> {
  const until = Date.now() + limitMs;
  let v = await read();
  while (!check(v) && Date.now() < until) {
    await new Promise((r) => setImmediate(r));
    v = await read();
  }
  return v;
}

describe('cache of the public catalogue', () => {
  it('answers a repeated anonymous search from memory, with the same result', async () => {
    const cache = catalogueCache(t.database.db);
    const first = await search('q=ruou%20ba%20kich');
    const hits = cache.hits;
    const misses = cache.misses;
    const again = await search('q=ruou%20ba%20kich');
    expect(again).toEqual(first);
    expect(cache.hits).toBe(hits + 1);
    expect(cache.misses).toBe(misses);
    // The same query typed with accents, capitals and spaces is the same search.
    expect(await search('q=%20R%C6%B0%E1%BB%A3u%20BA%20k%C3%ADch%20')).toEqual(first);
    expect(cache.hits).toBe(hits + 2);
  });

  it('shows a change made through the API on the very next search', async () => {
    const cookie = await t.login('province.qn');
    const before = await search('q=ruou%20ba%20kich');
    const product = before.items[0];
    expect(product.name).toBe('Rượu ba kích đặc sản Quảng Ninh');
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/products/${product.id}`, headers: { cookie }, payload: { version: product.version, name: 'Rượu ba kích tím Quảng Ninh' } });
    expect(patch.statusCode).toBe(200);
    const after = await search('q=ruou%20ba%20kich');
    expect(after.items.find((p) => p.id === product.id)?.name).toBe('Rượu ba kích tím Quảng Ninh');
    // put it back for the other tests
    const back = await t.app.inject({ method: 'PATCH', url: `/api/products/${product.id}`, headers: { cookie }, payload: { version: patch.json().version, name: product.name } });
    expect(back.statusCode).toBe(200);
    expect((await search('q=ruou%20ba%20kich')).items[0].name).toBe(product.name);
  });

  it('shows a change committed by another process (a NOTIFY from the database) on a following search', async () => {
    const before = await search('q=ruou%20ba%20kich');
    const product = before.items[0];
    expect(product.stars).toBe(4);
    // Direct SQL, as another server process or a job would write: no request of this app is involved.
    await t.database.db.execute(sql`update products set stars = 5 where id = ${product.id}`);
    const after = await eventually(() => search('q=ruou%20ba%20kich'), (b) => b.items.find((p) => p.id === product.id)?.stars === 5);
    expect(after.items.find((p) => p.id === product.id)?.stars).toBe(5);
    await t.database.db.execute(sql`update products set stars = 4 where id = ${product.id}`);
    const restored = await eventually(() => search('q=ruou%20ba%20kich'), (b) => b.items.find((p) => p.id === product.id)?.stars === 4);
    expect(restored.items.find((p) => p.id === product.id)?.stars).toBe(4);
    // A product leaving the catalogue (deleted) disappears from it too.
    await t.database.db.execute(sql`update products set deleted_at = now() where id = ${product.id}`);
    const gone = await eventually(() => search('q=ruou%20ba%20kich'), (b) => !b.items.some((p) => p.id === product.id));
    expect(gone.items.some((p) => p.id === product.id)).toBe(false);
    expect(gone.total).toBe(before.total - 1);
    await t.database.db.execute(sql`update products set deleted_at = null where id = ${product.id}`);
    const back = await eventually(() => search('q=ruou%20ba%20kich'), (b) => b.total === before.total);
    expect(back.total).toBe(before.total);
  });

  it('presents a cached answer for each actor: the actions offered are theirs', async () => {
    const anonymous = await search('catalogue=true&q=ruou%20ba%20kich');
    const id = anonymous.items[0].id;
    expect(anonymous.items[0].actions).not.toContain('update');
    const hits = catalogueCache(t.database.db).hits;
    const officer = await search('catalogue=true&q=ruou%20ba%20kich', { cookie: await t.login('province.qn') });
    expect(catalogueCache(t.database.db).hits).toBe(hits + 1);
    expect(officer.items.map((p) => p.id)).toEqual(anonymous.items.map((p) => p.id));
    expect(officer.items.find((p) => p.id === id)?.actions).toContain('update');
  });

  it('does not cache an officer\'s own list, which includes unrated products', async () => {
    const cookie = await t.login('province.qn');
    const misses = catalogueCache(t.database.db).misses;
    const hits = catalogueCache(t.database.db).hits;
    await search('q=ruou', { cookie });
    await search('q=ruou', { cookie });
    expect(catalogueCache(t.database.db).misses).toBe(misses);
    expect(catalogueCache(t.database.db).hits).toBe(hits);
  });
});

describe('catalogue rows (the public search\'s copy of the catalogued products)', () => {
  const differences = async () => {
    const cols = sql.raw('id, entity_id, group_code, subgroup_code, unit_structure, unit_code, province_code, district_code, stars, search_text, sort_key');
    const r = await t.database.db.execute(sql`
      select (select count(*)::int from ((select ${cols} from products where deleted_at is null and stars >= 3) except (select ${cols} from catalogue_rows)) a) as missing,
             (select count(*)::int from ((select ${cols} from catalogue_rows) except (select ${cols} from products where deleted_at is null and stars >= 3)) b) as extra,
             (select count(*)::int from catalogue_rows) as rows`);
    return (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows)[0] as { missing: number; extra: number; rows: number };
  };

  it('follows every kind of write to products, in the same transaction', async () => {
    const start = await differences();
    expect(start).toMatchObject({ missing: 0, extra: 0 });
    expect(start.rows).toBeGreaterThan(50);
    const [p] = (await search('q=ruou%20ba%20kich')).items;
    // an edit of a searched column, a class going below 3★, back, a soft delete, a restore
    await t.database.db.execute(sql`update products set search_text = search_text || ' thu', sort_key = sort_key || 'x' where id = ${p.id}`);
    expect(await differences()).toMatchObject({ missing: 0, extra: 0, rows: start.rows });
    await t.database.db.execute(sql`update products set stars = 2 where id = ${p.id}`);
    expect(await differences()).toMatchObject({ missing: 0, extra: 0, rows: start.rows - 1 });
    await t.database.db.execute(sql`update products set stars = 4, search_text = replace(search_text, ' thu', ''), sort_key = rtrim(sort_key, 'x') where id = ${p.id}`);
    expect(await differences()).toMatchObject({ missing: 0, extra: 0, rows: start.rows });
    await t.database.db.execute(sql`update products set deleted_at = now() where province_code = '22'`);
    const fewer = await differences();
    expect(fewer).toMatchObject({ missing: 0, extra: 0 });
    expect(fewer.rows).toBeLessThan(start.rows);
    await t.database.db.execute(sql`update products set deleted_at = null where province_code = '22'`);
    expect(await differences()).toMatchObject({ missing: 0, extra: 0, rows: start.rows });
    // a product created and recognised through the API
    const cookie = await t.login('province.qn');
    const created = await t.app.inject({ method: 'POST', url: '/api/products', headers: { cookie }, payload: { entityId: (await t.app.inject(`/api/products/${p.id}`)).json().entityId, name: 'Trà hoa vàng Ba Chẽ thử', groupCode: '2', subgroupCode: '2.1' } });
    expect(created.statusCode).toBe(201);
    expect(await differences()).toMatchObject({ missing: 0, extra: 0, rows: start.rows });
    await t.database.db.execute(sql`update products set stars = 3 where id = ${created.json().id}`);
    expect(await differences()).toMatchObject({ missing: 0, extra: 0, rows: start.rows + 1 });
    const found = await eventually(() => search('q=tra%20hoa%20vang%20ba%20che%20thu'), (b) => b.total === 1);
    expect(found.items.map((i) => i.name)).toEqual(['Trà hoa vàng Ba Chẽ thử']);
  });
});
