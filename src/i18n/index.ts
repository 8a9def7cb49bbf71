import type { Messages } from './catalogue';
import { en } from './en';
import type { Lang } from './lang';
import { vi } from './vi';

export { interpolate, translateFrom, type Messages } from './catalogue';

/** Both languages' catalogues, for the server's translator and the web client's i18next. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { vi, en };
