/**
 * What each kind of import reads: its columns, the ways provinces head them, which are
 * required. Labels are message keys `imports.field.<key>`.
 */
export const IMPORT_KINDS = ['entities', 'products', 'certificates', 'figures', 'activities'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface FieldSpec {
  key: string;
  required?: boolean;
  /** Headers as provinces write them (compared without accents, case or punctuation). */
  synonyms: readonly string[];
  /** Values to offer in the template's drop-down list (resolved by the template builder). */
  list?: 'entityType' | 'stars' | 'level' | 'group' | 'activityKind';
}

const entityName: FieldSpec = {
  key: 'entityName', required: true,
  synonyms: ['Tên chủ thể', 'Chủ thể', 'Tên doanh nghiệp/HTX', 'Tên doanh nghiệp', 'Tên HTX', 'Tên cơ sở', 'Cơ sở sản xuất', 'Đơn vị sản xuất', 'Chủ thể OCOP', 'Tên chủ thể OCOP', 'Tên tổ chức', 'Entity', 'Entity name', 'Producer'],
};
const taxCode: FieldSpec = { key: 'taxCode', synonyms: ['Mã số thuế', 'MST', 'Mã số doanh nghiệp', 'Mã số DN', 'MSDN', 'Mã số HTX', 'Tax code'] };
const entityType: FieldSpec = { key: 'entityType', list: 'entityType', synonyms: ['Loại hình', 'Loại hình chủ thể', 'Loại hình tổ chức', 'Hình thức tổ chức', 'Loại chủ thể', 'Entity type', 'Type'] };
const representative: FieldSpec = { key: 'representative', synonyms: ['Người đại diện', 'Đại diện', 'Người đại diện theo pháp luật', 'Chủ cơ sở', 'Chủ hộ', 'Giám đốc', 'Representative'] };
const address: FieldSpec = { key: 'address', synonyms: ['Địa chỉ', 'Địa chỉ chủ thể', 'Địa chỉ trụ sở', 'Trụ sở', 'Address'] };
const commune: FieldSpec = { key: 'commune', required: true, synonyms: ['Xã', 'Xã/phường', 'Xã, phường', 'Xã/phường/thị trấn', 'Phường/xã', 'Đơn vị hành chính cấp xã', 'Địa bàn', 'Commune', 'Ward'] };
const district: FieldSpec = { key: 'district', synonyms: ['Huyện', 'Huyện/thị xã/thành phố', 'Huyện/TX/TP', 'Quận/huyện', 'Cấp huyện', 'District'] };
const province: FieldSpec = { key: 'province', synonyms: ['Tỉnh', 'Tỉnh/thành phố', 'Tỉnh/TP', 'Province'] };
const phone: FieldSpec = { key: 'phone', synonyms: ['Điện thoại', 'Số điện thoại', 'SĐT', 'ĐT', 'Phone'] };
const email: FieldSpec = { key: 'email', synonyms: ['Email', 'E-mail', 'Thư điện tử'] };
const foundedYear: FieldSpec = { key: 'foundedYear', synonyms: ['Năm thành lập', 'Năm thành lập chủ thể', 'Founded'] };
const productName: FieldSpec = { key: 'productName', required: true, synonyms: ['Tên sản phẩm', 'Sản phẩm', 'Tên SP', 'Tên sản phẩm OCOP', 'Sản phẩm OCOP', 'Product', 'Product name'] };
const group: FieldSpec = { key: 'group', required: true, list: 'group', synonyms: ['Nhóm sản phẩm', 'Nhóm', 'Nhóm ngành', 'Ngành hàng', 'Bộ sản phẩm', 'Phân nhóm', 'Nhóm/phân nhóm', 'Product group', 'Group'] };
const stars: FieldSpec = { key: 'stars', list: 'stars', synonyms: ['Hạng sao', 'Số sao', 'Hạng', 'Xếp hạng', 'Kết quả xếp hạng', 'Hạng OCOP', 'Phân hạng', 'Kết quả đánh giá', 'Stars', 'Star class', 'Star rating'] };
const recognitionYear: FieldSpec = { key: 'recognitionYear', synonyms: ['Năm công nhận', 'Năm đánh giá', 'Năm', 'Năm được công nhận', 'Năm xếp hạng', 'Year recognised', 'Year'] };
const decision: FieldSpec = { key: 'decision', synonyms: ['Số QĐ', 'Số quyết định', 'Quyết định', 'Quyết định công nhận', 'Số QĐ công nhận', 'QĐ công nhận', 'Decision', 'Decision number'] };
const decisionDate: FieldSpec = { key: 'decisionDate', synonyms: ['Ngày QĐ', 'Ngày quyết định', 'Ngày ban hành', 'Ngày ký', 'Ngày công nhận', 'Decision date'] };
const level: FieldSpec = { key: 'level', list: 'level', synonyms: ['Cấp', 'Cấp công nhận', 'Cấp đánh giá', 'Cấp tổ chức đánh giá', 'Level'] };
const price: FieldSpec = { key: 'price', synonyms: ['Giá bán', 'Giá', 'Giá bán lẻ', 'Đơn giá', 'Price'] };

export const IMPORT_FIELDS: Record<ImportKind, readonly FieldSpec[]> = {
  entities: [
    { ...entityName }, taxCode, entityType, { ...representative, required: true }, { ...address, required: true }, commune, district, province, phone, email, foundedYear,
  ],
  products: [
    productName, group, entityName, taxCode, entityType, representative, address, commune, district, province, stars, recognitionYear, decision, decisionDate, level, price,
  ],
  certificates: [
    { key: 'certificateNumber', required: true, synonyms: ['Số giấy chứng nhận', 'Số GCN', 'Số chứng nhận', 'Mã giấy chứng nhận', 'Certificate number', 'Certificate'] },
    productName, entityName, taxCode, commune, district, province, { ...stars, required: true },
    { ...recognitionYear },
    { ...level },
    { ...decision, required: true }, { ...decisionDate, required: true },
    { key: 'issuer', synonyms: ['Cơ quan cấp', 'Cơ quan ban hành', 'Đơn vị cấp', 'Nơi cấp', 'Issuing body', 'Issuer'] },
    { key: 'validUntil', synonyms: ['Hiệu lực đến', 'Có hiệu lực đến', 'Thời hạn', 'Hết hạn', 'Ngày hết hạn', 'Thời hạn hiệu lực', 'Valid until'] },
  ],
  figures: [
    productName, entityName, taxCode, commune, district, province,
    { key: 'year', required: true, synonyms: ['Năm', 'Năm báo cáo', 'Year'] },
    { key: 'revenue', required: true, synonyms: ['Doanh thu', 'Doanh thu (đồng)', 'Doanh thu (VNĐ)', 'Tổng doanh thu', 'Revenue'] },
    { key: 'cost', required: true, synonyms: ['Chi phí', 'Tổng chi phí', 'Chi phí (đồng)', 'Cost', 'Costs'] },
    { key: 'profit', synonyms: ['Lợi nhuận', 'Lãi', 'Lợi nhuận (đồng)', 'Profit'] },
    { key: 'output', synonyms: ['Sản lượng', 'Sản lượng tiêu thụ', 'Output'] },
    { key: 'outputUnit', synonyms: ['Đơn vị tính', 'ĐVT', 'Đơn vị sản lượng', 'Unit'] },
    { key: 'employees', synonyms: ['Số lao động', 'Lao động', 'Số lao động thường xuyên', 'Employees'] },
  ],
  activities: [
    { key: 'activityKind', required: true, list: 'activityKind', synonyms: ['Hình thức', 'Loại hoạt động', 'Hình thức tuyên truyền', 'Hoạt động', 'Activity', 'Kind'] },
    { key: 'date', required: true, synonyms: ['Ngày', 'Ngày thực hiện', 'Thời gian', 'Ngày tổ chức', 'Date'] },
    { key: 'count', required: true, synonyms: ['Số lượng', 'Số lượt', 'Số tin bài', 'Số buổi', 'Count'] },
    { key: 'budget', synonyms: ['Kinh phí', 'Kinh phí (đồng)', 'Chi phí', 'Budget'] },
    { key: 'title', synonyms: ['Nội dung', 'Tiêu đề', 'Tên hoạt động', 'Title', 'Subject'] },
    commune, district, province,
  ],
};

export function fieldsOf(kind: ImportKind): readonly FieldSpec[] {
  return IMPORT_FIELDS[kind];
}
