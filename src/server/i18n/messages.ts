import { MESSAGES, translateFrom } from '../../i18n';
import { isLang, type Lang } from '../../i18n/lang';

/**
 * The server's translator: problem titles and validation messages from the shared
 * catalogues in `src/i18n` (the web client reads the same ones). Keys are what services and
 * zod schemas put in errors; `{{name}}` placeholders take params.
 */

export function translate(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  return translateFrom(key in MESSAGES[lang] ? MESSAGES[lang] : MESSAGES.vi, key, params);
}

export function hasMessage(key: string): boolean {
  return key in MESSAGES.vi;
}

/** Vietnamese unless the client asks for English first. */
export function pickLang(acceptLanguage: string | undefined, cookieLang?: string): Lang {
  if (isLang(cookieLang)) return cookieLang;
  if (!acceptLanguage) return 'vi';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
