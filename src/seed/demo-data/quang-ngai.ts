/**
 * Demo data — Quảng Ngãi (province 51), around the provincial OCOP report for 2022.
 *
 * Source: "Báo cáo kết quả thực hiện Chương trình OCOP năm 2022 ... tỉnh Quảng Ngãi" (shared
 * seeds 004_e01dbd1ab2f0cbd7.txt). The report gives totals only (2022: 65 products, 5×4★ and
 * 60×3★; cumulative 124 products, 9×4★ and 115×3★, no 5★) and names, without stars:
 * - the entities helped with trademarks in 2022: Công ty TNHH Thương mại và dịch vụ Phú Sinh,
 *   Công ty TNHH Hương Quế Trà Bồng, Công ty MTV dịch vụ - Thương mại Hiếu Dũng, Hợp tác xã
 *   chăn nuôi thỏ Quảng Ngãi, Công ty TNHH MTV Nấm Dược Liệu Ninh Trương, Công ty TNHH Nông lâm
 *   nghiệp TBT, Hợp tác xã Nông nghiệp Sơn Trà - Trà Bồng, Hợp tác xã sản xuất và kinh doanh
 *   nấm Đức Nhuận;
 * - the two rural tourism sites recognised: Du lịch cộng đồng Làng Gò Cỏ (thị xã Đức Phổ) and
 *   Điểm du lịch Thành cổ (thành phố Quảng Ngãi); signature products Quế Trà Bồng, tỏi Lý Sơn.
 * Six of the eight named entities are used, plus an operator for Làng Gò Cỏ (Hiếu Dũng and TBT
 * are left out: neither their products nor their places are known; the Thành cổ site has no
 * producer entity and is not seeded). Products, star classes and places follow the report where it
 * says something and otherwise public press coverage of these producers (e.g. Phú Sinh in Lý
 * Sơn with garlic products, Hương Quế Trà Bồng in xã Trà Sơn with cinnamon oil and handicrafts,
 * Đức Nhuận's 4★ linh chi, Ninh Trương's "Sonita" cordyceps in Thọ Phong). Recognition years are
 * set to 2022 (the report's year) for the demo; the HTX chăn nuôi thỏ's commune and the
 * organisation running Làng Gò Cỏ are invented. Three 4★ products here stay within the report's
 * five 4★ of 2022. Tax codes, representatives, phones, head-counts and prices are fictional.
 *
 * Units: entity units are CURRENT communes (the legacy commune → current commune via
 * admin-units-mapping.csv is noted on each); star records carry the legacy district.
 * Lý Sơn (legacy district 536) had no communes in the legacy list; today it is Đặc khu Lý Sơn 21548.
 */
import type { DemoEntity, DemoFigure, DemoProduct, StarRecord, UnitRef } from './types';

const district = (code: string): UnitRef => ({ structure: 'legacy', code });
const current = (code: string): UnitRef => ({ structure: 'current', code });
const provincial = (stars: StarRecord['stars'], year: number, districtCode: string): StarRecord[] => [
  { stars, year, level: 'province', legacyUnit: district(districtCode) },
];

/** Legacy districts (admin-units-legacy.csv). */
const TRA_BONG = '525';
const SON_TINH = '527';
const TU_NGHIA = '528';
const MO_DUC = '533';
const DUC_PHO = '534';
const LY_SON = '536';

const OCOP_SHOPS_QNG =
  'Các điểm giới thiệu và bán sản phẩm OCOP tỉnh Quảng Ngãi; sàn thương mại điện tử quangngaitrade.gov.vn';

