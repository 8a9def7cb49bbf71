/**
 * Demo data — Nghệ An (province 40), OCOP period 2019–2020.
 *
 * Source: magazine article "Chương trình OCOP phát triển kinh tế nông nghiệp, nông thôn"
 * (Đặc san KH-CN Nghệ An 1/2022; shared seeds 003_f2226bea713b3beb.txt), which names products,
 * their producers, communes and star classes for Yên Thành, Quỳnh Lưu and Con Cuông.
 * - The extraction interleaves the columns: the paragraph with Quỳnh Lương, Quỳnh Tam,
 *   Quỳnh Bảng... sits under the "huyện Con Cuông" heading but is Quỳnh Lưu's (8 products:
 *   3×4★ of Công ty CP Công nghệ tảo Việt Nam, 5×3★); the tourism villages bản Nưa and bản Khe
 *   Rạn are Con Cuông's.
 * - "Tổ hợp tác bươu đen Đức Thành" is read as "Tổ hợp tác ốc bươu đen Đức Thành".
 * - The article only gives the period 2019–2020; the demo records the recognition in 2020.
 * - The organisation running bản Nưa's community tourism is not named; its name is invented.
 * Tax codes, representatives, phones, head-counts and prices are fictional.
 *
 * Units: entity units are CURRENT communes. Quỳnh Lương had already been merged into Xã Minh
 * Lương 17176 in the legacy list (2025-03); Minh Lương and Quỳnh Bảng → Xã Quỳnh Anh 17176.
 * Vĩnh Thành 17587 → Xã Hợp Minh 17605; Minh Thành 17581 → Xã Vân Du 17560; Đức Thành 17518 →
 * Xã Bình Minh 17515; Yên Khê 17257 → Xã Con Cuông 17254 (admin-units-mapping.csv).
 */
import type { DemoEntity, DemoFigure, DemoProduct, StarRecord, UnitRef } from './types';

const current = (code: string): UnitRef => ({ structure: 'current', code });
const provincial = (stars: StarRecord['stars'], year: number, districtCode: string): StarRecord[] => [
  { stars, year, level: 'province', legacyUnit: { structure: 'legacy', code: districtCode } },
];

/** Legacy districts (admin-units-legacy.csv). */
const QUYNH_LUU = '421';
const CON_CUONG = '422';
const YEN_THANH = '426';

const OCOP_SHOPS_NA = 'Các cửa hàng giới thiệu và bán sản phẩm OCOP Nghệ An; hội chợ OCOP tỉnh Nghệ An';

export const ngheAnEntities: DemoEntity[] = [
  {
    key: 'na-cong-nghe-tao-viet-nam',
    type: 'enterprise',
    legalForm: 'Công ty cổ phần',
    name: 'Công ty cổ phần Công nghệ tảo Việt Nam',
    taxCode: '2900473154',
    representative: 'Hồ Sỹ Dũng',
    address: 'Xóm 5 (xã Quỳnh Lương cũ), xã Quỳnh Anh, tỉnh Nghệ An',
    unit: current('17176'),
    foundedYear: 2009,
    employees: 40,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['ISO 22000', 'HACCP'],
    phone: '0238 3641 275',
  },
  {
    key: 'na-khcn-vinh-hoa',
    type: 'enterprise',
    legalForm: 'Công ty trách nhiệm hữu hạn',
    name: 'Công ty TNHH Khoa học Công nghệ Vĩnh Hòa',
    taxCode: '2901152844',
    representative: 'Nguyễn Thị Hòa',
    address: 'Xóm 3 (xã Vĩnh Thành cũ), xã Hợp Minh, tỉnh Nghệ An',
    unit: current('17605'),
    foundedYear: 2017,
    employees: 10,
    womanLed: true,
    ethnicMinorityLed: false,
    certifications: [],
    phone: '0238 3863 419',
  },
  {
    key: 'na-htx-minh-thanh',
    type: 'cooperative',
    name: 'Hợp tác xã Nông nghiệp và Dịch vụ Minh Thành',
    taxCode: '2902238565',
    representative: 'Phan Văn Minh',
    address: 'Xóm 7 (xã Minh Thành cũ), xã Vân Du, tỉnh Nghệ An',
    unit: current('17560'),
    foundedYear: 2016,
    members: 48,
    employees: 7,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['VietGAP'],
    phone: '0238 3865 204',
  },
  {
    key: 'na-tht-oc-buou-den-duc-thanh',
    type: 'cooperative_group',
    name: 'Tổ hợp tác ốc bươu đen Đức Thành',
    representative: 'Trần Văn Đức',
    address: 'Xóm 2 (xã Đức Thành cũ), xã Bình Minh, tỉnh Nghệ An',
    unit: current('17515'),
    foundedYear: 2018,
    members: 12,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: [],
    phone: '0238 3866 318',
  },
  {
    key: 'na-ga-thao-moc-hao-hang',
    type: 'enterprise',
    legalForm: 'Công ty cổ phần',
    name: 'Công ty cổ phần Thực phẩm gà thảo mộc Hảo Hạng',
    taxCode: '2901734024',
    representative: 'Hồ Văn Hảo',
    address: 'Xóm 4 (xã Quỳnh Bảng cũ), xã Quỳnh Anh, tỉnh Nghệ An',
    unit: current('17176'),
    foundedYear: 2018,
    employees: 15,
    womanLed: false,
    ethnicMinorityLed: false,
    certifications: ['VietGAHP'],
    phone: '0238 3642 157',
  },
  {
    key: 'na-tht-du-lich-ban-nua',
    type: 'cooperative_group',
    name: 'Tổ hợp tác du lịch cộng đồng bản Nưa',
    representative: 'Lô Thị Hương',
    address: 'Bản Nưa (xã Yên Khê cũ), xã Con Cuông, tỉnh Nghệ An',
    unit: current('17254'),
    foundedYear: 2018,
    members: 20,
    womanLed: true,
    ethnicMinorityLed: true,
    certifications: [],
    phone: '0238 3873 226',
  },
];

