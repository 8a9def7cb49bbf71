/**
 * Figures of the source documents behind the demo's report records (pure constants and
 * helpers; src/seed/demo-reports.ts enters them as records).
 *
 * Cẩm Phả 2017–2019 (seed 000, tables 2–4). Where the paper's printed change % contradicts
 * its own table (Table 4's 2019/2018 % for approved plans repeats the 2018/2017 ones), the
 * table's counts are followed; the reports compute the % from the records.
 * Quảng Ngãi (seed 004): 2022 — 65 products (5×4★, 60×3★) of 47 entities (11 enterprises with
 * 21 products, 16 cooperatives with 20, 20 production units/households with 24) in 12
 * localities; cumulative — 124 products (9×4★, 115×3★) of 72 entities (16/40, 26/43, 30/41),
 * 12 of 13 localities, Mộ Đức 27, thành phố Quảng Ngãi 22, Trà Bồng 19, Sơn Tây none. The
 * earlier years' split (2019: 15, 2020: 20, 2021: 24) and the earlier products' localities
 * beyond the three named ones are invented to fit those totals; the entities of 2022 are taken
 * as distinct from the earlier ones (47 + 25 = 72).
 */
import type { EntityType } from './types';

const MILLION = 1_000_000;

type Kind = 'article' | 'reportage' | 'broadcast' | 'loudspeaker' | 'conference';

/** `total` split into `n` integers that differ by at most one and add up exactly. */
export function splitInteger(total: number, n: number): number[] {
  if (n <= 0) return [];
  const base = Math.floor(total / n);
  const rest = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < rest ? 1 : 0));
}

/** Today's wards of the former Cẩm Phả city where the history's step-1 activity is logged. */
const QUANG_HANH = '06778';
const CUA_ONG = '06781';

const TABLE2 = [
  { year: 2017, article: 87, reportage: 5, broadcast: 12, loudspeaker: 85, commBudget: 30, classes: 3, trainees: 50, trainingBudget: 20 },
  { year: 2018, article: 102, reportage: 9, broadcast: 19, loudspeaker: 105, commBudget: 60, classes: 7, trainees: 200, trainingBudget: 50 },
  { year: 2019, article: 115, reportage: 13, broadcast: 25, loudspeaker: 180, commBudget: 100, classes: 13, trainees: 430, trainingBudget: 80 },
];

const KIND_TITLES: Record<Kind, string> = {
  article: 'Tin, bài tuyên truyền về OCOP trên trang web, ấn phẩm của thành phố',
  reportage: 'Phóng sự tuyên truyền về sản phẩm OCOP Cẩm Phả',
  broadcast: 'Bản tin OCOP trên truyền thanh – truyền hình thành phố',
  loudspeaker: 'Phát thanh về Chương trình OCOP trên loa truyền thanh',
  conference: 'Hội nghị',
};

/** Table 2 as logs: each kind split between the two wards; the year's budget on the Quang Hanh logs. */
export const CAM_PHA_COMMUNICATION = TABLE2.map((r) => {
  const kinds = ['article', 'reportage', 'broadcast', 'loudspeaker'] as const;
  const budgets = [0.4, 0.3, 0.2, 0.1].map((s) => Math.round(r.commBudget * MILLION * s));
  budgets[3] = r.commBudget * MILLION - budgets[0] - budgets[1] - budgets[2];
  const logs = kinds.flatMap((k, i) => {
    const [a, b] = splitInteger(r[k], 2);
    return [
      { kind: k, count: a, budgetVnd: budgets[i], unitCode: QUANG_HANH, date: `${r.year}-06-30`, title: KIND_TITLES[k] },
      { kind: k, count: b, budgetVnd: 0, unitCode: CUA_ONG, date: `${r.year}-09-30`, title: KIND_TITLES[k] },
    ];
  });
  const participants = splitInteger(r.trainees, r.classes);
  const budgets2 = splitInteger(r.trainingBudget * MILLION, r.classes);
  const classes = participants.map((p, i) => ({
    topic: `Tập huấn Chương trình OCOP lớp ${i + 1}/${r.classes} năm ${r.year}: chu trình OCOP, xây dựng phương án sản xuất kinh doanh`,
    participants: p,
    budgetVnd: budgets2[i],
    unitCode: i % 2 === 0 ? QUANG_HANH : CUA_ONG,
    date: `${r.year}-${String(3 + (i % 9)).padStart(2, '0')}-15`,
  }));
  return { year: r.year, logs, classes };
});