export const quangNgaiEntities: DemoEntity[] = [
  {
    // Lý Sơn island (legacy district 536, no communes) → Đặc khu Lý Sơn 21548.
    key: 'qng-phu-sinh',
    type: 'enterprise',
    legalForm: 'Công ty trách nhiệm hữu hạn',
    name: 'Công ty TNHH Thương mại và Dịch vụ Phú Sinh',
    taxCode: '4300581634',
    representative: 'Trương Văn Sinh',
    address: 'Thôn Tây An Vĩnh, đặc khu Lý Sơn, tỉnh Quảng Ngãi',
    unit: current('21548'),
    foundedYear: 2013,
    employees: 22,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['HACCP', 'ISO 22000'],
    phone: '0255 3867 214',
  },
  {
    // Legacy Xã Trà Sơn 21139 (Trà Bồng 525) → Xã Trà Bồng 21115.
    key: 'qng-huong-que-tra-bong',
    type: 'enterprise',
    legalForm: 'Công ty trách nhiệm hữu hạn',
    name: 'Công ty TNHH Hương Quế Trà Bồng',
    taxCode: '4300822375',
    representative: 'Đinh Thị Quế',
    address: 'Thôn Trà Bói (xã Trà Sơn cũ), xã Trà Bồng, tỉnh Quảng Ngãi',
    unit: current('21115'),
    foundedYear: 2018,
    employees: 18,
    womanLed: true,
    ethnicMinorityLed: true,
    certifications: ['ISO 9001:2015'],
    phone: '0255 3865 390',
  },
  {
    // Named "Hợp tác xã Nông nghiệp Sơn Trà - Trà Bồng" in the report ("- Trà Bồng" read as the
    // district). Legacy Xã Sơn Trà 21148 (Trà Bồng 525) → Xã Tây Trà 21154.
    key: 'qng-htx-son-tra',
    type: 'cooperative',
    name: 'Hợp tác xã Nông nghiệp Sơn Trà',
    taxCode: '4300911547',
    representative: 'Hồ Văn Trạch',
    address: 'Thôn Trà Lương (xã Sơn Trà cũ), xã Tây Trà, tỉnh Quảng Ngãi',
    unit: current('21154'),
    foundedYear: 2019,
    members: 32,
    employees: 8,
    womanLed: false,
    ethnicMinorityLed: true,
    certifications: [],
    phone: '0255 3866 127',
  },
  {
    // Legacy Xã Đức Nhuận 21409 (Mộ Đức 533) → Xã Long Phụng 21409.
    key: 'qng-htx-nam-duc-nhuan',
    type: 'cooperative',
    name: 'Hợp tác xã sản xuất và kinh doanh nấm Đức Nhuận',
    taxCode: '4300795266',
    representative: 'Nguyễn Văn Phong',
    address: 'Thôn Lâm Thượng (xã Đức Nhuận cũ), xã Long Phụng, tỉnh Quảng Ngãi',
    unit: current('21409'),
    foundedYear: 2011,
    members: 15,
    employees: 20,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['HACCP'],
    phone: '0255 3845 612',
  },
  {
    // Legacy Xã Tịnh Phong 21181 (Sơn Tịnh 527) → Xã Thọ Phong 21181.
    key: 'qng-nam-duoc-lieu-ninh-truong',
    type: 'enterprise',
    legalForm: 'Công ty TNHH một thành viên',
    name: 'Công ty TNHH một thành viên Nấm dược liệu Ninh Trương',
    taxCode: '4300884117',
    representative: 'Ninh Thị Trương',
    address: 'Khu công nghiệp Tịnh Phong (xã Tịnh Phong cũ), xã Thọ Phong, tỉnh Quảng Ngãi',
    unit: current('21181'),
    foundedYear: 2017,
    employees: 12,
    womanLed: true,
    ethnicMinorityLed: false,
    certifications: ['HACCP'],
    phone: '0255 3671 845',
  },
  {
    // Commune not given anywhere; placed (invented) in legacy Xã Nghĩa Kỳ 21250 (Tư Nghĩa 528)
    // → Xã Nghĩa Giang 21250.
    key: 'qng-htx-tho',
    type: 'cooperative',
    name: 'Hợp tác xã chăn nuôi thỏ Quảng Ngãi',
    taxCode: '4300128713',
    representative: 'Phạm Văn Hòa',
    address: 'Thôn Phú Văn (xã Nghĩa Kỳ cũ), xã Nghĩa Giang, tỉnh Quảng Ngãi',
    unit: current('21250'),
    foundedYear: 2016,
    members: 9,
    employees: 6,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['VietGAHP'],
    phone: '0255 3843 276',
  },
  {
    // The operator's name is invented (the report names only the site). Legacy Phường Phổ
    // Thạnh 21478 (thị xã Đức Phổ 534) → Phường Sa Huỳnh 21478.
    // Counted with the report's "cơ sở sản xuất/hộ kinh doanh" (its 2022 entities are only
    // enterprises, cooperatives and production units), so a production unit, not a cooperative group.
    key: 'qng-tht-du-lich-go-co',
    type: 'household',
    name: 'Cơ sở du lịch cộng đồng Làng Gò Cỏ',
    representative: 'Trần Thị Mai',
    address: 'Thôn Châu Me (phường Phổ Thạnh cũ), phường Sa Huỳnh, tỉnh Quảng Ngãi',
    unit: current('21478'),
    foundedYear: 2019,
    members: 25,
    womanLed: true,
    ethnicMinorityLed: false,
    certifications: [],
    phone: '0255 3956 118',
  },
];