export const ngheAnProducts: DemoProduct[] = [
  {
    key: 'na-tao-xoan-spirulina-michio',
    entityKey: 'na-cong-nghe-tao-viet-nam',
    name: 'Tảo xoắn Spirulina Michio',
    groupCode: '3',
    subgroupCode: '3.1',
    description:
      'Tảo xoắn Spirulina nuôi trong hệ thống bể kín ven biển Quỳnh Lưu, sấy và ép viên. Sản phẩm giàu đạm thực vật, vitamin và khoáng chất, dùng bổ sung dinh dưỡng hằng ngày.',
    story:
      'Tảo xoắn Quỳnh Lưu là một trong những chuỗi giá trị khép kín tiêu biểu của chương trình OCOP Nghệ An, ứng dụng công nghệ cao từ khâu nuôi trồng đến chế biến.',
    rawMaterialOrigin: 'Trại nuôi tảo của doanh nghiệp tại Quỳnh Lưu',
    packaging: 'Lọ 500 viên, hộp giấy',
    qualityStandard: 'Tiêu chuẩn cơ sở; ISO 22000',
    trademark: 'Michio',
    priceVnd: 450000,
    priceUnit: 'lọ 500 viên',
    whereToBuy: OCOP_SHOPS_NA,
    stars: provincial(4, 2020, QUYNH_LUU),
  },
  {
    key: 'na-ruou-dong-trung-ha-thao',
    entityKey: 'na-cong-nghe-tao-viet-nam',
    name: 'Rượu đông trùng hạ thảo',
    groupCode: '2',
    subgroupCode: '2.1',
    description:
      'Rượu ngâm đông trùng hạ thảo nuôi cấy tại cơ sở với rượu nếp chưng cất. Rượu màu vàng cam, hương thơm nhẹ, dùng bồi bổ sức khỏe.',
    rawMaterialOrigin: 'Đông trùng hạ thảo nuôi cấy tại doanh nghiệp; rượu nếp Nghệ An',
    packaging: 'Bình thủy tinh 500 ml, hộp quà',
    qualityStandard: 'QCVN 6-3:2010/BYT',
    trademark: 'Michio',
    priceVnd: 550000,
    priceUnit: 'bình 500 ml',
    whereToBuy: OCOP_SHOPS_NA,
    stars: provincial(4, 2020, QUYNH_LUU),
  },
  {
    key: 'na-trung-ga-thao-moc-tao-xoan',
    entityKey: 'na-ga-thao-moc-hao-hang',
    name: 'Trứng gà thảo mộc tảo xoắn',
    groupCode: '1',
    subgroupCode: '1.1',
    description:
      'Trứng của đàn gà ăn thức ăn phối trộn thảo mộc và tảo xoắn Spirulina, lòng đỏ đậm màu. Trứng được làm sạch, đóng hộp và in ngày đẻ.',
    rawMaterialOrigin: 'Trại gà của doanh nghiệp tại Quỳnh Lưu; tảo xoắn Quỳnh Lưu',
    packaging: 'Hộp 10 quả',
    qualityStandard: 'VietGAHP',
    priceVnd: 45000,
    priceUnit: 'hộp 10 quả',
    whereToBuy: 'Siêu thị và cửa hàng thực phẩm sạch tại Vinh; ' + OCOP_SHOPS_NA,
    stars: provincial(3, 2020, QUYNH_LUU),
  },
  {
    key: 'na-tra-thao-duoc-vinh-hoa',
    entityKey: 'na-khcn-vinh-hoa',
    name: 'Trà thảo dược Vĩnh Hòa',
    groupCode: '1',
    subgroupCode: '1.5',
    description:
      'Trà túi lọc phối trộn các loại thảo dược trồng tại Yên Thành, sấy lạnh giữ hương vị. Trà thanh nhiệt, dễ uống, dùng thay nước hằng ngày.',
    rawMaterialOrigin: 'Vườn thảo dược liên kết với nông dân Yên Thành',
    packaging: 'Hộp 25 túi lọc',
    qualityStandard: 'Tiêu chuẩn cơ sở',
    trademark: 'Vĩnh Hòa',
    priceVnd: 70000,
    priceUnit: 'hộp 25 túi lọc',
    whereToBuy: OCOP_SHOPS_NA,
    stars: provincial(3, 2020, YEN_THANH),
  },
  {
    key: 'na-cam-vinh-minh-thanh',
    entityKey: 'na-htx-minh-thanh',
    name: 'Cam Vinh',
    groupCode: '1',
    subgroupCode: '1.1',
    description:
      'Cam Vinh trồng trên đồi đất đỏ của Yên Thành theo quy trình VietGAP, quả mọng nước, vị ngọt thanh, thơm đặc trưng. Cam được thu hái đúng độ chín và dán tem truy xuất nguồn gốc.',
    rawMaterialOrigin: 'Vườn cam của thành viên hợp tác xã, xã Minh Thành cũ',
    packaging: 'Thùng carton 10 kg, túi lưới 3 kg',
    qualityStandard: 'VietGAP',
    trademark: 'Cam Vinh',
    priceVnd: 40000,
    priceUnit: 'kg',
    whereToBuy: 'Tại vườn và các đại lý trái cây tại Vinh; ' + OCOP_SHOPS_NA,
    stars: provincial(3, 2020, YEN_THANH),
  },
  {
    key: 'na-oc-buou-den-duc-thanh',
    entityKey: 'na-tht-oc-buou-den-duc-thanh',
    name: 'Ốc bươu đen Đức Thành',
    groupCode: '1',
    subgroupCode: '1.1',
    description:
      'Ốc bươu đen nuôi trong ao ruộng sạch của các thành viên tổ hợp tác, không dùng thức ăn công nghiệp. Ốc chắc thịt, giòn, bán tươi sống theo đơn đặt hàng.',
    rawMaterialOrigin: 'Ao nuôi của thành viên tổ hợp tác, xã Đức Thành cũ',
    packaging: 'Túi lưới 1 kg, thùng xốp',
    qualityStandard: 'Tiêu chuẩn cơ sở',
    priceVnd: 60000,
    priceUnit: 'kg',
    whereToBuy: 'Nhà hàng và chợ đầu mối tại Yên Thành, Vinh',
    stars: provincial(3, 2020, YEN_THANH),
  },
  {
    key: 'na-du-lich-ban-nua',
    entityKey: 'na-tht-du-lich-ban-nua',
    name: 'Du lịch cộng đồng bản Nưa',
    groupCode: '6',
    subgroupCode: '6.1',
    description:
      'Bản du lịch cộng đồng của đồng bào Thái ven Vườn quốc gia Pù Mát, với nhà sàn, dệt thổ cẩm, ẩm thực và các điệu múa cổ truyền. Du khách lưu trú tại nhà dân, trải nghiệm đời sống bản làng.',
    story:
      'Cùng với bản Khe Rạn và bản Hoa Tiến, bản Nưa gắn nghề dệt thổ cẩm với du lịch cộng đồng, tạo việc làm thường xuyên cho phụ nữ và đồng bào dân tộc thiểu số.',
    priceVnd: 300000,
    priceUnit: 'khách/ngày (ăn, nghỉ tại nhà sàn)',
    whereToBuy: 'Đặt trực tiếp tại bản hoặc qua các công ty lữ hành tại Vinh',
    stars: provincial(3, 2020, CON_CUONG),
  },
];

/** The article gives no per-product business figures. */
export const ngheAnFigures: DemoFigure[] = [];
