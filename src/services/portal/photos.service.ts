import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { Db } from '../../db/client';
import * as repo from '../../db/repositories/portal.repository';
import { AppError, ConflictError, NotFoundError, ValidationError } from '../../domain/errors';
import { may, type Actor } from '../../domain/policy';
import {
  MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, MAX_PHOTOS_PER_PRODUCT, PHOTO_WIDTHS, PREVIEW_SIZE, sniffPhoto, type PhotoVariant,
} from '../../domain/portal/photos';
import type { Photo } from '../../contracts/portal';
import { demoArtSvg } from '../../domain/portal/demo-art';
import { audit, type AuditActor } from '../audit.service';
import { loadProduct, recordOf } from '../products.service';
import { presentPhoto } from './photos.present';

/**
 * Product photos: checked by content, decoded (a file that only looks like a picture fails
 * here), turned upright from its EXIF orientation, resized, and written without metadata —
 * sharp drops EXIF/XMP/ICC unless asked to keep them, so the camera and the GPS position of
 * the producer's farm are gone. Only the copies are kept.
 */

/** Shortest side a product photo may have (px). */
export const MIN_PHOTO_SIDE = 200;

/**
 * Storage keys `generated/<key>/<group>`: the demo's illustrations (domain/portal/demo-art),
 * rendered into the store the first time they are asked for.
 */
export const GENERATED_PREFIX = 'generated/';
const GENERATED_KEY = /^generated\/([a-z0-9-]{1,80})\/([0-9]{1,2})$/;

export function generatedStorageKey(key: string, groupCode: string): string {
  const storageKey = `${GENERATED_PREFIX}${key}/${groupCode}`;
  if (!GENERATED_KEY.test(storageKey)) throw new Error(`invalid illustration key ${storageKey}`);
  return storageKey;
}

export class PhotoStore {
  constructor(readonly root: string) {}

  static temporary(): PhotoStore {
    return new PhotoStore(fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-photos-')));
  }

  /** The file of one copy. */
  file(storageKey: string, variant: PhotoVariant): string {
    const base = path.resolve(this.root);
    const full = path.resolve(base, storageKey, variant);
    if (!full.startsWith(base + path.sep)) throw new Error('invalid storage key');
    return full;
  }

  /** Renders a demo illustration's copies when they are not in the store yet. */
  async ensureGenerated(storageKey: string): Promise<void> {
    const m = GENERATED_KEY.exec(storageKey);
    if (!m || fs.existsSync(this.file(storageKey, 'preview.jpg'))) return;
    const { copies } = await renderCopies(Buffer.from(demoArtSvg(m[1], m[2])));
    await this.write(storageKey, copies);
  }

  async write(storageKey: string, copies: Map<PhotoVariant, Buffer>): Promise<void> {
    const dir = path.resolve(this.root, storageKey);
    await fs.promises.mkdir(dir, { recursive: true });
    await Promise.all([...copies].map(([variant, bytes]) => fs.promises.writeFile(path.join(dir, variant), bytes)));
  }

  async remove(storageKey: string): Promise<void> {
    if (storageKey.startsWith(GENERATED_PREFIX)) return;
    await fs.promises.rm(path.resolve(this.root, storageKey), { recursive: true, force: true });
  }
}

export interface ResizedPhoto {
  width: number;
  height: number;
  copies: Map<PhotoVariant, Buffer>;
}

/** The resized copies of a picture: WebP for srcset, never enlarged, and the link-preview JPEG. */
async function renderCopies(bytes: Buffer): Promise<ResizedPhoto> {
  const input = () => sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error' }).rotate();
  const copies = new Map<PhotoVariant, Buffer>();
  let largest = { width: 0, height: 0 };
  for (const w of PHOTO_WIDTHS) {
    const { data, info } = await input().resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toBuffer({ resolveWithObject: true });
    copies.set(`w${w}.webp`, data);
    largest = { width: info.width, height: info.height };
  }
  copies.set('preview.jpg', await input().resize({ ...PREVIEW_SIZE, fit: 'cover', position: 'attention' }).jpeg({ quality: 80, mozjpeg: true }).toBuffer());
  return { ...largest, copies };
}

/** Checks and resizes an uploaded picture; 400 naming `file` when it is not a usable photo. */
export async function resizePhoto(bytes: Buffer): Promise<ResizedPhoto> {
  if (bytes.length > MAX_PHOTO_BYTES) throw new AppError(413, 'errors.photo.tooLarge', { max: MAX_PHOTO_BYTES / 1024 / 1024 });
  if (!sniffPhoto(bytes)) throw new ValidationError([{ path: 'file', code: 'errors.photo.notPicture' }]);
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ValidationError([{ path: 'file', code: 'errors.photo.unreadable' }]);
  }
  if (!meta.width || !meta.height) throw new ValidationError([{ path: 'file', code: 'errors.photo.unreadable' }]);
  if (meta.width * meta.height > MAX_PHOTO_PIXELS) {
    throw new ValidationError([{ path: 'file', code: 'errors.photo.tooManyPixels', params: { max: MAX_PHOTO_PIXELS / 1_000_000 } }]);
  }
  if (Math.min(meta.width, meta.height) < MIN_PHOTO_SIDE) {
    throw new ValidationError([{ path: 'file', code: 'errors.photo.tooSmall', params: { min: MIN_PHOTO_SIDE } }]);
  }
  try {
    return await renderCopies(bytes);
  } catch (e) {
    if (e instanceof AppError) throw e;
    // libvips refuses truncated or corrupt data while decoding.
    throw new ValidationError([{ path: 'file', code: 'errors.photo.unreadable' }]);
  }
}

