import { addMessages } from './messages';

/**
 * Messages of the request guards (input text, cross-site requests, content types, client
 * errors), registered with the server catalogue by the plugins that use them.
 */
export const securityMessages = {
  vi: {
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
    'errors.unsupportedMediaType.detail': 'Địa chỉ này nhận {expected}, không nhận {received}.',
    'errors.crossSite': 'Yêu cầu từ trang khác bị từ chối',
    'errors.crossSite.detail': 'Thao tác thay đổi dữ liệu chỉ được gửi từ chính trang của hệ thống (nguồn gửi: {origin}).',
  },
  en: {
    'errors.text.nul': 'Text must not contain the NUL character (\\u0000).',
    'errors.text.surrogate': 'Text contains an invalid Unicode character (a lone surrogate).',
    'errors.url.http': 'A full web address starting with http:// or https:// is needed.',
    'errors.dataRejected': 'The database refused the value sent. Please check the data.',
    'errors.headersTooLarge': 'Request headers too large',
    'errors.headersTooLarge.detail': 'The request headers (usually cookies) exceed the allowed size.',
    'errors.requestTimeout': 'Request timed out',
    'errors.requestTimeout.detail': 'The server did not receive the whole request in time.',
    'errors.badRequest': 'The request is not well-formed HTTP.',
    'errors.unsupportedMediaType': 'Unsupported content type',
    'errors.unsupportedMediaType.detail': 'This address takes {expected}, not {received}.',
    'errors.crossSite': 'Cross-site request refused',
    'errors.crossSite.detail': 'Changes may only be sent from the platform\'s own pages (this request came from {origin}).',
  },
};

let registered = false;
export function registerSecurityMessages(): void {
  if (registered) return;
  registered = true;
  addMessages('vi', securityMessages.vi);
  addMessages('en', securityMessages.en);
}
