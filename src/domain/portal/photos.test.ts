import { describe, expect, it } from 'vitest';
import { isPhotoVariant, scaledHeight, sniffPhoto, srcsetOf } from './photos';

describe('photo copies', () => {
  it('lists every width of a large photo in srcset', () => {
    expect(srcsetOf('a', 1280)).toBe('/api/photos/a/w320.webp 320w, /api/photos/a/w640.webp 640w, /api/photos/a/w1280.webp 1280w');
  });

  it('stops at the real width of a small photo (copies are never enlarged)', () => {
    expect(srcsetOf('a', 500)).toBe('/api/photos/a/w320.webp 320w, /api/photos/a/w640.webp 500w');
    expect(srcsetOf('a', 200)).toBe('/api/photos/a/w320.webp 200w');
  });

  it('scales heights with the width', () => {
    expect(scaledHeight(1280, 960, 640)).toBe(480);
    expect(scaledHeight(300, 200, 640)).toBe(200);
  });

  it('knows its variant names only', () => {
    expect(isPhotoVariant('w640.webp')).toBe(true);
    expect(isPhotoVariant('preview.jpg')).toBe(true);
    expect(isPhotoVariant('../secret')).toBe(false);
  });
});

describe('sniffPhoto', () => {
  const bytes = (...parts: Array<number[] | string>) =>
    Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

  it('tells pictures by their first bytes', () => {
    expect(sniffPhoto(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffPhoto(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffPhoto(bytes('RIFF', [0, 0, 0, 0], 'WEBP'))).toBe('webp');
    expect(sniffPhoto(bytes([0, 0, 0, 0x1c], 'ftypheic'))).toBe('heic');
    expect(sniffPhoto(bytes([0, 0, 0, 0x1c], 'ftypavif'))).toBe('avif');
  });

  it('refuses anything else, whatever its name says', () => {
    expect(sniffPhoto(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffPhoto(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffPhoto(bytes('GIF89a'))).toBeNull();
    expect(sniffPhoto(new Uint8Array())).toBeNull();
  });
});
