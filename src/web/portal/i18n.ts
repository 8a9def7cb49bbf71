import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { portal as vi } from '../../i18n/vi/portal';
import { portal as en } from '../../i18n/en/portal';
import { isLang, type Lang } from '../../i18n/lang';

/**
 * The portal's own part of the shared catalogue only (src/i18n/{vi,en}/portal.ts), not the
 * back office's: a phone on a slow line downloads the texts it shows and no more.
 * Vietnamese first; `?lang=en` or the visitor's earlier choice switch to English.
 */
const STORAGE_KEY = 'ocop.lang';

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    /* storage unavailable */
  }
  return document.documentElement.lang === 'en' ? 'en' : 'vi';
}

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  keySeparator: false,
  nsSeparator: false,
  lng: initialLang(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export function setLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* storage unavailable */
  }
  document.documentElement.lang = lang;
  void i18n.changeLanguage(lang);
}

export { i18n };
