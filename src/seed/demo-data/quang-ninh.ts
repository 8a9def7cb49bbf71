/**
 * Demo data — Quảng Ninh (province 22): the OCOP products of Cẩm Phả city 2016–2019.
 *
 * Source: research paper "Triển khai đề án Mỗi xã, phường một sản phẩm: nghiên cứu tại
 * Cẩm Phả, Quảng Ninh" (shared seeds 000_1d606c0a96ca02f9.txt), which reproduces tables of the
 * Cẩm Phả People's Committee report "Báo cáo kết quả triển khai đề án OCOP năm 2016-2019".
 *
 * - Products: exactly the 23 rows of Table 6 ("Danh mục các sản phẩm OCOP của Cẩm Phả giai đoạn
 *   2016-2019"), with the star class and recognition year the table gives them. The PDF extraction
 *   split most rows over several lines; how each row was read is noted on the product. The data
 *   agrees with the table's totals row (5★: 1, 4★: 15, 3★: 7; 2016: 4, 2017: 8, 2018: 3,
 *   2019: 8) and with Table 5 (new recognitions 2017 incl. 2016: 2×3★ + 10×4★; 2018: 1×3★,
 *   1×4★, 1×5★; 2019: 4×3★ + 4×4★).
 * - Figures: Table 7 (million VND in the source, converted to VND integers here).
 * - Entities: the producers the paper names (the Bia - Rượu - Nước giải khát company, the Quang
 *   Hanh trade-union mineral water company) and the brands in the product names (Đông Bắc,
 *   Tuấn Anh, Lục Gia, Hàng Văn Quý). Where the paper gives no producer (eggs, pork) or no legal
 *   name (Đông Bắc), the legal name is invented and marked so. Tax codes, phone numbers,
 *   representatives other than Hàng Văn Quý, founding years, head-counts and prices are fictional.
 * - Places: the paper's Table 5 names four participating wards (Cẩm Thủy, Cẩm Phú, Cửa Ông,
 *   Quang Hanh). Entities are placed in those legacy wards, then stored in the CURRENT ward the
 *   legacy ward went into (admin-units-mapping.csv): Cẩm Thủy 06784 and Quang Hanh 06778 →
 *   Phường Quang Hanh 06778; Cửa Ông 06763 and Cẩm Phú 06772 → Phường Cửa Ông 06781.
 *   With 8 producers the per-ward counts of Table 5 (10 participants in 2019) cannot all be
 *   reproduced; Quang Hanh (1, 2, 2) and Cẩm Phú (1, 1, 2) match, Cẩm Thủy and Cửa Ông fall short.
 * - Star records: Quảng Ninh ran its own OCOP programme from 2013 (QĐ 2870/QĐ-UBND), with every
 *   class, 5★ included, rated by the provincial council; so level = 'province' throughout, and the
 *   legacy unit is Thành phố Cẩm Phả (district 195), the locality the product was recognised for.
 *   The eight of 2019 name the round that recognised them (`QN_ROUND_2019`, under 1048/2019): the
 *   seeder stores them through that round's approval (certificate, decision, the province as the
 *   recognising unit) rather than as plain records.
 */
import type { DemoEntity, DemoFigure, DemoHistoryRound, DemoProduct, StarRecord, UnitRef } from './types';

/** Legacy district Thành phố Cẩm Phả. */
const CAM_PHA_DISTRICT: UnitRef = { structure: 'legacy', code: '195' };
/** Current Phường Quang Hanh (legacy Quang Hanh 06778 + Cẩm Thủy 06784 + Cẩm Thạch 06787). */
const PHUONG_QUANG_HANH: UnitRef = { structure: 'current', code: '06778' };
/** Current Phường Cửa Ông (legacy Cửa Ông 06763 + Cẩm Phú 06772 + Cẩm Sơn 06766 + Cẩm Thịnh 06781). */
const PHUONG_CUA_ONG: UnitRef = { structure: 'current', code: '06781' };

/**
 * The provincial round behind the 2019 recognitions, the first under Decision 1048/QĐ-TTg
 * (in force from 21/08/2019). The paper gives only the year of each recognition: the round's
 * date, its decision number and date are fictional (late 2019, when Quảng Ninh's council
 * usually sat), and the council is the demo's provincial council. Its members score each
 * product on the 1048 sheet of its product set (src/seed/demo-evaluation.ts), with totals in
 * the band of the class Table 6 gives, and its approval issues the certificates and the star
 * records of 2019. The recognitions of 2016–2018 came under Quảng Ninh's own criteria of the
 * time, which the platform does not hold: they stay plain records.
 */
export const QN_ROUND_2019: DemoHistoryRound = {
  key: 'qn-2019',
  name: 'Đánh giá, phân hạng sản phẩm OCOP tỉnh Quảng Ninh năm 2019',
  level: 'province',
  provinceCode: '22',
  date: '2019-11-12',
  decisionNumber: '4512/QĐ-UBND',
  decisionDate: '2019-12-06',
  seed: 19,
};

