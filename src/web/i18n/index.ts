import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import { MESSAGES } from '../../i18n';
import { LANGS, isLang, type Lang } from '../../i18n/lang';

const STORAGE_KEY = 'ocop.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (isLang(v)) return v;
  } catch {
    /* storage unavailable (private mode): fall through */
  }
  return 'vi'; // Vietnamese first (SPEC §5), regardless of the browser's language
}

const initial = storedLang();

void i18n.use(initReactI18next).init({
  // The shared catalogues (src/i18n): flat keys, so dots in keys are not paths.
  resources: { vi: { translation: MESSAGES.vi }, en: { translation: MESSAGES.en } },
  keySeparator: false,
  nsSeparator: false,
  lng: initial,
  fallbackLng: 'vi',
  supportedLngs: [...LANGS],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});

function applyLang(lang: Lang) {
  dayjs.locale(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
applyLang(initial);

/** The current UI language ("vi" | "en"). */
export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

/** Switch language: persists the choice, updates dayjs and <html lang>. */
export async function setLang(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* ignore */
  }
  applyLang(lang);
  await i18n.changeLanguage(lang);
}

export default i18n;
