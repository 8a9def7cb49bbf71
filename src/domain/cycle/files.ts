import { FILE_TYPES, type FileType } from './dossier-checklist';

/**
 * Uploaded files are identified by their content (magic bytes), never by the name or the
 * content type the browser claims: a ".pdf" that is not a PDF is refused.
 */

/** Largest file accepted for a dossier item or a business-plan attachment. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const EXTENSIONS: { readonly [T in FileType]: readonly string[] } = {
  pdf: ['pdf'],
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** Whether `text` (ASCII) occurs in `bytes`; `ignoreCase` matches ASCII letters in either case. */
function containsAscii(bytes: Uint8Array, text: string, ignoreCase = false): boolean {
  const fold = (b: number) => (ignoreCase && b >= 0x41 && b <= 0x5a ? b + 0x20 : b);
  const needle = [...(ignoreCase ? text.toLowerCase() : text)].map((c) => c.charCodeAt(0));
  const firsts = ignoreCase ? [...new Set([needle[0], text.toUpperCase().charCodeAt(0)])] : [needle[0]];
  for (const first of firsts) {
    for (let i = bytes.indexOf(first); i !== -1 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
      let j = 1;
      while (j < needle.length && fold(bytes[i + j]) === needle[j]) j++;
      if (j === needle.length) return true;
    }
  }
  return false;
}

/**
 * The file kind its content shows: PDF (`%PDF-`), JPEG (FF D8 FF), PNG (89 50 4E 47 0D 0A 1A 0A),
 * WebP (`RIFF….WEBP`), and Office Open XML documents (ZIP with a `word/` or `xl/` part).
 * Null when the content is none of these.
 */
export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (containsAscii(bytes, 'word/')) return 'docx';
    if (containsAscii(bytes, 'xl/')) return 'xlsx';
  }
  return null;
}

/** The content type served for a file kind. */
export function mimeTypeOf(type: FileType): string {
  return FILE_TYPES[type][0];
}

/** The lower-case extension of a file name ("" when none). */
export function extensionOf(fileName: string): string {
  return /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** Whether a file name's extension fits the kind its content shows. */
export function extensionMatches(fileName: string, type: FileType): boolean {
  return EXTENSIONS[type].includes(extensionOf(fileName));
}

/**
 * Bidirectional controls (LRM, RLM, ALM, the embeddings and overrides U+202A–E, the isolates
 * U+2066–9): in a file name they make "tep‮fdp.exe" read as "tepexe.pdf".
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Halves of UTF-16 surrogate pairs standing alone (not text). */
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A file name safe to store and to send back in Content-Disposition (NFC, no paths, control or bidi characters). */
export function safeFileName(fileName: string): string {
  const base = fileName.replace(BIDI_CONTROLS, '').replace(LONE_SURROGATES, '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim();
  return (cleaned || 'tep-tin').slice(0, 200);
}

/**
 * The Content-Disposition of a download (RFC 6266): always an attachment, never shown in the
 * browser, with the name as plain ASCII (accents dropped) and exactly as UTF-8 in `filename*`.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  // RFC 8187 attr-char: what encodeURIComponent leaves alone but ' ( ) *
  const utf8 = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

/** Kinds the browser could display itself: checked for being genuine images. */
const IMAGE_TYPES: readonly FileType[] = ['png', 'jpg', 'webp'];

export type UploadProblem = 'empty' | 'unknown-type' | 'extension-mismatch' | 'type-not-accepted' | 'not-genuine';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

/** A PNG is its signature, then chunks with valid CRCs from IHDR to IEND, and nothing after. */
function isWellFormedPng(bytes: Uint8Array): boolean {
  let at = 8;
  let first = true;
  while (at + 12 <= bytes.length) {
    const length = uint32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (!/^[A-Za-z]{4}$/.test(type) || end > bytes.length) return false;
    if (first && (type !== 'IHDR' || length !== 13)) return false;
    if (crc32(bytes, at + 4, at + 8 + length) !== uint32(bytes, at + 8 + length)) return false;
    if (type === 'IEND') return end === bytes.length;
    first = false;
    at = end;
  }
  return false;
}

/** A JPEG runs from its start-of-image marker to its end-of-image marker, and stops there. */
function isWellFormedJpeg(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;
}

/** A WebP's RIFF header gives the length of the whole file. */
function isWellFormedWebp(bytes: Uint8Array): boolean {
  const size = bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24);
  return size + 8 + (size % 2) === bytes.length || size + 8 === bytes.length;
}

/** Markup a browser would run as a page, searched for in images. */
const MARKUP = ['<script', '<html', '<!doctype', '<svg', '<iframe', '<body', '<object', '<embed'];

/**
 * Whether an image is only what it claims to be: well-formed for its kind and carrying no
 * markup — a PNG with an HTML page inside or after it (a polyglot) is refused.
 */
export function isGenuineImage(bytes: Uint8Array, type: FileType): boolean {
  const wellFormed = type === 'png' ? isWellFormedPng(bytes) : type === 'jpg' ? isWellFormedJpeg(bytes) : type === 'webp' ? isWellFormedWebp(bytes) : true;
  return wellFormed && !MARKUP.some((tag) => containsAscii(bytes, tag, true));
}

/**
 * Checks an upload against the kinds an item accepts: the content must be a known kind, the
 * name's extension must agree with it, the item must accept it, and an image must be a
 * genuine one.
 */
export function checkUpload(
  bytes: Uint8Array,
  fileName: string,
  accepted: readonly FileType[],
): { ok: true; type: FileType } | { ok: false; problem: UploadProblem; type: FileType | null } {
  if (bytes.length === 0) return { ok: false, problem: 'empty', type: null };
  const type = sniffFileType(bytes);
  if (!type) return { ok: false, problem: 'unknown-type', type: null };
  if (!extensionMatches(fileName, type)) return { ok: false, problem: 'extension-mismatch', type };
  if (!accepted.includes(type)) return { ok: false, problem: 'type-not-accepted', type };
  if (IMAGE_TYPES.includes(type) && !isGenuineImage(bytes, type)) return { ok: false, problem: 'not-genuine', type };
  return { ok: true, type };
}
