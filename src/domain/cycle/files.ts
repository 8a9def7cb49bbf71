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

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
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

/** A file name safe to store and to send back in Content-Disposition (NFC, no paths or control characters). */
export function safeFileName(fileName: string): string {
  const base = fileName.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '_').trim();
  return (cleaned || 'tep-tin').slice(0, 200);
}

export type UploadProblem = 'empty' | 'unknown-type' | 'extension-mismatch' | 'type-not-accepted';

/**
 * Checks an upload against the kinds an item accepts: the content must be a known kind, the
 * name's extension must agree with it, and the item must accept it.
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
  return { ok: true, type };
}
