import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { products } from '../db/schema';
import { insertTradeRecord } from '../db/repositories/trade.repository';
import { insertBuyer } from '../db/repositories/buyers.repository';
import { insertDemand, insertOffer } from '../db/repositories/demands.repository';
import { insertUser } from '../db/repositories/users.repository';
import { searchDocument } from '../domain/text/normalize';
import { comboSpec, contractSpec, fairSpec, listingSpec, salesPointSpec, type KindSpec } from '../services/trade/kinds';
import { audit } from '../services/audit.service';
import { addDays } from '../domain/dates';
import { today as clockToday } from '../services/clock';
import { resolveBinding } from '../services/users.service';

/**
 * Demo data of trade promotion (SPEC C6), from seed 004 (Quảng Ngãi's OCOP report for 2022):
 * its fairs of 2022 with the report's figures, its 10 sales points (6 state-supported, 4
 * privately funded: 5 in the city, 1 each in Mộ Đức, Đức Phổ, Bình Sơn, Minh Long, Nghĩa Hành)
 * and gift combos for Tết Quý Mão 2023; Quảng Ninh's OCOP centre and e-commerce listings; a
 * few buyers' demands with an offer. The report gives no addresses, coordinates (town centres
 * here, approximate), which 4 points are private beyond the city's 2022 one, combo contents or
 * prices: those are invented for the demo, as are the buyers. Quảng Ninh's two fairs (one ahead,
 * one just past: the portal's calendar) are dated relative to the day the demo is loaded, and
 * its two sales points besides the centre (one open, one planned) are invented too.
 */

const SEED = { id: null, name: 'Dữ liệu mẫu (demo)' };

export interface DemoTradeRefs {
  products: Map<string, string>;
  users: Map<string, string>;
  passwordHash: string;
}

const PROVINCE = (code: string) => ({ unitStructure: 'current' as const, unitCode: code, provinceCode: code });

