/**
 * Server-side messages (problem titles and validation messages) in Vietnamese and English.
 * Keys are what services and zod schemas put in errors; `{name}` placeholders take params.
 */
export type Lang = 'vi' | 'en';

const vi: Record<string, string> = {
  'errors.validation': 'Dữ liệu không hợp lệ',
  'errors.validation.detail': 'Vui lòng sửa các trường được nêu.',
  'errors.notFound': 'Không tìm thấy',
  'errors.notFound.detail': 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.',
  'errors.route': 'Không có địa chỉ này',
  'errors.conflict': 'Xung đột dữ liệu',
  'errors.conflict.stale': 'Bản ghi đã được người khác thay đổi sau khi bạn mở nó (phiên bản {current}, bạn gửi {sent}). Vui lòng tải lại rồi sửa tiếp.',
  'errors.conflict.duplicate': 'Bản ghi này trùng với một bản ghi vừa được lưu (có thể do gửi hai lần).',
  'errors.conflict.taxCode': 'Mã số thuế {taxCode} đã được dùng cho chủ thể khác.',
  'errors.conflict.username': 'Tên đăng nhập {username} đã tồn tại.',
  'errors.conflict.hasProducts': 'Không thể xoá chủ thể còn {count} sản phẩm.',
  'errors.conflict.duplicateProduct': 'Chủ thể đã có sản phẩm "{name}". Nếu đây là một sản phẩm khác, hãy xác nhận để lưu.',
  'errors.unit.moveNotAllowed': 'Bạn không được chuyển hồ sơ sang đơn vị hành chính này: chỉ cán bộ quản lý cả đơn vị cũ và đơn vị mới mới được chuyển.',
  'errors.unauthorized': 'Chưa đăng nhập',
  'errors.unauthorized.detail': 'Vui lòng đăng nhập để tiếp tục.',
  'errors.badCredentials': 'Tên đăng nhập hoặc mật khẩu không đúng.',
  'errors.forbidden': 'Không có quyền',
  'errors.forbidden.detail': 'Tài khoản của bạn không được thực hiện thao tác này.',
  'errors.rateLimited': 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {seconds} giây.',
  'errors.internal': 'Lỗi hệ thống',
  'errors.internal.detail': 'Đã xảy ra lỗi không mong muốn. Thao tác chưa được thực hiện.',
  'errors.payloadTooLarge': 'Dữ liệu gửi lên quá lớn',
  'errors.required': 'Trường này là bắt buộc.',
  'errors.invalidType': 'Giá trị không đúng kiểu (cần {expected}).',
  'errors.tooShort': 'Cần ít nhất {minimum} ký tự.',
  'errors.tooLong': 'Tối đa {maximum} ký tự.',
  'errors.tooSmall': 'Giá trị phải từ {minimum} trở lên.',
  'errors.tooBig': 'Giá trị phải không quá {maximum}.',
  'errors.invalidFormat': 'Định dạng không hợp lệ.',
  'errors.invalidEmail': 'Địa chỉ email không hợp lệ.',
  'errors.invalidUrl': 'Địa chỉ website không hợp lệ.',
  'errors.invalidEnum': 'Giá trị không nằm trong danh sách cho phép ({options}).',
  'errors.unknownField': 'Trường không được hỗ trợ: {keys}.',
  'errors.invalid': 'Giá trị không hợp lệ.',
  'errors.taxCode.format': 'Mã số thuế phải gồm 10 chữ số (có thể kèm -XXX cho chi nhánh); hộ kinh doanh có thể dùng số định danh 12 chữ số.',
  'errors.taxCode.checksum': 'Mã số thuế sai chữ số kiểm tra.',
  'errors.unit.unknown': 'Không tìm thấy đơn vị hành chính {code}.',
  'errors.unit.notCommune': 'Cần chọn một xã/phường/đặc khu (không phải tỉnh).',
  'errors.unit.outOfScope': 'Đơn vị này nằm ngoài địa bàn bạn quản lý.',
  'errors.group.unknown': 'Không có nhóm sản phẩm {code}.',
  'errors.subgroup.mismatch': 'Phân nhóm {code} không thuộc nhóm {group}.',
  'errors.entity.unknown': 'Không tìm thấy chủ thể.',
  'errors.year.range': 'Năm phải trong khoảng {minimum}–{maximum}.',
  'errors.gtin': 'Mã vạch GTIN phải gồm 8, 12, 13 hoặc 14 chữ số và đúng chữ số kiểm tra.',
  'errors.password.weak': 'Mật khẩu cần ít nhất 8 ký tự.',
  'errors.role.entityRequired': 'Tài khoản chủ thể OCOP phải gắn với một chủ thể.',
  'errors.versionRequired': 'Cần gửi kèm phiên bản (version) của bản ghi đã đọc.',
};