/** Table 4: ideas registered → plans approved → products implemented, by entity type. */
export const CAM_PHA_FUNNEL: Array<{ year: number; type: 'enterprise' | 'household'; ideas: number; plans: number; implemented: number }> = [
  { year: 2017, type: 'enterprise', ideas: 35, plans: 34, implemented: 22 },
  { year: 2017, type: 'household', ideas: 24, plans: 19, implemented: 16 },
  { year: 2018, type: 'enterprise', ideas: 42, plans: 39, implemented: 26 },
  { year: 2018, type: 'household', ideas: 31, plans: 28, implemented: 24 },
  { year: 2019, type: 'enterprise', ideas: 71, plans: 68, implemented: 60 },
  { year: 2019, type: 'household', ideas: 52, plans: 47, implemented: 42 },
];

/** Table 3 (million VND): capital by source; no integrated-programme or other capital was reported. */
export const CAM_PHA_FUNDING = [
  { year: 2017, provincialBudget: 300, districtBudget: 731.54, own: 6_000, credit: 5_000 },
  { year: 2018, provincialBudget: 300, districtBudget: 253.15, own: 8_000, credit: 16_000 },
  { year: 2019, provincialBudget: 300, districtBudget: 360.4, own: 10_000, credit: 20_000 },
];

/** The four wards of Table 5, as they were (legacy structure, district 195). */
export const CAM_PHA_LEGACY_WARDS = [
  { code: '06784', name: 'Phường Cẩm Thủy', short: 'Cẩm Thủy' },
  { code: '06772', name: 'Phường Cẩm Phú', short: 'Cẩm Phú' },
  { code: '06763', name: 'Phường Cửa Ông', short: 'Cửa Ông' },
  { code: '06778', name: 'Phường Quang Hanh', short: 'Quang Hanh' },
];

export const CAM_PHA_IDEA_NAMES = [
  'Chả mực giã tay', 'Sá sùng khô', 'Rượu ba kích tím', 'Trà hoa vàng', 'Nước mắm cá cơm', 'Bánh gio', 'Mật ong rừng', 'Miến dong',
  'Ruốc hàu', 'Cá thu một nắng', 'Gà đồi thả vườn', 'Nấm sò sạch', 'Tinh dầu quế', 'Rau sạch thủy canh', 'Bánh đa vừng', 'Dầu lạc ép',
  'Trà giảo cổ lam', 'Tôm he khô', 'Sứa ăn liền', 'Giò bê',
];

/* ------------------------------------------ Quảng Ngãi ------------------------------------------ */

/** Legacy districts of Quảng Ngãi (the seed's localities) and a current commune of each. */
export const QNG_LOCALITIES_2022 = [
  { district: '522', short: 'Quảng Ngãi', name: 'thành phố Quảng Ngãi', commune: '21025' },
  { district: '524', short: 'Bình Sơn', name: 'huyện Bình Sơn', commune: '21040' },
  { district: '525', short: 'Trà Bồng', name: 'huyện Trà Bồng', commune: '21115' },
  { district: '527', short: 'Sơn Tịnh', name: 'huyện Sơn Tịnh', commune: '21220' },
  { district: '528', short: 'Tư Nghĩa', name: 'huyện Tư Nghĩa', commune: '21235' },
  { district: '529', short: 'Sơn Hà', name: 'huyện Sơn Hà', commune: '21289' },
  { district: '531', short: 'Minh Long', name: 'huyện Minh Long', commune: '21361' },
  { district: '532', short: 'Nghĩa Hành', name: 'huyện Nghĩa Hành', commune: '21364' },
  { district: '533', short: 'Mộ Đức', name: 'huyện Mộ Đức', commune: '21400' },
  { district: '534', short: 'Đức Phổ', name: 'thị xã Đức Phổ', commune: '21439' },
  { district: '535', short: 'Ba Tơ', name: 'huyện Ba Tơ', commune: '21484' },
  { district: '536', short: 'Lý Sơn', name: 'đặc khu Lý Sơn', commune: '21548' },
];

