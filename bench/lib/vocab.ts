/**
 * Word lists for the synthetic data set: Vietnamese names with diacritics, composed the way
 * real OCOP producers and products are named ("Hợp tác xã Nông nghiệp …", "Mật ong rừng …").
 */

export interface SubgroupVocab {
  /** Weight among all products (roughly the shares of the real programme: food first). */
  weight: number;
  /** Product name stems; a place or brand is appended. */
  stems: string[];
  /** Word used in the name of a cooperative specialised in this subgroup. */
  coopWord: string;
  /** Unit of the yearly output figure. */
  outputUnit: string;
  /** Typical price in VND and its unit. */
  price: [number, string];
  packaging: string[];
  rawMaterial: string;
}

export const SUBGROUPS: Record<string, SubgroupVocab> = {
  '1.1': {
    weight: 12,
    stems: ['Bưởi da xanh', 'Cam sành', 'Vải thiều', 'Nhãn lồng', 'Thanh long ruột đỏ', 'Xoài cát', 'Măng cụt', 'Trứng gà ác', 'Dưa lưới', 'Na dai', 'Sầu riêng', 'Chuối tiêu hồng', 'Gà đồi', 'Bơ sáp', 'Dứa Queen', 'Khoai lang mật', 'Rau má', 'Chanh leo'],
    coopWord: 'Nông nghiệp',
    outputUnit: 'tấn',
    price: [60_000, 'đồng/kg'],
    packaging: ['Thùng carton 10 kg', 'Túi lưới 5 kg', 'Hộp quà 2 kg'],
    rawMaterial: 'Vườn của thành viên hợp tác xã',
  },
  '1.2': {
    weight: 12,
    stems: ['Gạo ST25', 'Gạo nếp cái hoa vàng', 'Mật ong rừng', 'Mật ong hoa nhãn', 'Mật ong bạc hà', 'Gạo lứt đỏ', 'Hạt điều', 'Lạc đỏ', 'Đậu tương', 'Hạt mắc ca', 'Nấm hương rừng', 'Mộc nhĩ', 'Gạo Séng Cù', 'Hạt sen'],
    coopWord: 'Dịch vụ Nông nghiệp',
    outputUnit: 'tấn',
    price: [45_000, 'đồng/kg'],
    packaging: ['Túi hút chân không 2 kg', 'Bao 5 kg', 'Chai thủy tinh 500 ml', 'Hộp giấy 1 kg'],
    rawMaterial: 'Vùng nguyên liệu tại địa phương',
  },
  '1.3': {
    weight: 20,
    stems: ['Chả mực', 'Nem chua', 'Giò bê', 'Miến dong', 'Bánh đa nem', 'Bánh chưng', 'Mứt gừng', 'Cá khô', 'Tôm khô', 'Lạp xưởng', 'Bún khô', 'Bánh phồng tôm', 'Kẹo lạc', 'Ruốc cá hồi', 'Sữa chua', 'Thịt trâu gác bếp', 'Bánh cáy', 'Chè lam', 'Mực một nắng', 'Bánh gai', 'Xúc xích', 'Khô gà lá chanh'],
    coopWord: 'Chế biến Nông sản',
    outputUnit: 'tấn',
    price: [180_000, 'đồng/kg'],
    packaging: ['Hộp nhựa 500 g', 'Túi hút chân không 300 g', 'Hộp giấy 250 g'],
    rawMaterial: 'Nguyên liệu thu mua từ nông hộ trong xã',
  },
  '1.4': {
    weight: 6,
    stems: ['Nước mắm', 'Nước mắm cá cơm', 'Tương bần', 'Tương ớt', 'Muối tôm', 'Tiêu đen', 'Mắm tôm', 'Muối ớt xanh', 'Sa tế', 'Bột nghệ', 'Mắm ruốc'],
    coopWord: 'Chế biến Hải sản',
    outputUnit: 'nghìn lít',
    price: [90_000, 'đồng/chai 500 ml'],
    packaging: ['Chai thủy tinh 500 ml', 'Chai nhựa 1 lít', 'Hũ 200 g'],
    rawMaterial: 'Cá cơm và muối biển của ngư dân địa phương',
  },
  '1.5': {
    weight: 9,
    stems: ['Chè shan tuyết', 'Chè búp', 'Trà xanh', 'Trà hoa vàng', 'Trà atiso', 'Trà túi lọc', 'Trà sen', 'Chè móc câu', 'Trà đinh', 'Trà mãng cầu', 'Chè vằng'],
    coopWord: 'Chè',
    outputUnit: 'tấn',
    price: [400_000, 'đồng/kg'],
    packaging: ['Hộp thiếc 200 g', 'Túi zip 500 g', 'Hộp quà 100 g'],
    rawMaterial: 'Đồi chè của thành viên',
  },
  '1.6': {
    weight: 4,
    stems: ['Cà phê Robusta', 'Cà phê Arabica', 'Cà phê rang xay', 'Ca cao nguyên chất', 'Cà phê hòa tan', 'Socola', 'Cà phê chồn'],
    coopWord: 'Cà phê',
    outputUnit: 'tấn',
    price: [250_000, 'đồng/kg'],
    packaging: ['Túi van một chiều 500 g', 'Hộp 250 g'],
    rawMaterial: 'Vườn cà phê của nông hộ',
  },
  '2.1': {
    weight: 6,
    stems: ['Rượu ba kích', 'Rượu nếp cẩm', 'Rượu ngô men lá', 'Rượu chuối hột', 'Rượu sim', 'Rượu mơ', 'Rượu gạo', 'Rượu táo mèo', 'Rượu đinh lăng', 'Rượu mắc khén'],
    coopWord: 'Sản xuất Rượu',
    outputUnit: 'nghìn lít',
    price: [150_000, 'đồng/chai 500 ml'],
    packaging: ['Chai thủy tinh 500 ml', 'Bình gốm 1 lít'],
    rawMaterial: 'Gạo nếp và men lá truyền thống',
  },
  '2.2': {
    weight: 3,
    stems: ['Nước khoáng', 'Nước ép dứa', 'Nước cốt gừng', 'Sữa đậu nành', 'Nước mía', 'Nước yến', 'Nước uống đóng chai', 'Siro chanh leo'],
    coopWord: 'Đồ uống',
    outputUnit: 'nghìn lít',
    price: [15_000, 'đồng/chai'],
    packaging: ['Chai nhựa 500 ml', 'Lon 330 ml'],
    rawMaterial: 'Nguồn nước và trái cây địa phương',
  },
  '3.1': {
    weight: 8,
    stems: ['Cao dược liệu', 'Tinh bột nghệ', 'Đông trùng hạ thảo', 'Yến sào', 'Cao actiso', 'Nấm linh chi', 'Sâm', 'Trà giảo cổ lam', 'Cao hà thủ ô', 'Viên hoàn cứng'],
    coopWord: 'Dược liệu',
    outputUnit: 'tấn',
    price: [600_000, 'đồng/hộp'],
    packaging: ['Hộp 100 g', 'Lọ thủy tinh 50 g'],
    rawMaterial: 'Vùng trồng dược liệu đạt GACP',
  },
  '3.2': {
    weight: 2,
    stems: ['Xà phòng thảo dược', 'Dầu gội bồ kết', 'Son dưỡng', 'Kem nghệ', 'Nước hoa bưởi'],
    coopWord: 'Thảo dược',
    outputUnit: 'nghìn sản phẩm',
    price: [120_000, 'đồng/chai'],
    packaging: ['Chai 300 ml', 'Hộp 100 g'],
    rawMaterial: 'Thảo dược trồng tại địa phương',
  },
  '3.3': {
    weight: 3,
    stems: ['Tinh dầu quế', 'Tinh dầu sả chanh', 'Tinh dầu tràm', 'Tinh dầu bưởi', 'Tinh dầu hồi', 'Tinh dầu bạc hà'],
    coopWord: 'Tinh dầu',
    outputUnit: 'nghìn lít',
    price: [200_000, 'đồng/lọ 100 ml'],
    packaging: ['Lọ thủy tinh 10 ml', 'Lọ 100 ml'],
    rawMaterial: 'Rừng quế, hồi của đồng bào',
  },
  '4.1': {
    weight: 5,
    stems: ['Mây tre đan', 'Gốm', 'Chiếu cói', 'Tranh thêu', 'Đồ gỗ mỹ nghệ', 'Nón lá', 'Sơn mài', 'Đèn lồng', 'Đũa tre', 'Giỏ lục bình'],
    coopWord: 'Thủ công Mỹ nghệ',
    outputUnit: 'nghìn sản phẩm',
    price: [350_000, 'đồng/sản phẩm'],
    packaging: ['Hộp carton', 'Túi vải'],
    rawMaterial: 'Tre, mây, cói khai thác tại chỗ',
  },
  '4.2': {
    weight: 2,
    stems: ['Thổ cẩm', 'Lụa tơ tằm', 'Khăn lanh', 'Áo dài lụa', 'Vải lanh', 'Túi thổ cẩm'],
    coopWord: 'Dệt',
    outputUnit: 'nghìn mét',
    price: [500_000, 'đồng/sản phẩm'],
    packaging: ['Hộp giấy', 'Túi vải'],
    rawMaterial: 'Sợi lanh, tơ tằm của đồng bào',
  },
  '5.1': {
    weight: 1,
    stems: ['Hoa lan hồ điệp', 'Hoa đào', 'Hoa cúc', 'Hoa hồng', 'Hoa ly'],
    coopWord: 'Hoa',
    outputUnit: 'nghìn cành',
    price: [250_000, 'đồng/chậu'],
    packaging: ['Chậu sứ', 'Bó 10 cành'],
    rawMaterial: 'Vườn ươm của hợp tác xã',
  },
  '5.2': {
    weight: 0.6,
    stems: ['Cây cảnh bonsai', 'Mai vàng', 'Quất cảnh', 'Lan rừng', 'Cây sanh'],
    coopWord: 'Sinh vật cảnh',
    outputUnit: 'nghìn cây',
    price: [1_500_000, 'đồng/cây'],
    packaging: ['Chậu'],
    rawMaterial: 'Vườn ươm',
  },
  '5.3': {
    weight: 0.3,
    stems: ['Cá Koi', 'Chim cảnh', 'Cá cảnh', 'Gà tre cảnh'],
    coopWord: 'Sinh vật cảnh',
    outputUnit: 'nghìn con',
    price: [800_000, 'đồng/con'],
    packaging: ['Túi oxy', 'Lồng'],
    rawMaterial: 'Trại giống',
  },
  '6.1': {
    weight: 3,
    stems: ['Du lịch cộng đồng', 'Homestay', 'Điểm du lịch sinh thái', 'Làng nghề', 'Khu du lịch', 'Trải nghiệm nông nghiệp'],
    coopWord: 'Du lịch Cộng đồng',
    outputUnit: 'nghìn lượt khách',
    price: [300_000, 'đồng/khách'],
    packaging: ['Gói dịch vụ'],
    rawMaterial: 'Cảnh quan và văn hóa bản địa',
  },
};