export const quangNinhHistoryRounds: DemoHistoryRound[] = [QN_ROUND_2019];

/** Every 2019 recognition of Table 6 came out of the 2019 provincial round. */
const camPha = (stars: StarRecord['stars'], year: number): StarRecord[] => [
  { stars, year, level: 'province', legacyUnit: CAM_PHA_DISTRICT, ...(year === 2019 ? { round: QN_ROUND_2019.key } : {}) },
];

const OCOP_SHOPS_QN =
  'Trung tâm giới thiệu và bán sản phẩm OCOP Quảng Ninh; các điểm bán sản phẩm OCOP tại Cẩm Phả; hội chợ OCOP Quảng Ninh';

export const quangNinhEntities: DemoEntity[] = [
  {
    // Named in the paper as the owner of "Rượu Ba Kích" and as the source of Table 7.
    // Suggested owner entity of the `producer.qn` demo account.
    key: 'qn-bia-ruou-nuoc-giai-khat',
    type: 'enterprise',
    legalForm: 'Công ty cổ phần',
    name: 'Công ty cổ phần Xây dựng và Sản xuất Bia - Rượu - Nước giải khát tỉnh Quảng Ninh',
    taxCode: '5700351757',
    representative: 'Nguyễn Văn Thắng',
    address: 'Tổ 4, khu 6 (phường Cẩm Thủy cũ), phường Quang Hanh, tỉnh Quảng Ninh',
    unit: PHUONG_QUANG_HANH,
    foundedYear: 2003,
    employees: 48,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['ISO 22000'],
    phone: '0203 3862 415',
  },
  {
    // Named in the paper ("Công ty TNHH MTV nước khoáng Công đoàn Quang Hanh").
    key: 'qn-nuoc-khoang-cong-doan-quang-hanh',
    type: 'enterprise',
    legalForm: 'Công ty TNHH một thành viên',
    name: 'Công ty TNHH một thành viên Nước khoáng Công đoàn Quang Hanh',
    taxCode: '5701072629',
    representative: 'Trần Quốc Khánh',
    address: 'Tổ 2, khu 3, phường Quang Hanh, tỉnh Quảng Ninh',
    unit: PHUONG_QUANG_HANH,
    employees: 135,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['ISO 22000', 'HACCP'],
    phone: '0203 3863 208',
  },
  {
    // The paper only gives the brand "Đông Bắc" / "ĐB"; the legal name is invented.
    key: 'qn-duoc-lieu-dong-bac',
    type: 'enterprise',
    legalForm: 'Công ty trách nhiệm hữu hạn',
    name: 'Công ty TNHH Dược liệu Đông Bắc',
    taxCode: '5701293843',
    representative: 'Vũ Thị Thanh Hương',
    address: 'Tổ 7, khu 2 (phường Cẩm Thủy cũ), phường Quang Hanh, tỉnh Quảng Ninh',
    unit: PHUONG_QUANG_HANH,
    foundedYear: 2012,
    employees: 26,
    womanLed: true,
    ethnicMinorityLed: false,
    certifications: ['GMP'],
    phone: '0203 3725 168',
  },
  {
    // Producer of "Trứng gà tươi" — not named in the paper; invented.
    key: 'qn-htx-ga-cam-phu',
    type: 'cooperative',
    name: 'Hợp tác xã Chăn nuôi gà Cẩm Phú',
    taxCode: '5701426187',
    representative: 'Đỗ Văn Bình',
    address: 'Khu 5 (phường Cẩm Phú cũ), phường Cửa Ông, tỉnh Quảng Ninh',
    unit: PHUONG_CUA_ONG,
    foundedYear: 2015,
    members: 11,
    employees: 9,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['VietGAHP'],
    phone: '0203 3716 442',
  },
  {
    // Producer of "Thịt lợn hướng nạc nguồn gốc từ Châu Âu" — not named in the paper; invented.
    key: 'qn-chan-nuoi-cua-ong',
    type: 'enterprise',
    legalForm: 'Công ty trách nhiệm hữu hạn',
    name: 'Công ty TNHH Chăn nuôi Cửa Ông',
    taxCode: '5701519360',
    representative: 'Lê Minh Tuấn',
    address: 'Tổ 1, khu 8, phường Cửa Ông, tỉnh Quảng Ninh',
    unit: PHUONG_CUA_ONG,
    foundedYear: 2014,
    employees: 14,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['VietGAHP'],
    phone: '0203 3865 730',
  },
  {
    // Brand "Bánh đa gia truyền Tuấn Anh"; household business, representative invented.
    key: 'qn-banh-da-tuan-anh',
    type: 'household',
    name: 'Hộ kinh doanh Bánh đa Tuấn Anh',
    representative: 'Phạm Tuấn Anh',
    address: 'Tổ 3, khu 4, phường Quang Hanh, tỉnh Quảng Ninh',
    unit: PHUONG_QUANG_HANH,
    employees: 5,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: [],
    phone: '0203 3727 519',
  },
  {
    // Brand "Mắm chắt Lục Gia"; household business, representative invented.
    key: 'qn-mam-luc-gia',
    type: 'household',
    name: 'Hộ kinh doanh Mắm chắt Lục Gia',
    representative: 'Lục Thị Hoa',
    address: 'Tổ 2, khu 3 (phường Cẩm Phú cũ), phường Cửa Ông, tỉnh Quảng Ninh',
    unit: PHUONG_CUA_ONG,
    employees: 4,
    womanLed: true,
    ethnicMinorityLed: false,
    certifications: [],
    phone: '0203 3718 264',
  },
  {
    // Brand "Hàng Văn Quý" (lạc, vừng, đậu nành oils); household business of Mr Hàng Văn Quý.
    key: 'qn-dau-hang-van-quy',
    type: 'household',
    name: 'Hộ kinh doanh Hàng Văn Quý',
    representative: 'Hàng Văn Quý',
    address: 'Tổ 5, khu 1 (phường Cẩm Thủy cũ), phường Quang Hanh, tỉnh Quảng Ninh',
    unit: PHUONG_QUANG_HANH,
    employees: 6,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: [],
    phone: '0203 3729 083',
  },
];

