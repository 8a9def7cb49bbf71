import { z } from 'zod';
import { cleanText } from './normalize';

/**
 * Reusable zod fields. Text is NFC-normalised and trimmed on input; messages are keys that
 * the API translates (see server/i18n/messages.ts).
 */
export const requiredText = (max: number) =>
  z.string({ error: 'errors.required' }).transform(cleanText).pipe(z.string().min(1, 'errors.required').max(max));

export const optionalText = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max))
    .nullish()
    .transform((v) => (v ? v : null));

export const optionalInt = (min: number, max: number) => z.number().int().min(min).max(max).nullish().transform((v) => v ?? null);

/**
 * An absolute http(s) address: links the platform shows (websites, photos) never run script
 * (`javascript:`), carry a document (`data:`) or point into the reader's machine (`file:`).
 */
export const httpUrl = (max = 500) => z.url({ protocol: /^https?$/, error: 'errors.url.http' }).max(max, 'errors.tooLong');