export async function seedDemoTrade(tx: Tx, refs: DemoTradeRefs): Promise<{ records: number; demands: number }> {
  const product = (key: string) => {
    const id = refs.products.get(key);
    if (!id) throw new Error(`demo trade: unknown product ${key}`);
    return id;
  };
  let records = 0;
  /** A record in a province (2 digits) or, with its province named, a commune of the current structure. */
  async function record<F>(spec: KindSpec<F, unknown>, unitCode: string, f: F, provinceCode = unitCode) {
    const cols = spec.columns(f);
    const texts = Object.values(cols.details).filter((v): v is string => typeof v === 'string');
    const row = await insertTradeRecord(tx, { kind: spec.kind, ...cols, ...PROVINCE(provinceCode), unitCode, searchText: searchDocument(cols.name, ...texts), createdBy: null });
    await audit(tx, SEED, 'create', spec.kind, row.id, null, 'demo');
    records++;
    return row.id;
  }

  /* Quảng Ngãi: fairs of 2022 (report, footnote 3) */
  const qngProducts = ['qng-toi-ly-son-phu-sinh', 'qng-tinh-dau-que-tra-bong', 'qng-nam-linh-chi-duc-nhuan', 'qng-dong-trung-ha-thao-sonita', 'qng-que-thanh-son-tra'].map(product);
  const fair = { entityIds: [], booths: null, visitors: null, salesVnd: null, note: null };
  await record(fairSpec, '51', {
    ...fair, name: 'Hội chợ triển lãm thương mại cấp tỉnh và 05 hội chợ cấp huyện năm 2022', organiser: 'Sở Công Thương tỉnh Quảng Ngãi',
    startsOn: '2022-07-09', endsOn: '2022-08-31', place: 'Bình Sơn, Đức Phổ, Tịnh Khê, thành phố Quảng Ngãi, Sơn Hà, Trà Bồng', level: 'provincial',
    booths: 830, visitors: 201_000, salesVnd: 21_300_000_000, productIds: qngProducts,
    note: 'Số liệu tổng hợp của 01 hội chợ cấp tỉnh và 05 hội chợ cấp huyện (báo cáo OCOP năm 2022).',
  });
  await record(fairSpec, '51', {
    ...fair, name: 'Phiên chợ hàng Việt về miền núi và hải đảo tỉnh Quảng Ngãi năm 2022', organiser: 'Sở Công Thương tỉnh Quảng Ngãi',
    startsOn: '2022-04-07', endsOn: '2022-04-27', place: 'Minh Long, Trà Bồng và Lý Sơn', level: 'local', booths: 103, visitors: 11_500,
    productIds: qngProducts.slice(0, 3), note: '03 phiên chợ; 70 doanh nghiệp tham gia.',
  });
  await record(fairSpec, '51', {
    ...fair, name: 'Hội chợ Thương mại quốc tế Việt Nam lần thứ 31 (VIETNAM EXPO 2022)', organiser: 'Bộ Công Thương',
    startsOn: '2022-04-13', endsOn: '2022-04-16', place: 'Hà Nội', level: 'international', productIds: qngProducts.slice(0, 2),
  });
  await record(fairSpec, '51', {
    ...fair, name: 'Hội nghị kết nối cung cầu giữa TP. Hồ Chí Minh và các tỉnh, thành năm 2022', organiser: 'Sở Công Thương TP. Hồ Chí Minh',
    startsOn: '2022-11-17', endsOn: '2022-11-20', place: 'TP. Hồ Chí Minh', level: 'national', productIds: qngProducts,
  });

  /* Quảng Ngãi: the 10 sales points (footnote 4) */
  const point = { kind: 'point' as const, operator: null, phone: null, status: 'open' as const, note: null };
  const points: Array<[string, string, number, number, 'state' | 'private', string | null]> = [
    ['Điểm giới thiệu và bán sản phẩm OCOP huyện Nghĩa Hành', 'Thị trấn Chợ Chùa, huyện Nghĩa Hành (cũ)', 15.01, 108.78, 'state', '2022-12-15'],
    ['Điểm giới thiệu và bán sản phẩm OCOP huyện Bình Sơn', 'Thị trấn Châu Ổ, huyện Bình Sơn (cũ)', 15.3, 108.76, 'state', '2022-12-20'],
    ['Điểm giới thiệu và bán sản phẩm OCOP huyện Mộ Đức', 'Thị trấn Mộ Đức, huyện Mộ Đức (cũ)', 14.97, 108.88, 'state', null],
    ['Điểm giới thiệu và bán sản phẩm OCOP thị xã Đức Phổ', 'Phường Nguyễn Nghiêm, thị xã Đức Phổ (cũ)', 14.81, 108.96, 'state', null],
    ['Điểm giới thiệu và bán sản phẩm OCOP huyện Minh Long', 'Xã Long Hiệp, huyện Minh Long (cũ)', 14.95, 108.68, 'state', null],
    ['Điểm giới thiệu và bán sản phẩm OCOP thành phố Quảng Ngãi', 'Đường Hùng Vương, thành phố Quảng Ngãi', 15.12, 108.8, 'state', null],
    ['Cửa hàng đặc sản OCOP Quảng Ngãi (xã hội hóa)', 'Đường Quang Trung, thành phố Quảng Ngãi', 15.121, 108.795, 'private', '2022-10-01'],
    ['Cửa hàng OCOP Tỏi Lý Sơn – Quế Trà Bồng', 'Đường Lê Lợi, thành phố Quảng Ngãi', 15.118, 108.802, 'private', null],
    ['Gian hàng OCOP siêu thị Co.opmart Quảng Ngãi', 'Đường Hùng Vương, thành phố Quảng Ngãi', 15.124, 108.807, 'private', null],
    ['Cửa hàng quà tặng OCOP phố Nguyễn Nghiêm', 'Đường Nguyễn Nghiêm, thành phố Quảng Ngãi', 15.117, 108.798, 'private', null],
  ];
  for (const [name, address, latitude, longitude, funding, openedOn] of points) {
    await record(salesPointSpec, '51', { ...point, name, address, latitude, longitude, funding, openedOn, productIds: qngProducts });
  }

  /* Quảng Ngãi: gift combos for Tết Quý Mão 2023 (section 4c) */
  await record(comboSpec, '51', {
    name: 'Combo quà Tết OCOP Quảng Ngãi – Tỏi Lý Sơn, tinh dầu quế', occasion: 'tet', offeredOn: '2022-12-01', priceVnd: 650_000,
    description: 'Gói quà Tết Quý Mão 2023 dùng làm quà tặng đoàn viên công đoàn.', productIds: [product('qng-toi-ly-son-phu-sinh'), product('qng-tinh-dau-que-tra-bong')],
  });
  await record(comboSpec, '51', {
    name: 'Combo quà tặng hội nghị – Nấm linh chi, đông trùng hạ thảo', occasion: 'conference', offeredOn: '2022-12-01', priceVnd: 1_200_000,
    description: null, productIds: [product('qng-nam-linh-chi-duc-nhuan'), product('qng-dong-trung-ha-thao-sonita')],
  });

  /* Quảng Ninh: the provincial OCOP centre and e-commerce listings */
  const qnProducts = ['qn-nuoc-khoang-khatisa', 'qn-nuoc-khoang-chanh-muoi-fresh', 'qn-trung-ga-tuoi', 'qn-nuoc-khoang-co-ga-pet'].map(product);
  await record(salesPointSpec, '22', {
    ...point, kind: 'centre', name: 'Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh', address: 'Phường Hồng Gai, tỉnh Quảng Ninh',
    latitude: 20.952, longitude: 107.08, funding: 'state', openedOn: null, productIds: qnProducts,
  });
  await record(salesPointSpec, '06778', {
    ...point, name: 'Điểm giới thiệu và bán sản phẩm OCOP Quang Hanh', address: 'Tổ 3, khu 5, phường Quang Hanh, tỉnh Quảng Ninh',
    latitude: 21.006, longitude: 107.226, funding: 'state', openedOn: '2024-03-01', phone: '0203 3862 000', productIds: qnProducts.slice(2),
  }, '22');
  // planned: not on the portal's map until it opens
  await record(salesPointSpec, '22', {
    ...point, name: 'Điểm bán sản phẩm OCOP cửa khẩu Móng Cái (dự kiến)', address: 'Phường Móng Cái 1, tỉnh Quảng Ninh',
    latitude: 21.525, longitude: 107.966, funding: 'state', openedOn: null, status: 'planned', productIds: [qnProducts[1]],
  });

  /* Quảng Ninh: fairs dated relative to today (the portal's calendar shows one ahead, one past) */
  const day = clockToday();
  await record(fairSpec, '22', {
    ...fair, name: 'Hội chợ Xúc tiến thương mại sản phẩm OCOP Quảng Ninh', organiser: 'Sở Công Thương tỉnh Quảng Ninh',
    startsOn: addDays(day, 20), endsOn: addDays(day, 24), place: 'Cung Quy hoạch, Hội chợ và Triển lãm tỉnh Quảng Ninh, Hạ Long', level: 'provincial',
    booths: 200, productIds: qnProducts,
  });
  await record(fairSpec, '06778', {
    ...fair, name: 'Phiên chợ sản phẩm OCOP Quang Hanh', organiser: 'UBND phường Quang Hanh',
    startsOn: addDays(day, -40), endsOn: addDays(day, -38), place: 'Quảng trường phường Quang Hanh', level: 'local', booths: 30, productIds: qnProducts.slice(0, 2),
  }, '22');
  const listing = { priceVnd: null, status: 'active' as const, note: null };
  await record(listingSpec, '22', { ...listing, platform: 'postmart', url: 'https://postmart.vn/tim-kiem?q=nuoc%20khoang%20quang%20ninh', productId: qnProducts[0] });
  await record(listingSpec, '22', { ...listing, platform: 'shopee', url: 'https://shopee.vn/search?keyword=nuoc%20khoang%20fresh', productId: qnProducts[1] });
  await record(listingSpec, '22', { ...listing, platform: 'voso', url: 'https://voso.vn/tim-kiem?q=trung%20ga%20quang%20ninh', productId: qnProducts[2] });
  await record(contractSpec, '22', {
    title: 'Biên bản ghi nhớ tiêu thụ nước khoáng OCOP tại chuỗi siêu thị', kind: 'memorandum', parties: ['Công ty nước khoáng (demo)', 'Siêu thị Hạ Long Xanh (demo)'],
    valueVnd: null, signedOn: '2026-09-15', endsOn: null, status: 'signed', productIds: [qnProducts[0]], note: null,
  });

  /* buyers: the demo buyer (buyer.qn, an account of DEMO_ACCOUNTS) and a registration to approve */
  const buyerId = refs.users.get('buyer.qn')!;
  await insertBuyer(tx, {
    userId: buyerId, organisation: 'Siêu thị Hạ Long Xanh (demo)', contactName: 'Phạm Minh Anh', kind: 'supermarket', email: 'buyer.qn@example.vn',
    phone: null, taxCode: null, status: 'approved', ...PROVINCE('22'), decidedBy: null, decidedAt: new Date(),
  });
  const binding = await resolveBinding(tx, { role: 'buyer', unitStructure: 'current', unitCode: '22', entityId: null });
  const pending = await insertUser(tx, { username: 'thumua@dacsanvungmien.example.vn', displayName: 'Công ty Đặc sản Vùng Miền (demo)', passwordHash: refs.passwordHash, role: 'buyer', ...binding, active: false });
  await insertBuyer(tx, {
    userId: pending.id, organisation: 'Công ty Đặc sản Vùng Miền (demo)', contactName: 'Lê Thu Hà', kind: 'distributor', email: 'thumua@dacsanvungmien.example.vn',
    phone: null, taxCode: null, status: 'pending', ...PROVINCE('22'),
  });

  /* demands: one answered with an offer, one open */
  const [khatisa] = await tx.select().from(products).where(eq(products.id, qnProducts[0]));
  const water = await insertDemand(tx, {
    buyerUserId: buyerId, title: 'Nước khoáng OCOP cho chuỗi siêu thị dịp Tết', groupCode: khatisa.groupCode, subgroupCode: khatisa.subgroupCode,
    quantity: 3000, quantityUnit: 'chai', minStars: 3, certifications: [], fromDate: null, toDate: null, note: null, status: 'open',
    ...PROVINCE('22'), searchText: searchDocument('Nước khoáng OCOP cho chuỗi siêu thị dịp Tết', 'Siêu thị Hạ Long Xanh'),
  });
  await audit(tx, SEED, 'create', 'demand', water.id, null, 'demo');
  await insertOffer(tx, { demandId: water.id, productId: khatisa.id, entityId: khatisa.entityId, quantity: 3000, quantityUnit: 'chai', priceVnd: 9_000, note: 'Giao theo từng đợt hàng tuần.' });
  const gift = await insertDemand(tx, {
    buyerUserId: buyerId, title: 'Đặc sản OCOP làm quà tặng khách hàng', groupCode: null, subgroupCode: null, quantity: null, quantityUnit: null,
    minStars: 4, certifications: [], fromDate: null, toDate: null, note: null, status: 'open', ...PROVINCE('22'),
    searchText: searchDocument('Đặc sản OCOP làm quà tặng khách hàng'),
  });
  await audit(tx, SEED, 'create', 'demand', gift.id, null, 'demo');
  return { records, demands: 2 };
}
