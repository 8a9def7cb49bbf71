import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import set1048 from '../../../resources/criteria-sets/1048-2019.json' with { type: 'json' };
import { productSetOf, sheetCodeFor, type CriteriaSet } from '../../domain/criteria';
import {
  allDemoEntities,
  allDemoFigures,
  allDemoHistoryRounds,
  allDemoProducts,
  QN_ROUND_2019,
  ngheAnEntities,
  ngheAnFigures,
  ngheAnProducts,
  quangNgaiEntities,
  quangNgaiFigures,
  quangNgaiProducts,
  quangNinhEntities,
  quangNinhFigures,
  quangNinhProducts,
  type DemoEntity,
  type DemoProduct,
  type UnitRef,
} from './index';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const resource = (path: string) => readFileSync(repoRoot + 'resources/' + path, 'utf8');

interface UnitRow {
  level: string;
  code: string;
  name: string;
  parent: string;
}

function loadUnits(file: string): Map<string, UnitRow> {
  const rows = new Map<string, UnitRow>();
  const lines = resource('admin-units/' + file).split(/\r?\n/).filter((l) => l.length > 0);
  const header = lines[0].split(',');
  expect(header).toEqual(['level', 'code', 'name', 'short_name', 'type', 'parent_code']);
  for (const line of lines.slice(1)) {
    const [level, code, name, , , parent] = line.split(',');
    rows.set(`${level}:${code}`, { level, code, name, parent });
  }
  return rows;
}

const currentUnits = loadUnits('admin-units-2025.csv');
const legacyUnits = loadUnits('admin-units-legacy.csv');

/** Finds a unit of any level; returns its row and the province code it belongs to. */
function lookup(ref: UnitRef): { row: UnitRow; province: string } | undefined {
  const units = ref.structure === 'current' ? currentUnits : legacyUnits;
  for (const level of ['commune', 'district', 'province']) {
    let row = units.get(`${level}:${ref.code}`);
    if (!row) continue;
    const found = row;
    while (row && row.level !== 'province') {
      const parentCode: string = row.parent;
      row = units.get(`district:${parentCode}`) ?? units.get(`province:${parentCode}`);
    }
    return row ? { row: found, province: row.code } : undefined;
  }
  return undefined;
}

/** Vietnamese enterprise tax code (MST) check: N10 = 10 − (Σ wᵢ·Nᵢ mod 11), 10 is invalid. */
function validTaxCode(code: string): boolean {
  if (!/^\d{10}$/.test(code)) return false;
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(code[i]), 0);
  const check = 10 - (sum % 11);
  return check !== 10 && check === Number(code[9]);
}

function collectStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
  return out;
}

const provinces: { name: string; code: string; taxPrefix: string; entities: DemoEntity[]; products: DemoProduct[] }[] = [
  { name: 'Quảng Ninh', code: '22', taxPrefix: '57', entities: quangNinhEntities, products: quangNinhProducts },
  { name: 'Quảng Ngãi', code: '51', taxPrefix: '43', entities: quangNgaiEntities, products: quangNgaiProducts },
  { name: 'Nghệ An', code: '40', taxPrefix: '29', entities: ngheAnEntities, products: ngheAnProducts },
];

