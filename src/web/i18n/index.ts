import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import vi from './vi.json';
import en from './en.json';
import evaluationVi from './evaluation.vi.json';
import evaluationEn from './evaluation.en.json';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'ocop.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'vi' || v === 'en') return v;
  } catch {
    /* storage unavailable (private mode): fall through */
  }
  return 'vi'; // Vietnamese first (SPEC §5), regardless of the browser's language
}

const initial = storedLang();

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
  returnNull: false,
});
// Evaluation, certificates and verification texts (their own files, deep-merged).
for (const [lng, res] of [['vi', evaluationVi], ['en', evaluationEn]] as const) i18n.addResourceBundle(lng, 'translation', res, true, false);

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