type Sized = { type: EntityType; size: number };
const many = (type: EntityType, size: number, n: number): Sized[] => Array.from({ length: n }, () => ({ type, size }));

/**
 * 2022, beyond the demo's 11 named products (Lý Sơn 3, Trà Bồng 3, Mộ Đức 2, Sơn Tịnh 1,
 * Tư Nghĩa 1, Đức Phổ 1; 3×4★; 3 enterprises with 6 products, 3 cooperatives with 4, 1
 * household unit with 1): 54 products of 40 entities, 2 of them 4★.
 */
export const QNG_NEW_2022 = {
  entities: [...many('enterprise', 2, 7), ...many('enterprise', 1, 1), ...many('cooperative', 2, 3), ...many('cooperative', 1, 10), ...many('household', 2, 4), ...many('household', 1, 15)],
  stars4: 2,
  localities: { '525': 5, '531': 2, '527': 7, '533': 8, '534': 7, '536': 6, '532': 2, '524': 3, '529': 3, '535': 1, '522': 10 } as Record<string, number>,
};

/** 2019–2021: 59 products (4×4★) of 25 entities (5 with 19 products, 10 with 23, 10 with 17). */
export const QNG_HISTORY = {
  entities: [...many('enterprise', 4, 4), ...many('enterprise', 3, 1), ...many('cooperative', 3, 3), ...many('cooperative', 2, 7), ...many('household', 2, 7), ...many('household', 1, 3)],
  stars4: 4,
  localities: { '533': 17, '522': 12, '525': 11, '527': 4, '534': 4, '536': 3, '528': 2, '532': 2, '524': 2, '529': 1, '535': 1 } as Record<string, number>,
  /** The n-th product (0-based) of the history: 15 in 2019, 20 in 2020, 24 in 2021. */
  yearOf: (n: number) => (n < 15 ? 2019 : n < 35 ? 2020 : 2021),
};

export const QNG_SPECIALTIES = [
  { name: 'Quế Trà Bồng', group: '3', subgroup: '3.1' },
  { name: 'Tỏi Lý Sơn', group: '1', subgroup: '1.1' },
  { name: 'Hành tím', group: '1', subgroup: '1.1' },
  { name: 'Nước mắm Sa Huỳnh', group: '1', subgroup: '1.4' },
  { name: 'Mạch nha', group: '1', subgroup: '1.3' },
  { name: 'Đường phèn', group: '1', subgroup: '1.3' },
  { name: 'Kẹo gương', group: '1', subgroup: '1.3' },
  { name: 'Cá bống sông Trà kho', group: '1', subgroup: '1.3' },
  { name: 'Nấm linh chi', group: '3', subgroup: '3.1' },
  { name: 'Bánh tráng nước dừa', group: '1', subgroup: '1.3' },
  { name: 'Chổi đót', group: '4', subgroup: '4.1' },
  { name: 'Rượu ghè', group: '2', subgroup: '2.1' },
  { name: 'Mật ong rừng', group: '1', subgroup: '1.3' },
  { name: 'Gạo hữu cơ', group: '1', subgroup: '1.1' },
];

export interface PackedEntity {
  type: EntityType;
  district: string;
  products: Array<{ stars: 3 | 4; year: number }>;
}

/**
 * Places entities of given product counts into districts so that each district gets exactly its
 * number of products (a small exact search, largest entities first), then numbers the products
 * in order: the first `stars4` are 4★, the rest 3★, each with `yearOf(its index)`.
 */