describe('Cẩm Phả (Table 6 / Table 5 / Table 7)', () => {
  it('has exactly the 23 products of Table 6, one star record each', () => {
    expect(quangNinhProducts).toHaveLength(23);
    for (const p of quangNinhProducts) expect(p.stars).toHaveLength(1);
    expect(quangNinhProducts.map((p) => p.name)).toContain('Rượu ba kích đặc sản Quảng Ninh');
  });

  it('agrees with the totals row of Table 6', () => {
    const byStars = (n: number) => quangNinhProducts.filter((p) => p.stars[0].stars === n).length;
    const byYear = (y: number) => quangNinhProducts.filter((p) => p.stars[0].year === y).length;
    expect([byStars(5), byStars(4), byStars(3)]).toEqual([1, 15, 7]);
    expect([byYear(2016), byYear(2017), byYear(2018), byYear(2019)]).toEqual([4, 8, 3, 8]);
  });

  it('agrees with Table 5 (new recognitions by class; 2017 includes 2016)', () => {
    const count = (years: number[], stars: number) =>
      quangNinhProducts.filter((p) => years.includes(p.stars[0].year) && p.stars[0].stars === stars).length;
    expect([count([2016, 2017], 3), count([2016, 2017], 4), count([2016, 2017], 5)]).toEqual([2, 10, 0]);
    expect([count([2018], 3), count([2018], 4), count([2018], 5)]).toEqual([1, 1, 1]);
    expect([count([2019], 3), count([2019], 4), count([2019], 5)]).toEqual([4, 4, 0]);
  });

  it('records the recognitions at province level for Thành phố Cẩm Phả (district 195)', () => {
    for (const p of quangNinhProducts) {
      expect(p.stars[0].level).toBe('province');
      expect(p.stars[0].legacyUnit).toEqual({ structure: 'legacy', code: '195' });
    }
  });

  it('has the 2019 recognitions come out of the 2019 provincial round, under 1048/2019 (Table 6: 4×3★ + 4×4★)', () => {
    const version = set1048 as unknown as CriteriaSet;
    // the Quảng Ninh records dated 2019–2022 (the years of 1048/2019) all name a round; the earlier ones none
    const records = quangNinhProducts.flatMap((p) => p.stars.map((s) => ({ p, s })));
    expect(records.filter(({ s }) => s.year >= 2019 && s.year <= 2022).every(({ s }) => s.round === QN_ROUND_2019.key)).toBe(true);
    expect(records.filter(({ s }) => s.year < 2019).every(({ s }) => s.round === undefined)).toBe(true);
    const inRound = records.filter(({ s }) => s.round === QN_ROUND_2019.key);
    expect([inRound.filter(({ s }) => s.stars === 3).length, inRound.filter(({ s }) => s.stars === 4).length]).toEqual([4, 4]);
    // the round is dated within 1048/2019's range, decided in the recognitions' year, by the province
    expect(allDemoHistoryRounds).toEqual([QN_ROUND_2019]);
    expect(QN_ROUND_2019.date >= version.effectiveFrom && QN_ROUND_2019.date <= version.effectiveTo!).toBe(true);
    expect(QN_ROUND_2019.decisionDate > QN_ROUND_2019.date && QN_ROUND_2019.decisionDate.startsWith('2019-')).toBe(true);
    expect(QN_ROUND_2019).toMatchObject({ level: 'province', provinceCode: '22' });
    // every product of the round has a sheet of its product set in 1048/2019
    const sheets = inRound.map(({ p }) => sheetCodeFor(version, productSetOf(p)));
    expect(sheets).toEqual(['s2.1.1', 's2.2.1', 's2.2.1', 's2.2.1', 's1.4.1', 's1.3.1', 's1.3.1', 's1.3.1']);
  });

  it('carries Table 7 converted from million VND', () => {
    expect(quangNinhFigures).toHaveLength(12);
    const ruou = quangNinhProducts.find((p) => p.name === 'Rượu ba kích đặc sản Quảng Ninh')!;
    const f2014 = quangNinhFigures.find((f) => f.productKey === ruou.key && f.year === 2014)!;
    expect(f2014).toMatchObject({ revenueVnd: 4_530_000_000, costVnd: 4_390_000_000, profitVnd: 140_000_000 });
    const water2019 = quangNinhFigures.find((f) => f.productKey === 'qn-nuoc-khoang-co-ga-pet' && f.year === 2019)!;
    expect(water2019).toMatchObject({ revenueVnd: 110_340_000_000, costVnd: 107_960_000_000, profitVnd: 2_380_000_000 });
  });
});