export const quangNgaiProducts: DemoProduct[] = [
  {
    key: 'qng-toi-ly-son-phu-sinh',
    entityKey: 'qng-phu-sinh',
    name: 'Tỏi Lý Sơn Phú Sinh',
    groupCode: '1',
    subgroupCode: '1.2',
    description:
      'Tỏi cô đơn và tỏi nhiều tép trồng trên đất cát pha bazan của đảo Lý Sơn, phơi khô và phân loại thủ công. Tỏi có mùi thơm dịu, vị cay nồng, hậu ngọt.',
    story:
      'Người Lý Sơn trồng tỏi trên lớp cát biển phủ lên đất đỏ núi lửa, tưới bằng nước giếng ngọt; tỉnh Quảng Ngãi đang bảo vệ và phát huy chỉ dẫn địa lý "tỏi Lý Sơn".',
    rawMaterialOrigin: 'Vùng trồng tỏi của nông dân đảo Lý Sơn',
    packaging: 'Túi lưới 0,5 kg, hộp quà 1 kg',
    qualityStandard: 'Tiêu chuẩn cơ sở; HACCP',
    trademark: 'Phú Sinh',
    priceVnd: 180000,
    priceUnit: 'kg',
    whereToBuy: OCOP_SHOPS_QNG,
    stars: provincial(4, 2022, LY_SON),
  },
  {
    key: 'qng-toi-den-co-don-phu-sinh',
    entityKey: 'qng-phu-sinh',
    name: 'Tỏi đen cô đơn Phú Sinh',
    groupCode: '1',
    subgroupCode: '1.3',
    description:
      'Tỏi đen lên men tự nhiên từ tỏi cô đơn Lý Sơn trong 45-60 ngày, không dùng phụ gia. Tép tỏi mềm dẻo, vị ngọt chua nhẹ, ăn trực tiếp.',
    rawMaterialOrigin: 'Tỏi cô đơn Lý Sơn',
    packaging: 'Hũ thủy tinh 250 g, hộp quà 500 g',
    qualityStandard: 'Tiêu chuẩn cơ sở; HACCP; ISO 22000',
    trademark: 'Phú Sinh',
    priceVnd: 350000,
    priceUnit: 'hũ 250 g',
    whereToBuy: OCOP_SHOPS_QNG,
    stars: provincial(3, 2022, LY_SON),
  },
  {
    key: 'qng-cao-toi-den-phu-sinh',
    entityKey: 'qng-phu-sinh',
    name: 'Cao tỏi đen Phú Sinh',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Cao cô đặc chiết xuất từ tỏi đen Lý Sơn, dùng pha nước ấm uống hằng ngày. Sản phẩm đóng lọ nhỏ, tiện mang theo.',
    rawMaterialOrigin: 'Tỏi đen lên men từ tỏi Lý Sơn',
    packaging: 'Lọ thủy tinh 100 g',
    qualityStandard: 'Tiêu chuẩn cơ sở; HACCP; ISO 22000',
    trademark: 'Phú Sinh',
    priceVnd: 320000,
    priceUnit: 'lọ 100 g',
    whereToBuy: OCOP_SHOPS_QNG,
    stars: provincial(3, 2022, LY_SON),
  },
  {
    key: 'qng-tinh-dau-que-tra-bong',
    entityKey: 'qng-huong-que-tra-bong',
    name: 'Tinh dầu quế Trà Bồng',
    groupCode: '3',
    subgroupCode: '3.3',
    description:
      'Tinh dầu chưng cất từ vỏ và lá quế Trà Bồng, hàm lượng cinnamaldehyde cao, mùi thơm ấm. Dùng xông, khử mùi và pha dầu massage.',
    story:
      'Quế Trà Bồng là cây bản địa gắn với đời sống đồng bào Cor; năm 2022 tỉnh tổ chức hội thảo "Nâng tầm thương hiệu Quế Trà Bồng" để đưa sản phẩm quế ra thị trường lớn.',
    rawMaterialOrigin: 'Vỏ, lá quế từ vườn quế của đồng bào Cor ở Trà Bồng',
    packaging: 'Lọ thủy tinh 10 ml, 50 ml',
    qualityStandard: 'Tiêu chuẩn cơ sở; ISO 9001:2015',
    trademark: 'Hương Quế Trà Bồng',
    priceVnd: 120000,
    priceUnit: 'lọ 50 ml',
    whereToBuy: OCOP_SHOPS_QNG,
    stars: provincial(4, 2022, TRA_BONG),
  },
  {
    key: 'qng-my-nghe-vo-que-tra-bong',
    entityKey: 'qng-huong-que-tra-bong',
    name: 'Hàng thủ công mỹ nghệ từ vỏ quế Trà Bồng',
    groupCode: '4',
    subgroupCode: '4.1',
    description:
      'Tranh, hộp, lót ly và đồ trang trí làm thủ công từ vỏ quế Trà Bồng, giữ mùi thơm tự nhiên. Mỗi sản phẩm được cắt ghép và hoàn thiện bằng tay.',
    rawMaterialOrigin: 'Vỏ quế Trà Bồng',
    packaging: 'Hộp giấy kraft',
    qualityStandard: 'Tiêu chuẩn cơ sở',
    trademark: 'Hương Quế Trà Bồng',
    priceVnd: 250000,
    priceUnit: 'sản phẩm',
    whereToBuy: OCOP_SHOPS_QNG,
    stars: provincial(3, 2022, TRA_BONG),
  },
  {
    key: 'qng-que-thanh-son-tra',
    entityKey: 'qng-htx-son-tra',
    name: 'Quế thanh Sơn Trà',
    groupCode: '1',
    subgroupCode: '1.4',
    description:
      'Vỏ quế cạo sạch, cắt thanh và phơi khô, dùng làm gia vị và pha trà. Quế được thu hoạch từ vườn quế trên 10 năm tuổi của các thành viên hợp tác xã.',
    rawMaterialOrigin: 'Vườn quế của thành viên hợp tác xã, xã Sơn Trà cũ',
    packaging: 'Túi zip 200 g, bó 500 g',
    qualityStandard: 'Tiêu chuẩn cơ sở',
    trademark: 'Quế Trà Bồng',
    priceVnd: 60000,
    priceUnit: 'túi 200 g',
    whereToBuy: OCOP_SHOPS_QNG,
    stars: provincial(3, 2022, TRA_BONG),
  },
  {
    key: 'qng-nam-linh-chi-duc-nhuan',
    entityKey: 'qng-htx-nam-duc-nhuan',
    name: 'Nấm linh chi Đức Nhuận',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Nấm linh chi trồng trong nhà màng, không dùng chất kích thích tăng trưởng, phân bón hóa học hay chất bảo quản. Nấm được sấy khô, thái lát hoặc để nguyên tai.',
    story:
      'Hợp tác xã thành lập năm 2011 và là cơ sở đầu tiên trồng nấm linh chi quy mô lớn tại Quảng Ngãi, tạo việc làm thường xuyên cho lao động trong xã.',
    rawMaterialOrigin: 'Trại nấm của hợp tác xã',
    packaging: 'Túi zip 250 g, hộp quà 500 g',
    qualityStandard: 'Tiêu chuẩn cơ sở; HACCP',
    trademark: 'Nấm Đức Nhuận',
    priceVnd: 450000,
    priceUnit: 'túi 250 g',
    whereToBuy: OCOP_SHOPS_QNG,
    stars: provincial(4, 2022, MO_DUC),
  },
  {
    key: 'qng-nam-bao-ngu-duc-nhuan',
    entityKey: 'qng-htx-nam-duc-nhuan',
    name: 'Nấm bào ngư Đức Nhuận',
    groupCode: '1',
    subgroupCode: '1.1',
    description:
      'Nấm bào ngư tươi thu hái hằng ngày, đóng khay và giao trong ngày cho cửa hàng, bếp ăn. Nấm dày thịt, giòn, ngọt.',
    rawMaterialOrigin: 'Trại nấm của hợp tác xã',
    packaging: 'Khay 300 g bọc màng',
    qualityStandard: 'Tiêu chuẩn cơ sở; HACCP',
    trademark: 'Nấm Đức Nhuận',
    priceVnd: 25000,
    priceUnit: 'khay 300 g',
    whereToBuy: 'Chợ và cửa hàng thực phẩm sạch tại Quảng Ngãi; ' + OCOP_SHOPS_QNG,
    stars: provincial(3, 2022, MO_DUC),
  },
  {
    key: 'qng-dong-trung-ha-thao-sonita',
    entityKey: 'qng-nam-duoc-lieu-ninh-truong',
    name: 'Đông trùng hạ thảo khô Sonita',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Đông trùng hạ thảo nuôi cấy trong phòng sạch, sấy thăng hoa giữ nguyên hoạt chất. Dùng hãm trà, ngâm mật ong hoặc nấu món ăn bồi bổ.',
    rawMaterialOrigin: 'Nuôi cấy tại cơ sở của doanh nghiệp',
    packaging: 'Hộp thủy tinh 10 g, 20 g',
    qualityStandard: 'Tiêu chuẩn cơ sở; HACCP',
    trademark: 'Sonita',
    priceVnd: 550000,
    priceUnit: 'hộp 10 g',
    whereToBuy: OCOP_SHOPS_QNG,
    stars: provincial(3, 2022, SON_TINH),
  },
  {
    key: 'qng-thit-tho-quang-ngai',
    entityKey: 'qng-htx-tho',
    name: 'Thịt thỏ Quảng Ngãi',
    groupCode: '1',
    subgroupCode: '1.1',
    description:
      'Thịt thỏ tươi từ đàn thỏ nuôi theo quy trình an toàn sinh học của hợp tác xã, giết mổ tập trung và đóng gói hút chân không. Thịt trắng, ít mỡ, giàu đạm.',
    rawMaterialOrigin: 'Chuồng nuôi của các thành viên hợp tác xã',
    packaging: 'Túi hút chân không 1 kg',
    qualityStandard: 'VietGAHP',
    priceVnd: 160000,
    priceUnit: 'kg',
    whereToBuy: 'Nhà hàng và cửa hàng thực phẩm tại thành phố Quảng Ngãi',
    stars: provincial(3, 2022, TU_NGHIA),
  },
  {
    key: 'qng-du-lich-lang-go-co',
    entityKey: 'qng-tht-du-lich-go-co',
    name: 'Du lịch cộng đồng Làng Gò Cỏ',
    groupCode: '6',
    subgroupCode: '6.1',
    description:
      'Điểm du lịch cộng đồng ở làng cổ ven biển Sa Huỳnh, gắn với những ngôi nhà đá, giếng cổ và bãi biển hoang sơ. Du khách ở nhà dân, thưởng thức ẩm thực biển và tìm hiểu văn hóa Sa Huỳnh.',
    story:
      'Làng Gò Cỏ nằm trong vùng di chỉ văn hóa Sa Huỳnh, người dân cùng nhau giữ gìn nhà cổ, cảnh quan và đón khách theo mô hình du lịch cộng đồng.',
    priceVnd: 250000,
    priceUnit: 'khách/ngày (ăn, nghỉ tại nhà dân)',
    whereToBuy: 'Đặt trực tiếp tại làng hoặc qua các công ty lữ hành tại Quảng Ngãi',
    stars: provincial(3, 2022, DUC_PHO),
  },
];

/** The 2022 report gives no per-product business figures. */
export const quangNgaiFigures: DemoFigure[] = [];