/**
 * Table 6, in the table's order (TT 1–23). Reading of the split rows: the star columns read
 * "x" at offset 0/1/2 = 5★/4★/3★; the year column follows. Rows 6–9 carry the year mark on the
 * same line as the star mark, directly in the first year column (2016); rows 4, 10–16 have it
 * on a separate line at the first position after an empty cell (2017) — taken as 2017 because the
 * totals row gives 2016 exactly 4 products and Table 5 counts 12 recognitions up to 2017
 * (2×3★ + 10×4★). Rows 17–19 are the 2018 column, rows 1–3, 5 and 20–23 the 2019 column.
 */
export const quangNinhProducts: DemoProduct[] = [
  {
    // TT 1 — 4★, 2019. Note: the paper's text says Rượu Ba Kích was rated 4★ "right when it
    // registered in 2016"; Table 6 puts its recognition in 2019. The table is followed here.
    key: 'qn-ruou-ba-kich',
    entityKey: 'qn-bia-ruou-nuoc-giai-khat',
    name: 'Rượu ba kích đặc sản Quảng Ninh',
    groupCode: '2',
    subgroupCode: '2.1',
    description:
      'Rượu ngâm củ ba kích tím của vùng núi Quảng Ninh, nồng độ 29% vol, màu đỏ tía tự nhiên, vị ngọt hậu. Sản phẩm được chưng cất, ngâm ủ và đóng chai tại Cẩm Phả, đã công bố hợp quy và dán tem điện tử truy xuất nguồn gốc.',
    story:
      'Ba kích tím là dược liệu quý của miền Đông Bắc, được người dân vùng cao Quảng Ninh dùng để ngâm rượu bồi bổ sức khỏe từ lâu đời. Từ khi tham gia chương trình OCOP, doanh nghiệp chuẩn hóa quy trình ngâm ủ, đổi mới bao bì và doanh thu tăng đều qua từng năm.',
    rawMaterialOrigin: 'Củ ba kích tím từ vùng trồng trong tỉnh Quảng Ninh; rượu nền nấu từ gạo nếp',
    packaging: 'Chai thủy tinh 500 ml và 750 ml, hộp giấy',
    qualityStandard: 'Tiêu chuẩn cơ sở; công bố hợp quy QCVN 6-3:2010/BYT',
    trademark: 'Ba kích Quảng Ninh',
    priceVnd: 185000,
    priceUnit: 'chai 500 ml',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2019),
  },
  {
    // TT 2 — 4★, 2019 (single line, same pattern as TT 1).
    key: 'qn-nuoc-uong-dong-chai-quang-hanh',
    entityKey: 'qn-nuoc-khoang-cong-doan-quang-hanh',
    name: 'Nước uống đóng chai Quang Hanh',
    groupCode: '2',
    subgroupCode: '2.2',
    description:
      'Nước uống đóng chai được lọc và tiệt trùng bằng dây chuyền khép kín tại Quang Hanh. Sản phẩm phục vụ nhu cầu hằng ngày của hộ gia đình, cơ quan và khách du lịch.',
    rawMaterialOrigin: 'Nguồn nước ngầm khu vực Quang Hanh, Cẩm Phả',
    packaging: 'Chai PET 350 ml, 500 ml; bình 19 lít',
    qualityStandard: 'QCVN 6-1:2010/BYT',
    trademark: 'Quang Hanh',
    priceVnd: 5000,
    priceUnit: 'chai 500 ml',
    whereToBuy: 'Đại lý và cửa hàng tạp hóa trong tỉnh Quảng Ninh; ' + OCOP_SHOPS_QN,
    stars: camPha(4, 2019),
  },
  {
    // TT 3 — 4★, 2019 (name split over two lines; year on its own line at the last position).
    key: 'qn-nuoc-khoang-khatisa',
    entityKey: 'qn-nuoc-khoang-cong-doan-quang-hanh',
    name: 'Nước khoáng thiên nhiên Quang Hanh Khatisa',
    groupCode: '2',
    subgroupCode: '2.2',
    description:
      'Nước khoáng thiên nhiên khai thác từ mỏ khoáng nóng Quang Hanh, đóng chai giữ nguyên thành phần khoáng tự nhiên. Dòng Khatisa hướng tới phân khúc cao cấp, phục vụ nhà hàng, khách sạn và làm quà tặng.',
    rawMaterialOrigin: 'Mỏ nước khoáng thiên nhiên Quang Hanh, Cẩm Phả',
    packaging: 'Chai thủy tinh 330 ml, chai PET 500 ml',
    qualityStandard: 'QCVN 6-1:2010/BYT',
    trademark: 'Khatisa',
    // Illustrative GTIN-13 (valid check digit, not the producer's real one): the demo's GS1 Digital Link.
    gtin: '8936000730017',
    priceVnd: 9000,
    priceUnit: 'chai 500 ml',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2019),
  },
  {
    // TT 4 — 4★, 2017 (year on its own line at the first position, after an empty 2016 cell).
    key: 'qn-nuoc-khoang-chanh-muoi-fresh',
    entityKey: 'qn-nuoc-khoang-cong-doan-quang-hanh',
    name: 'Nước khoáng chanh muối Fresh Quang Hanh',
    groupCode: '2',
    subgroupCode: '2.2',
    description:
      'Nước khoáng Quang Hanh pha chanh và muối, vị mặn nhẹ, giúp bù khoáng và giải khát nhanh. Sản phẩm được người lao động ngành than và khách du lịch ưa chuộng trong mùa hè.',
    story:
      'Theo bài nghiên cứu, trước khi tham gia OCOP nước khoáng chanh muối Quang Hanh bán được ít vì chưa có thị trường và thương hiệu; sau khi được gắn tem OCOP, doanh thu tăng lên đáng kể.',
    rawMaterialOrigin: 'Nước khoáng thiên nhiên Quang Hanh; chanh, muối',
    packaging: 'Chai PET 330 ml, 500 ml; thùng 24 chai',
    qualityStandard: 'QCVN 6-2:2010/BYT',
    trademark: 'Fresh Quang Hanh',
    priceVnd: 7000,
    priceUnit: 'chai 500 ml',
    whereToBuy: 'Đại lý và cửa hàng tạp hóa trong tỉnh Quảng Ninh; ' + OCOP_SHOPS_QN,
    stars: camPha(4, 2017),
  },
  {
    // TT 5 — 4★, 2019 (same layout as TT 3).
    key: 'qn-nuoc-khoang-fresh-khong-ga',
    entityKey: 'qn-nuoc-khoang-cong-doan-quang-hanh',
    name: 'Nước khoáng thiên nhiên Quang Hanh Fresh (không ga)',
    groupCode: '2',
    subgroupCode: '2.2',
    description:
      'Nước khoáng thiên nhiên Quang Hanh không ga, vị dịu, giàu khoáng chất tự nhiên. Sản phẩm dùng uống hằng ngày, đóng chai tại nguồn.',
    rawMaterialOrigin: 'Mỏ nước khoáng thiên nhiên Quang Hanh, Cẩm Phả',
    packaging: 'Chai PET 350 ml, 500 ml, 1,5 lít',
    qualityStandard: 'QCVN 6-1:2010/BYT',
    trademark: 'Fresh Quang Hanh',
    priceVnd: 6000,
    priceUnit: 'chai 500 ml',
    whereToBuy: 'Đại lý và cửa hàng tạp hóa trong tỉnh Quảng Ninh; ' + OCOP_SHOPS_QN,
    stars: camPha(4, 2019),
  },
  {
    // TT 6 — 4★, 2016 (star and year mark on the same line, year in the first column).
    key: 'qn-tpcn-vien-giai-ruou-dong-bac',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'TPCN viên giải rượu - giải độc gan Đông Bắc',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Thực phẩm chức năng dạng viên bào chế từ các dược liệu miền Đông Bắc, hỗ trợ giải rượu và giải độc gan. Sản phẩm đóng lọ, có hướng dẫn sử dụng và cảnh báo theo quy định.',
    rawMaterialOrigin: 'Dược liệu thu hái và trồng tại vùng núi Quảng Ninh',
    packaging: 'Lọ 60 viên, hộp giấy',
    qualityStandard: 'Tiêu chuẩn cơ sở; bản công bố sản phẩm thực phẩm chức năng',
    trademark: 'Đông Bắc',
    priceVnd: 150000,
    priceUnit: 'lọ 60 viên',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2016),
  },
  {
    // TT 7 — 4★, 2016.
    key: 'qn-tpcn-tra-tieu-duong-dong-bac',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'TPCN - Trà tiểu đường Đông Bắc',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Trà túi lọc phối hợp các vị thảo dược miền Đông Bắc, hỗ trợ ổn định đường huyết. Pha nhanh, tiện dùng hằng ngày.',
    rawMaterialOrigin: 'Dược liệu thu hái và trồng tại vùng núi Quảng Ninh',
    packaging: 'Hộp 30 túi lọc',
    qualityStandard: 'Tiêu chuẩn cơ sở; bản công bố sản phẩm thực phẩm chức năng',
    trademark: 'Đông Bắc',
    priceVnd: 95000,
    priceUnit: 'hộp 30 túi lọc',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2016),
  },
  {
    // TT 8 — 4★, 2016.
    key: 'qn-tpcn-tra-bo-gan-dong-bac',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'TPCN - Trà bổ gan, giải độc gan Đông Bắc',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Trà thảo dược túi lọc hỗ trợ bổ gan, giải độc gan, thích hợp cho người thường xuyên sử dụng rượu bia. Sản phẩm có vị đắng nhẹ, hậu ngọt.',
    rawMaterialOrigin: 'Dược liệu thu hái và trồng tại vùng núi Quảng Ninh',
    packaging: 'Hộp 30 túi lọc',
    qualityStandard: 'Tiêu chuẩn cơ sở; bản công bố sản phẩm thực phẩm chức năng',
    trademark: 'Đông Bắc',
    priceVnd: 95000,
    priceUnit: 'hộp 30 túi lọc',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2016),
  },
  {
    // TT 9 — 4★, 2016.
    key: 'qn-tpcn-vien-tieu-duong-dong-bac',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'TPCN - Viên tiểu đường Đông Bắc',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Thực phẩm chức năng dạng viên từ dược liệu, hỗ trợ người có đường huyết cao. Sản phẩm không thay thế thuốc chữa bệnh.',
    rawMaterialOrigin: 'Dược liệu thu hái và trồng tại vùng núi Quảng Ninh',
    packaging: 'Lọ 60 viên, hộp giấy',
    qualityStandard: 'Tiêu chuẩn cơ sở; bản công bố sản phẩm thực phẩm chức năng',
    trademark: 'Đông Bắc',
    priceVnd: 150000,
    priceUnit: 'lọ 60 viên',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2016),
  },
  {
    // TT 10 — 4★, 2017 (same layout as TT 4).
    key: 'qn-tpbvsk-giao-co-lam-dong-bac',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'Thực phẩm bảo vệ sức khỏe giảo cổ lam Đông Bắc',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Thực phẩm bảo vệ sức khỏe bào chế từ cây giảo cổ lam, hỗ trợ giảm mỡ máu và ổn định huyết áp. Nguyên liệu được sơ chế, sấy và chiết xuất tại cơ sở.',
    rawMaterialOrigin: 'Giảo cổ lam trồng và thu hái tại vùng núi Quảng Ninh',
    packaging: 'Lọ 60 viên, hộp giấy',
    qualityStandard: 'Tiêu chuẩn cơ sở; công bố theo Nghị định 15/2018/NĐ-CP',
    trademark: 'Đông Bắc',
    priceVnd: 160000,
    priceUnit: 'lọ 60 viên',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2017),
  },
  {
    // TT 11 — 4★, 2017.
    key: 'qn-tpbvsk-vien-che-vang-db',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'Thực phẩm bảo vệ sức khỏe - Viên chè vằng ĐB',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Viên nén chè vằng, dược liệu quen thuộc giúp phụ nữ sau sinh phục hồi sức khỏe và lợi sữa. "ĐB" là tên viết tắt của thương hiệu Đông Bắc.',
    rawMaterialOrigin: 'Chè vằng thu hái tại vùng đồi Quảng Ninh',
    packaging: 'Lọ 60 viên, hộp giấy',
    qualityStandard: 'Tiêu chuẩn cơ sở; công bố theo Nghị định 15/2018/NĐ-CP',
    trademark: 'Đông Bắc',
    priceVnd: 140000,
    priceUnit: 'lọ 60 viên',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2017),
  },
  {
    // TT 12 — 4★, 2017.
    key: 'qn-tpbvsk-tra-vang-db',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'Thực phẩm bảo vệ sức khỏe - Trà vằng ĐB',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Trà chè vằng túi lọc, vị đắng nhẹ, thanh nhiệt, hỗ trợ tiêu hóa và lợi sữa. Sản phẩm tiện dùng cho gia đình và làm quà tặng.',
    rawMaterialOrigin: 'Chè vằng thu hái tại vùng đồi Quảng Ninh',
    packaging: 'Hộp 30 túi lọc',
    qualityStandard: 'Tiêu chuẩn cơ sở; công bố theo Nghị định 15/2018/NĐ-CP',
    trademark: 'Đông Bắc',
    priceVnd: 85000,
    priceUnit: 'hộp 30 túi lọc',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2017),
  },
  {
    // TT 13 — 4★, 2017.
    key: 'qn-tpbvsk-tra-giao-co-lam-db',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'Thực phẩm bảo vệ sức khỏe - Trà dược thảo giảo cổ lam ĐB',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Trà dược thảo từ giảo cổ lam dạng túi lọc, hỗ trợ giảm cholesterol và tăng cường sức khỏe tim mạch. Sản phẩm được sấy lạnh để giữ hoạt chất.',
    rawMaterialOrigin: 'Giảo cổ lam trồng và thu hái tại vùng núi Quảng Ninh',
    packaging: 'Hộp 30 túi lọc',
    qualityStandard: 'Tiêu chuẩn cơ sở; công bố theo Nghị định 15/2018/NĐ-CP',
    trademark: 'Đông Bắc',
    priceVnd: 90000,
    priceUnit: 'hộp 30 túi lọc',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2017),
  },
  {
    // TT 14 — 4★, 2017.
    key: 'qn-tpbvsk-tra-diep-ha-chau-db',
    entityKey: 'qn-duoc-lieu-dong-bac',
    name: 'Thực phẩm bảo vệ sức khỏe - Trà dược thảo Diệp hạ châu ĐB',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Trà túi lọc từ diệp hạ châu (chó đẻ răng cưa), hỗ trợ mát gan và giải độc. Sản phẩm đóng hộp, bảo quản nơi khô ráo.',
    rawMaterialOrigin: 'Diệp hạ châu trồng tại Quảng Ninh',
    packaging: 'Hộp 30 túi lọc',
    qualityStandard: 'Tiêu chuẩn cơ sở; công bố theo Nghị định 15/2018/NĐ-CP',
    trademark: 'Đông Bắc',
    priceVnd: 85000,
    priceUnit: 'hộp 30 túi lọc',
    whereToBuy: OCOP_SHOPS_QN,
    stars: camPha(4, 2017),
  },
  {
    // TT 15 — 3★, 2017. The source spells the English gloss "Fresk chicken eggs" (typo, fixed).
    // This single-line row has the year mark right after the star block like rows 6–9, but
    // 2016 is already full (4 products), so it is read as 2017, as Table 5 implies (2×3★ by 2017).
    key: 'qn-trung-ga-tuoi',
    entityKey: 'qn-htx-ga-cam-phu',
    name: 'Trứng gà tươi',
    groupCode: '1',
    subgroupCode: '1.1',
    description:
      'Trứng gà tươi từ đàn gà đẻ nuôi theo quy trình VietGAHP, thu nhặt và đóng vỉ trong ngày. Trứng được làm sạch, in hạn sử dụng và mã truy xuất trên vỉ.',
    rawMaterialOrigin: 'Trang trại gà đẻ của hợp tác xã tại Cẩm Phả',
    packaging: 'Vỉ 10 quả, hộp 30 quả',
    qualityStandard: 'VietGAHP',
    priceVnd: 38000,
    priceUnit: 'vỉ 10 quả',
    whereToBuy: 'Chợ Cẩm Đông, siêu thị và cửa hàng thực phẩm tại Cẩm Phả; ' + OCOP_SHOPS_QN,
    stars: camPha(3, 2017),
  },
  {
    // TT 16 — 3★, 2017 (same layout as TT 4, star mark at the 3★ offset).
    key: 'qn-thit-lon-huong-nac',
    entityKey: 'qn-chan-nuoi-cua-ong',
    name: 'Thịt lợn hướng nạc nguồn gốc từ Châu Âu',
    groupCode: '1',
    subgroupCode: '1.1',
    description:
      'Thịt lợn tươi từ giống lợn hướng nạc có nguồn gốc Châu Âu, nuôi khép kín và giết mổ tập trung có kiểm dịch. Thịt nhiều nạc, ít mỡ, được cấp mã truy xuất nguồn gốc.',
    rawMaterialOrigin: 'Trại chăn nuôi của doanh nghiệp tại Cẩm Phả',
    packaging: 'Khay xốp bọc màng 0,5 kg và 1 kg',
    qualityStandard: 'VietGAHP',
    priceVnd: 135000,
    priceUnit: 'kg',
    whereToBuy: 'Cửa hàng thực phẩm sạch tại Cẩm Phả và Hạ Long',
    stars: camPha(3, 2017),
  },
  {
    // TT 17 — 3★, 2018 (single line, year mark at the 2018 position).
    key: 'qn-banh-da-tuan-anh',
    entityKey: 'qn-banh-da-tuan-anh',
    name: 'Bánh đa gia truyền Tuấn Anh',
    groupCode: '1',
    subgroupCode: '1.3',
    description:
      'Bánh đa làm từ gạo tẻ và vừng theo công thức gia truyền, tráng mỏng và phơi nắng tự nhiên. Bánh giòn, thơm, dùng nướng ăn kèm hoặc làm quà.',
    story:
      'Nghề làm bánh đa được gia đình gìn giữ qua nhiều thế hệ; nhờ chương trình OCOP, cơ sở có nhãn mác, bao bì riêng và đưa bánh vào các điểm bán sản phẩm OCOP của thành phố.',
    rawMaterialOrigin: 'Gạo tẻ, vừng đen mua của nông dân trong tỉnh',
    packaging: 'Túi nilon 10 chiếc',
    qualityStandard: 'Tiêu chuẩn cơ sở',
    trademark: 'Tuấn Anh',
    priceVnd: 30000,
    priceUnit: 'túi 10 chiếc',
    whereToBuy: 'Tại cơ sở sản xuất, phường Quang Hanh; ' + OCOP_SHOPS_QN,
    stars: camPha(3, 2018),
  },
  {
    // TT 18 — 4★, 2018 (second page of the table; name over three lines, year on its own line
    // at the 2018 position).
    key: 'qn-nuoc-khoang-co-ga-chanh-muoi-pleasing',
    entityKey: 'qn-nuoc-khoang-cong-doan-quang-hanh',
    name: 'Nước khoáng thiên nhiên Quang Hanh bổ sung ga hương vị chanh muối - Pleasing',
    groupCode: '2',
    subgroupCode: '2.2',
    description:
      'Nước khoáng thiên nhiên Quang Hanh bổ sung ga, hương vị chanh muối, thương hiệu Pleasing. Vị sảng khoái, bù khoáng, phù hợp dùng lạnh.',
    rawMaterialOrigin: 'Nước khoáng thiên nhiên Quang Hanh; chanh, muối',
    packaging: 'Chai PET 330 ml, 500 ml',
    qualityStandard: 'QCVN 6-2:2010/BYT',
    trademark: 'Pleasing',
    priceVnd: 8000,
    priceUnit: 'chai 500 ml',
    whereToBuy: 'Đại lý và cửa hàng tạp hóa trong tỉnh Quảng Ninh; ' + OCOP_SHOPS_QN,
    stars: camPha(4, 2018),
  },
  {
    // TT 19 — 5★, 2018: the only 5★ product (star mark at offset 0). Table 7's "Nước khoáng
    // thiên nhiên Quang Hanh bổ sung ga" figures are attached to this product.
    key: 'qn-nuoc-khoang-co-ga-pet',
    entityKey: 'qn-nuoc-khoang-cong-doan-quang-hanh',
    name: 'Nước khoáng thiên nhiên Quang Hanh bổ sung ga (đóng chai Pet)',
    groupCode: '2',
    subgroupCode: '2.2',
    description:
      'Nước khoáng thiên nhiên Quang Hanh bổ sung ga, đóng chai PET, sản phẩm chủ lực của nhà máy và là sản phẩm OCOP 5 sao duy nhất của Cẩm Phả giai đoạn 2016-2019. Nước có vị khoáng đặc trưng, bọt ga mịn.',
    story:
      'Mỏ khoáng nóng Quang Hanh nằm giữa vùng than Cẩm Phả và vịnh Bái Tử Long, nổi tiếng với nguồn nước khoáng giàu khoáng chất. Sau khi tham gia OCOP, doanh thu sản phẩm tăng từ 62,3 tỷ đồng năm 2016 lên 110,3 tỷ đồng năm 2019.',
    rawMaterialOrigin: 'Mỏ nước khoáng thiên nhiên Quang Hanh, Cẩm Phả',
    packaging: 'Chai PET 500 ml, 1,5 lít; thùng 24 chai',
    qualityStandard: 'QCVN 6-1:2010/BYT; ISO 22000',
    trademark: 'Quang Hanh',
    priceVnd: 6500,
    priceUnit: 'chai 500 ml',
    whereToBuy: 'Hệ thống đại lý toàn tỉnh Quảng Ninh và các tỉnh phía Bắc; ' + OCOP_SHOPS_QN,
    stars: camPha(5, 2018),
  },
  {
    // TT 20 — 3★, 2019.
    key: 'qn-mam-chat-luc-gia',
    entityKey: 'qn-mam-luc-gia',
    name: 'Mắm chắt Lục Gia',
    groupCode: '1',
    subgroupCode: '1.4',
    description:
      'Nước mắm chắt truyền thống ủ chượp từ cá biển và muối trong chum, không chất bảo quản. Nước mắm màu cánh gián, thơm, vị đậm hậu ngọt.',
    story:
      'Gia đình họ Lục làm mắm bằng cá đánh bắt ven biển Cửa Ông, ủ chượp từ 12 tháng trở lên rồi mới chắt lấy nước cốt.',
    rawMaterialOrigin: 'Cá biển đánh bắt tại vùng biển Cẩm Phả; muối biển',
    packaging: 'Chai thủy tinh 500 ml',
    qualityStandard: 'TCVN 5107:2018',
    trademark: 'Lục Gia',
    priceVnd: 150000,
    priceUnit: 'chai 500 ml',
    whereToBuy: 'Tại cơ sở; ' + OCOP_SHOPS_QN,
    stars: camPha(3, 2019),
  },
  {
    // TT 21 — 3★, 2019.
    key: 'qn-dau-lac-hang-van-quy',
    entityKey: 'qn-dau-hang-van-quy',
    name: 'Dầu lạc Hàng Văn Quý',
    groupCode: '1',
    subgroupCode: '1.3',
    description:
      'Dầu lạc ép thủ công từ lạc nhân chọn lọc, lắng lọc tự nhiên, không pha trộn. Dầu thơm mùi lạc rang, dùng xào, rán và trộn gỏi.',
    rawMaterialOrigin: 'Lạc nhân mua của nông dân các huyện trong tỉnh Quảng Ninh',
    packaging: 'Chai nhựa 1 lít, chai thủy tinh 500 ml',
    qualityStandard: 'Tiêu chuẩn cơ sở',
    trademark: 'Hàng Văn Quý',
    priceVnd: 95000,
    priceUnit: 'chai 1 lít',
    whereToBuy: 'Tại cơ sở, phường Quang Hanh; ' + OCOP_SHOPS_QN,
    stars: camPha(3, 2019),
  },
  {
    // TT 22 — 3★, 2019 (the source capitalises "Dầu Vừng"; normalised).
    key: 'qn-dau-vung-hang-van-quy',
    entityKey: 'qn-dau-hang-van-quy',
    name: 'Dầu vừng Hàng Văn Quý',
    groupCode: '1',
    subgroupCode: '1.3',
    description:
      'Dầu vừng ép từ vừng đen và vừng vàng rang vừa lửa, lắng lọc tự nhiên. Dầu có mùi thơm đặc trưng, dùng trộn salad và chế biến món chay.',
    rawMaterialOrigin: 'Vừng mua của nông dân trong và ngoài tỉnh',
    packaging: 'Chai thủy tinh 500 ml',
    qualityStandard: 'Tiêu chuẩn cơ sở',
    trademark: 'Hàng Văn Quý',
    priceVnd: 140000,
    priceUnit: 'chai 500 ml',
    whereToBuy: 'Tại cơ sở, phường Quang Hanh; ' + OCOP_SHOPS_QN,
    stars: camPha(3, 2019),
  },
  {
    // TT 23 — 3★, 2019.
    key: 'qn-dau-dau-nanh-hang-van-quy',
    entityKey: 'qn-dau-hang-van-quy',
    name: 'Dầu đậu nành Hàng Văn Quý',
    groupCode: '1',
    subgroupCode: '1.3',
    description:
      'Dầu đậu nành ép từ hạt đậu tương chọn lọc, lọc trong, không chất bảo quản. Sản phẩm dùng cho nấu ăn hằng ngày của gia đình.',
    rawMaterialOrigin: 'Đậu tương hạt mua của nông dân trong và ngoài tỉnh',
    packaging: 'Chai nhựa 1 lít',
    qualityStandard: 'Tiêu chuẩn cơ sở',
    trademark: 'Hàng Văn Quý',
    priceVnd: 80000,
    priceUnit: 'chai 1 lít',
    whereToBuy: 'Tại cơ sở, phường Quang Hanh; ' + OCOP_SHOPS_QN,
    stars: camPha(3, 2019),
  },
];