describe('demo data integrity', () => {
  it('has unique entity and product keys', () => {
    const entityKeys = allDemoEntities.map((e) => e.key);
    const productKeys = allDemoProducts.map((p) => p.key);
    expect(new Set(entityKeys).size).toBe(entityKeys.length);
    expect(new Set(productKeys).size).toBe(productKeys.length);
  });

  it('links every product to an existing entity of the same province, and every entity has a product', () => {
    for (const { entities, products } of provinces) {
      const keys = new Set(entities.map((e) => e.key));
      for (const p of products) expect(keys, p.key).toContain(p.entityKey);
      for (const e of entities) expect(products.some((p) => p.entityKey === e.key), e.key).toBe(true);
    }
  });

  it('names products in Vietnamese, with no English gloss ("Trứng gà tươi", not "… (Fresh chicken eggs)")', () => {
    const englishGloss = /\((?:[A-Za-z]+ )+[A-Za-z]+\)/;
    expect(allDemoProducts.filter((p) => englishGloss.test(p.name)).map((p) => p.name)).toEqual([]);
    expect(quangNinhProducts.some((p) => p.name === 'Trứng gà tươi')).toBe(true);
  });

  it('has unique product names per entity', () => {
    const names = allDemoProducts.map((p) => `${p.entityKey}|${p.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has unique, valid tax codes with the province prefix; enterprises and cooperatives have one', () => {
    const codes = allDemoEntities.flatMap((e) => (e.taxCode ? [e.taxCode] : []));
    expect(new Set(codes).size).toBe(codes.length);
    for (const { entities, taxPrefix } of provinces) {
      for (const e of entities) {
        if (e.type === 'enterprise' || e.type === 'cooperative') expect(e.taxCode, e.key).toBeDefined();
        if (e.type === 'enterprise') expect(e.legalForm, e.key).toBeDefined();
        if (!e.taxCode) continue;
        expect(validTaxCode(e.taxCode), `${e.key} ${e.taxCode}`).toBe(true);
        expect(e.taxCode.startsWith(taxPrefix), e.key).toBe(true);
      }
    }
  });

  it('checks the tax code checksum itself', () => {
    expect(validTaxCode('5700351757')).toBe(true);
    expect(validTaxCode('5700351758')).toBe(false);
    expect(validTaxCode('570035175')).toBe(false);
  });

  it('places every entity in a current-structure commune of its province', () => {
    for (const { code, entities } of provinces) {
      for (const e of entities) {
        expect(e.unit.structure, e.key).toBe('current');
        const found = lookup(e.unit);
        expect(found, `${e.key} ${e.unit.code}`).toBeDefined();
        expect(found!.row.level, e.key).toBe('commune');
        expect(found!.province, e.key).toBe(code);
      }
    }
  });

  it('refers star records to legacy units of the right province', () => {
    for (const { code, products } of provinces) {
      for (const p of products) {
        for (const s of p.stars) {
          if (!s.legacyUnit) continue;
          expect(s.legacyUnit.structure, p.key).toBe('legacy');
          const found = lookup(s.legacyUnit);
          expect(found, `${p.key} ${s.legacyUnit.code}`).toBeDefined();
          expect(found!.province, p.key).toBe(code);
        }
      }
    }
  });

  it('uses group and subgroup codes of product-groups.json', () => {
    const groups = JSON.parse(resource('classification/product-groups.json')) as {
      groups: { code: string; subgroups: { code: string }[] }[];
    };
    for (const p of allDemoProducts) {
      const group = groups.groups.find((g) => g.code === p.groupCode);
      expect(group, `${p.key} group ${p.groupCode}`).toBeDefined();
      expect(group!.subgroups.map((s) => s.code), p.key).toContain(p.subgroupCode);
    }
  });

  it('has plausible star records (3★ and up, oldest first)', () => {
    for (const p of allDemoProducts) {
      expect(p.stars.length, p.key).toBeGreaterThan(0);
      const years = p.stars.map((s) => s.year);
      expect([...years].sort((a, b) => a - b), p.key).toEqual(years);
      for (const s of p.stars) {
        expect(Number.isInteger(s.year) && s.year >= 2013 && s.year <= 2025, p.key).toBe(true);
        expect(s.stars >= 3, p.key).toBe(true);
      }
    }
  });

  it('has figures for existing products, one per year, in whole VND', () => {
    const productKeys = new Set(allDemoProducts.map((p) => p.key));
    const seen = new Set<string>();
    for (const f of allDemoFigures) {
      expect(productKeys, f.productKey).toContain(f.productKey);
      const id = `${f.productKey}|${f.year}`;
      expect(seen.has(id), id).toBe(false);
      seen.add(id);
      for (const v of [f.revenueVnd, f.costVnd, f.profitVnd]) expect(Number.isSafeInteger(v), id).toBe(true);
    }
    expect(quangNgaiFigures).toEqual([]);
    expect(ngheAnFigures).toEqual([]);
  });

  it('keeps every string in Unicode NFC', () => {
    const strings = collectStrings([allDemoEntities, allDemoProducts, allDemoFigures]);
    expect(strings.length).toBeGreaterThan(100);
    for (const s of strings) expect(s.normalize('NFC'), s).toBe(s);
  });

  it('re-exports every province in the aggregate lists', () => {
    expect(allDemoEntities).toHaveLength(quangNinhEntities.length + quangNgaiEntities.length + ngheAnEntities.length);
    expect(allDemoProducts).toHaveLength(quangNinhProducts.length + quangNgaiProducts.length + ngheAnProducts.length);
    expect(allDemoFigures).toHaveLength(quangNinhFigures.length + quangNgaiFigures.length + ngheAnFigures.length);
  });
});