export interface PhotoUpload {
  bytes: Buffer;
  alt?: string;
}

export async function uploadPhoto(db: Db, store: PhotoStore, actor: Actor, who: AuditActor, productId: string, input: PhotoUpload): Promise<{ photo: Photo; created: boolean }> {
  await loadProduct(db, actor, productId, 'update');
  const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
  const same = await repo.findPhotoBySha(db, productId, sha256);
  if (same) return { photo: presentPhoto(same), created: false };
  const resized = await resizePhoto(input.bytes);
  const id = crypto.randomUUID();
  const now = new Date();
  const storageKey = path.posix.join('photos', String(now.getUTCFullYear()), id);
  await store.write(storageKey, resized.copies);
  try {
    const row = await db.transaction(async (tx) => {
      // The product's row lock serialises concurrent uploads: the count and the position hold.
      await repo.lockProduct(tx, productId);
      const again = await repo.findPhotoBySha(tx, productId, sha256);
      if (again) return { row: again, created: false };
      const { count, nextPosition } = await repo.countPhotos(tx, productId);
      if (count >= MAX_PHOTOS_PER_PRODUCT) throw new ConflictError('errors.photo.tooMany', { max: MAX_PHOTOS_PER_PRODUCT });
      const inserted = await repo.insertPhoto(tx, {
        id, productId, position: nextPosition, width: resized.width, height: resized.height,
        alt: input.alt?.trim() || null, sha256, storageKey, uploadedById: actor.id,
      });
      await audit(tx, who, 'photo.add', 'product', productId, { photoId: id, width: resized.width, height: resized.height, sha256 });
      return { row: inserted, created: true };
    });
    if (!row.created) await store.remove(storageKey);
    return { photo: presentPhoto(row.row), created: row.created };
  } catch (e) {
    await store.remove(storageKey);
    throw e;
  }
}

export async function removePhoto(db: Db, actor: Actor, who: AuditActor, productId: string, photoId: string): Promise<void> {
  await loadProduct(db, actor, productId, 'update');
  await db.transaction(async (tx) => {
    const current = await repo.getPhoto(tx, photoId);
    if (!current || current.photo.productId !== productId) throw new NotFoundError('photo');
    await repo.deletePhoto(tx, photoId);
    await audit(tx, who, 'photo.remove', 'product', productId, { photoId });
  });
}

/**
 * The file of a photo's copy, and whether anyone may cache it: photos of catalogued products
 * are public; others only for those who may see the product (404 for everyone else).
 */
export async function photoFile(db: Db, store: PhotoStore, actor: Actor | null, photoId: string, variant: PhotoVariant) {
  const row = await repo.getPhoto(db, photoId);
  if (!row || row.productDeleted) throw new NotFoundError('photo');
  const view = await loadProduct(db, actor, row.photo.productId).catch((e: unknown) => {
    if (e instanceof AppError && (e.status === 401 || e.status === 403)) throw new NotFoundError('photo');
    throw e;
  });
  const isPublic = may(null, 'read', 'product', recordOf(view.product));
  await store.ensureGenerated(row.photo.storageKey);
  return { path: store.file(row.photo.storageKey, variant), isPublic };
}