const MILLION = 1_000_000;
const fig = (productKey: string, year: number, revenue: number, cost: number, profit: number): DemoFigure => ({
  productKey,
  year,
  revenueVnd: revenue * MILLION,
  costVnd: cost * MILLION,
  profitVnd: profit * MILLION,
});

/**
 * Table 7 ("Kết quả sản xuất một số sản phẩm trước và sau khi tham gia OCOP", million VND;
 * 2014–2015 before OCOP, 2016–2019 with OCOP). Amounts are kept exactly as printed.
 * - Rượu Ba Kích 2017: revenue 12.111 − cost 11.455 = 656, but the table prints profit 455
 *   (every other year is consistent; a misprint of cost 11.656 is likely). Kept as printed —
 *   the product computes its reports from records and should surface such inconsistencies.
 * - "Nước khoáng thiên nhiên Quang Hanh bổ sung ga": the paper's text discusses the same figures
 *   as "Nước khoáng chanh muối" of the Quang Hanh company; they are attached to TT 19 (the
 *   "bổ sung ga (đóng chai Pet)" product), whose name matches the table's heading.
 */
export const quangNinhFigures: DemoFigure[] = [
  fig('qn-ruou-ba-kich', 2014, 4_530, 4_390, 140),
  fig('qn-ruou-ba-kich', 2015, 4_860, 4_723, 137),
  fig('qn-ruou-ba-kich', 2016, 8_321, 8_009, 312),
  fig('qn-ruou-ba-kich', 2017, 12_111, 11_455, 455),
  fig('qn-ruou-ba-kich', 2018, 14_461, 13_838, 623),
  fig('qn-ruou-ba-kich', 2019, 15_951, 15_171, 780),
  fig('qn-nuoc-khoang-co-ga-pet', 2014, 48_500, 47_950, 550),
  fig('qn-nuoc-khoang-co-ga-pet', 2015, 53_900, 53_300, 600),
  fig('qn-nuoc-khoang-co-ga-pet', 2016, 62_330, 61_607, 723),
  fig('qn-nuoc-khoang-co-ga-pet', 2017, 83_622, 82_560, 1_062),
  fig('qn-nuoc-khoang-co-ga-pet', 2018, 94_723, 92_871, 1_852),
  fig('qn-nuoc-khoang-co-ga-pet', 2019, 110_340, 107_960, 2_380),
];
