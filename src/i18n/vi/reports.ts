/** Vietnamese: programme reports, the document register and yearly targets (SPEC C5). */
export const reports = {
  'errors.report.unknown': 'Không có báo cáo này.',
  'errors.report.unit': 'Đơn vị không hợp lệ hoặc không tồn tại (VN, mã tỉnh, xã, huyện cũ hoặc legacy:mã).',
  'errors.report.year': 'Năm phải từ 2000 đến năm sau năm hiện tại.',
  'errors.report.range': 'Năm bắt đầu không được sau năm kết thúc.',
  'errors.report.format': 'Định dạng phải là json, xlsx, csv, docx hoặc pdf.',
  'errors.report.formatUnavailable': 'Định dạng này chưa có cho báo cáo.',
  'errors.report.product': 'Không có sản phẩm này.',
  'errors.report.entity': 'Không có chủ thể này.',
  'errors.report.productRequired': 'Cần chọn sản phẩm hoặc chủ thể.',
  'errors.document.unit': 'Đơn vị ban hành không hợp lệ hoặc không tồn tại.',
  'errors.document.duplicate': 'Văn bản số {{number}} ngày {{date}} của đơn vị này đã có trong sổ.',
  'errors.target.unit': 'Đơn vị không hợp lệ (VN, mã tỉnh hoặc mã xã hiện hành).',
  'errors.target.duplicate': 'Chỉ tiêu năm {{year}} của đơn vị này đã có; hãy sửa bản ghi đó.',
};
