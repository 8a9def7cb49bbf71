/**
 * Texts of the annual-cycle screens (the `cycle.*` keys), added to the app's translation
 * bundle when any cycle screen or widget is loaded.
 */
import i18n from './index';
import vi from './cycle.vi.json';
import en from './cycle.en.json';

i18n.addResourceBundle('vi', 'translation', vi, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);

export const CYCLE_I18N_LOADED = true;