export function packEntities(entities: Sized[], stars4: number, capacity: Record<string, number>, yearOf: (n: number) => number): PackedEntity[] {
  const sorted = [...entities].sort((a, b) => b.size - a.size);
  const left = { ...capacity };
  const districts = Object.keys(left);
  const choice: string[] = [];
  const place = (i: number): boolean => {
    if (i === sorted.length) return districts.every((d) => left[d] === 0);
    const tried = new Set<number>();
    for (const d of [...districts].sort((a, b) => left[b] - left[a])) {
      if (left[d] < sorted[i].size || tried.has(left[d])) continue;
      tried.add(left[d]);
      left[d] -= sorted[i].size;
      choice[i] = d;
      if (place(i + 1)) return true;
      left[d] += sorted[i].size;
    }
    return false;
  };
  if (!place(0)) throw new Error('demo reports: the entities do not fit the localities');
  let n = 0;
  // Spread the 4★ products over the list rather than giving them all to the first entity.
  const fourAt = new Set(Array.from({ length: stars4 }, (_, k) => Math.floor(((k + 0.5) * sorted.reduce((s, e) => s + e.size, 0)) / stars4)));
  return sorted.map((e, i) => ({
    type: e.type,
    district: choice[i],
    products: Array.from({ length: e.size }, () => {
      const k = n++;
      return { stars: fourAt.has(k) ? 4 : 3, year: yearOf(k) } as const;
    }),
  }));
}

/**
 * Table 1: documents and policies issued for the programme — by the province (7, 21, 35) and by
 * Cẩm Phả city (5, 16, 31) in 2017–2019. The paper gives counts only: numbers and titles are
 * generic ("Kế hoạch …", "Quyết định …") and dated through the year.
 */
export const CAM_PHA_DOCUMENTS = [
  { year: 2017, province: 7, city: 5 },
  { year: 2018, province: 21, city: 16 },
  { year: 2019, province: 35, city: 31 },
].flatMap(({ year, province, city }) => {
  const kinds = ['plan', 'decision', 'guidance', 'official-letter'] as const;
  const sign: Record<(typeof kinds)[number], string> = { plan: 'KH', decision: 'QĐ', guidance: 'HD', 'official-letter': 'CV' };
  const titles: Record<(typeof kinds)[number], string> = {
    plan: 'Kế hoạch triển khai Chương trình Mỗi xã, phường một sản phẩm',
    decision: 'Quyết định về việc thực hiện Chương trình OCOP',
    guidance: 'Hướng dẫn thực hiện chu trình OCOP',
    'official-letter': 'Về việc đôn đốc triển khai Chương trình OCOP',
  };
  const make = (n: number, unitCode: string, unitStructure: 'current' | 'legacy', issuer: string) =>
    Array.from({ length: n }, (_, i) => {
      const kind = kinds[i % kinds.length];
      const month = String(1 + ((i * 5) % 12)).padStart(2, '0');
      const day = String(1 + ((i * 7) % 27)).padStart(2, '0');
      return { number: `${100 + i}/${sign[kind]}-${issuer}`, issuedOn: `${year}-${month}-${day}`, unitCode, unitStructure, kind, title: `${titles[kind]} năm ${year} (${i + 1})` };
    });
  return [...make(province, '22', 'current', 'UBND'), ...make(city, '195', 'legacy', 'UBNDCP')];
});

/** Seed 004: 2022's target (65 recognised "exceeded the plan by 15") and 2023's (50 products, 3–5 of them 4★, 45–50 entities). */
export const QNG_TARGETS = [
  { year: 2022, values: { products: 50 }, note: 'Kế hoạch số 47/KH-UBND ngày 18/3/2022 của Chủ tịch UBND tỉnh' },
  { year: 2023, values: { products: 50, products4: 3, entities: 45 }, note: 'Mục tiêu năm 2023: 50 sản phẩm từ 3-4 sao (3-5 sản phẩm 4 sao); 45-50 chủ thể' },
];
