/**
 * Texts for the i18n keys this folder puts in errors (`{name}` placeholders take params).
 * The server's message catalogue merges them.
 */
export const certificateMessages = {
  vi: {
    'errors.date.invalid': 'Ngày không hợp lệ: {value} (cần dạng YYYY-MM-DD).',
  },
  en: {
    'errors.date.invalid': 'Invalid date: {value} (expected YYYY-MM-DD).',
  },
} as const satisfies Record<'vi' | 'en', Record<string, string>>;