const en: Record<string, string> = {
  'errors.validation': 'Invalid input',
  'errors.validation.detail': 'Please correct the fields listed.',
  'errors.notFound': 'Not found',
  'errors.notFound.detail': 'The record does not exist or you may not see it.',
  'errors.route': 'No such address',
  'errors.conflict': 'Conflict',
  'errors.conflict.stale': 'Someone else changed this record after you opened it (version {current}, you sent {sent}). Reload it and edit again.',
  'errors.conflict.duplicate': 'This duplicates a record that was just saved (perhaps a double submission).',
  'errors.conflict.taxCode': 'Tax code {taxCode} is already used by another entity.',
  'errors.conflict.duplicateProduct': 'The entity already has a product "{name}". If this is another product, confirm to save it.',
  'errors.unit.moveNotAllowed': 'You may not move this record to that unit: only officers responsible for both the old and the new unit may move it.',
  'errors.conflict.username': 'Username {username} already exists.',
  'errors.conflict.hasProducts': 'Cannot delete an entity that still has {count} products.',
  'errors.unauthorized': 'Not signed in',
  'errors.unauthorized.detail': 'Please sign in to continue.',
  'errors.badCredentials': 'Wrong username or password.',
  'errors.forbidden': 'Forbidden',
  'errors.forbidden.detail': 'Your account may not do this.',
  'errors.rateLimited': 'Too many failed sign-ins. Try again in {seconds} seconds.',
  'errors.internal': 'Internal error',
  'errors.internal.detail': 'Something unexpected happened. Nothing was changed.',
  'errors.payloadTooLarge': 'Request too large',
  'errors.required': 'This field is required.',
  'errors.invalidType': 'Wrong type of value (expected {expected}).',
  'errors.tooShort': 'At least {minimum} characters.',
  'errors.tooLong': 'At most {maximum} characters.',
  'errors.tooSmall': 'Must be {minimum} or more.',
  'errors.tooBig': 'Must be at most {maximum}.',
  'errors.invalidFormat': 'Invalid format.',
  'errors.invalidEmail': 'Invalid e-mail address.',
  'errors.invalidUrl': 'Invalid website address.',
  'errors.invalidEnum': 'Not one of the allowed values ({options}).',
  'errors.unknownField': 'Unsupported field: {keys}.',
  'errors.invalid': 'Invalid value.',
  'errors.taxCode.format': 'A tax code has 10 digits (optionally -XXX for a branch); household businesses may use a 12-digit personal number.',
  'errors.taxCode.checksum': 'The tax code check digit is wrong.',
  'errors.unit.unknown': 'Administrative unit {code} not found.',
  'errors.unit.notCommune': 'Choose a commune or ward (not a province).',
  'errors.unit.outOfScope': 'This unit is outside your jurisdiction.',
  'errors.group.unknown': 'No product group {code}.',
  'errors.subgroup.mismatch': 'Subgroup {code} is not in group {group}.',
  'errors.entity.unknown': 'Entity not found.',
  'errors.year.range': 'Year must be between {minimum} and {maximum}.',
  'errors.gtin': 'A GTIN barcode has 8, 12, 13 or 14 digits and a valid check digit.',
  'errors.password.weak': 'A password needs at least 8 characters.',
  'errors.role.entityRequired': 'A producer account must be bound to an entity.',
  'errors.versionRequired': 'Send the version of the record you read.',
};

const catalogues: Record<Lang, Record<string, string>> = { vi, en };

/** Registers more messages (feature modules add their own keys). */
export function addMessages(lang: Lang, messages: Record<string, string>): void {
  Object.assign(catalogues[lang], messages);
}

export function translate(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  const template = catalogues[lang][key] ?? catalogues.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (params[name] === undefined ? `{${name}}` : String(params[name])));
}

export function hasMessage(key: string): boolean {
  return key in vi;
}

/** Vietnamese unless the client asks for English first. */
export function pickLang(acceptLanguage: string | undefined, cookieLang?: string): Lang {
  if (cookieLang === 'en' || cookieLang === 'vi') return cookieLang;
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
