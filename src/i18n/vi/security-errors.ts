/** Vietnamese: the request guards' messages (input text, cross-site requests, content types, client errors). */
export const securityErrors = {
  'errors.text.nul': 'Văn bản không được chứa ký tự NUL (\\u0000).',
  'errors.text.surrogate': 'Văn bản chứa ký tự Unicode không hợp lệ (nửa cặp thay thế).',
  'errors.url.http': 'Cần một địa chỉ web đầy đủ, bắt đầu bằng http:// hoặc https://.',
  'errors.dataRejected': 'Cơ sở dữ liệu không nhận giá trị đã gửi. Vui lòng kiểm tra lại dữ liệu.',
  'errors.headersTooLarge': 'Phần đầu (header) của yêu cầu quá lớn',
  'errors.headersTooLarge.detail': 'Các header của yêu cầu (thường là cookie) vượt quá giới hạn cho phép.',
  'errors.requestTimeout': 'Yêu cầu quá thời gian',
  'errors.requestTimeout.detail': 'Máy chủ không nhận đủ yêu cầu trong thời gian cho phép.',
  'errors.badRequest': 'Yêu cầu không đúng định dạng HTTP.',
  'errors.unsupportedMediaType': 'Kiểu nội dung không được hỗ trợ',
  'errors.unsupportedMediaType.detail': 'Địa chỉ này nhận {{expected}}, không nhận {{received}}.',
  'errors.crossSite': 'Yêu cầu từ trang khác bị từ chối',
  'errors.crossSite.detail': 'Thao tác thay đổi dữ liệu chỉ được gửi từ chính trang của hệ thống (nguồn gửi: {{origin}}).',
};
