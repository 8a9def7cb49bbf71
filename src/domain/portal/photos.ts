/**
 * Product photos (SPEC C7): every upload is stored as resized copies only — widths for the
 * browser's `srcset` and one 1200×630 JPEG for link previews (Open Graph wants JPEG/PNG and
 * that ratio). The original, with its camera metadata, is never kept.
 */

/** Widths of the WebP copies, smallest first. */
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
export type PhotoWidth = (typeof PHOTO_WIDTHS)[number];

/** The copy a page shows by default (`src`), also the fallback of `srcset`. */
export const DEFAULT_PHOTO_WIDTH: PhotoWidth = 640;

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Largest upload accepted (bytes): phone photos are 2–8 MB. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** Largest picture accepted (pixels), against decompression bombs. */
export const MAX_PHOTO_PIXELS = 50_000_000;

/** Photos a product may carry. */
export const MAX_PHOTOS_PER_PRODUCT = 12;

/** Names of the stored copies: `w320.webp` … and `preview.jpg`. */
export const PHOTO_VARIANTS = [...PHOTO_WIDTHS.map((w) => `w${w}.webp`), 'preview.jpg'] as const;
export type PhotoVariant = (typeof PHOTO_VARIANTS)[number];

export function isPhotoVariant(v: string): v is PhotoVariant {
  return (PHOTO_VARIANTS as readonly string[]).includes(v);
}

export function photoUrl(id: string, variant: PhotoVariant): string {
  return `/api/photos/${id}/${variant}`;
}

/**
 * The widths worth listing for a photo whose largest copy is `width` px wide: copies are never
 * enlarged, so a 700 px photo has 320, 640 and a 700 px "1280" copy, listed as 700w.
 */
export function srcsetOf(id: string, width: number): string {
  const entries: string[] = [];
  for (const w of PHOTO_WIDTHS) {
    const actual = Math.min(w, width);
    entries.push(`${photoUrl(id, `w${w}.webp`)} ${actual}w`);
    if (actual < w) break;
  }
  return entries.join(', ');
}

/** Height of a copy `w` px wide of a `width`×`height` photo. */
export function scaledHeight(width: number, height: number, w: number): number {
  return width <= w ? height : Math.round((height * w) / width);
}

/** The kinds of picture accepted, told from their first bytes (never from the name or the declared type). */
export type PhotoKind = 'jpeg' | 'png' | 'webp' | 'avif' | 'heic';

export function sniffPhoto(bytes: Uint8Array): PhotoKind | null {
  const b = bytes;
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b[0] === 0x89 && ascii(1, 4) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'png';
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (b.length >= 12 && ascii(4, 8) === 'ftyp') {
    const brand = ascii(8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].includes(brand)) return 'heic';
  }
  return null;
}