export const NAME_SUFFIXES = ['loại đặc biệt', 'cao cấp', 'truyền thống', 'hữu cơ', 'thượng hạng', 'gia truyền', 'sạch'];

export const BRANDS = [
  'Sao Việt', 'Phúc Lộc', 'An Phát', 'Hưng Thịnh', 'Thành Đạt', 'Minh Châu', 'Hoàng Gia', 'Đại Phong', 'Bảo Ngọc', 'Tân Tiến',
  'Việt Xanh', 'Hồng Hà', 'Kim Long', 'Thiên Phú', 'Trường Sơn', 'Nam Việt', 'Hải Đăng', 'Đông Á', 'Mộc Lan', 'Xuân Mai',
  'Hương Quê', 'Bình Minh', 'Lộc Phát', 'Quê Hương', 'Tâm Đức', 'Thảo Nguyên', 'Ngọc Linh', 'Núi Rừng', 'Đồng Xanh', 'Sông Hồng',
  'Phú Quý', 'Vạn Xuân', 'Hòa Bình', 'Thịnh Vượng', 'Cát Tường', 'Lạc Hồng', 'Tây Bắc', 'Miền Tây', 'Đất Việt', 'Mê Kông',
];

export const ENTERPRISE_FORMS: Array<{ prefix: string; legalForm: string }> = [
  { prefix: 'Công ty TNHH', legalForm: 'Công ty trách nhiệm hữu hạn' },
  { prefix: 'Công ty TNHH MTV', legalForm: 'Công ty trách nhiệm hữu hạn một thành viên' },
  { prefix: 'Công ty Cổ phần', legalForm: 'Công ty cổ phần' },
  { prefix: 'Công ty TNHH Thương mại và Dịch vụ', legalForm: 'Công ty trách nhiệm hữu hạn' },
  { prefix: 'Công ty Cổ phần Đầu tư', legalForm: 'Công ty cổ phần' },
];

/** Repeated entries weigh more: most cooperatives are just "Hợp tác xã <trade> <place>". */
export const COOP_PREFIXES = ['Hợp tác xã', 'Hợp tác xã', 'Hợp tác xã', 'Hợp tác xã Sản xuất và Kinh doanh'];

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Hà', 'Lò', 'Triệu', 'Đinh'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Thu', 'Xuân', 'Kim', 'Công'];
export const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong',
  'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thủy', 'Trang', 'Trung', 'Tuấn', 'Vân', 'Yến', 'Đạt', 'Khánh', 'Lợi', 'Nhung', 'Oanh',
];

export const CERTIFICATIONS = ['VietGAP', 'GlobalGAP', 'Hữu cơ (TCVN 11041)', 'HACCP', 'ISO 22000', 'ISO 9001', 'GMP'];

export const VILLAGE_WORDS = ['Thôn', 'Bản', 'Xóm', 'Ấp', 'Tổ dân phố'];
