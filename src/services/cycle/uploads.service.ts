import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Executor } from '../../db/client';
import { getBusinessPlan } from '../../db/repositories/business-plans.repository';
import { getDossier } from '../../db/repositories/dossiers.repository';
import * as repo from '../../db/repositories/uploads.repository';
import { checkUpload, documentValidUntil, DOSSIER_CHECKLISTS, isDocumentExpired, mimeTypeOf, safeFileName, type FileType } from '../../domain/cycle';
import * as clock from '../clock';
import { NotFoundError, ValidationError } from '../../domain/errors';
import { audit } from '../audit.service';
import { resourcesDir } from '../../seed/resources';
import { ensureEditable, ensureVisible, type CycleCtx, type ItemCore } from './workflow';
import type { UploadedFile } from '../../contracts/files';

/**
 * Files of dossiers (one or more per checklist item) and business plans (attachments), kept
 * under `DATA_DIR/uploads`, identified by content (magic bytes) and limited in size.
 */

export type FileItemType = 'dossier' | 'business-plan';

/** Kinds a business-plan attachment may be. */
const PLAN_ATTACHMENT_TYPES: readonly FileType[] = ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'webp'];

/** Storage keys of the demo's sample files (resources/demo-files). */
export const DEMO_PREFIX = 'demo/';
const DEMO_FILES_DIR = path.join(resourcesDir, 'demo-files');

/** Where uploaded files live on disk. */
export class FileStore {
  constructor(readonly root: string) {}

  /** A store in a fresh temporary folder (tests, or when no data folder is configured). */
  static temporary(): FileStore {
    return new FileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-uploads-')));
  }

  private resolve(key: string): string {
    const full = path.resolve(this.root, key);
    if (!full.startsWith(path.resolve(this.root) + path.sep)) throw new Error('invalid storage key');
    return full;
  }

  async save(bytes: Buffer, type: FileType): Promise<string> {
    const now = new Date();
    const key = path.posix.join(String(now.getUTCFullYear()), String(now.getUTCMonth() + 1).padStart(2, '0'), `${crypto.randomUUID()}.${type}`);
    const full = this.resolve(key);
    await fs.promises.mkdir(path.dirname(full), { recursive: true });
    await fs.promises.writeFile(full, bytes, { flag: 'wx' });
    return key;
  }

  /** Where a stored file is; demo records (keys `demo/…`) point at the files shipped in resources/demo-files. */
  path(key: string): string {
    if (key.startsWith(DEMO_PREFIX)) {
      const full = path.resolve(DEMO_FILES_DIR, key.slice(DEMO_PREFIX.length));
      if (!full.startsWith(DEMO_FILES_DIR + path.sep)) throw new Error('invalid storage key');
      return full;
    }
    return this.resolve(key);
  }

  async remove(key: string): Promise<void> {
    if (key.startsWith(DEMO_PREFIX)) return;
    await fs.promises.rm(this.resolve(key), { force: true });
  }
}

/** `validForMonths`: the checklist item's validity, for the expiry flag of a reused document. */
export function presentFile(f: repo.FileRow, validForMonths?: number): UploadedFile {
  const reuse =
    f.reusedFromFileId && f.originalDate
      ? {
          fromFileId: f.reusedFromFileId,
          originalDate: f.originalDate,
          validUntil: validForMonths ? documentValidUntil(f.originalDate, validForMonths) : null,
          expired: isDocumentExpired(f.originalDate, validForMonths, clock.today()),
        }
      : null;
  return {
    id: f.id,
    itemCode: f.itemCode,
    fileName: f.fileName,
    fileType: f.fileType,
    mimeType: f.mimeType,
    sizeBytes: f.sizeBytes,
    sha256: f.sha256,
    uploadedBy: f.uploadedByName,
    createdAt: f.createdAt.toISOString(),
    url: `/api/files/${f.id}`,
    reuse,
  };
}

async function loadOwner(db: Executor, ctx: Pick<CycleCtx, 'actor'>, itemType: FileItemType, itemId: string) {
  if (itemType === 'dossier') {
    const d = (await getDossier(db, itemId))?.dossier;
    return { core: ensureVisible(ctx.actor, d as ItemCore | undefined, 'dossier'), checklistCode: d?.checklistCode ?? null };
  }
  const p = (await getBusinessPlan(db, itemId))?.plan;
  return { core: ensureVisible(ctx.actor, p as ItemCore | undefined, 'business-plan'), checklistCode: null };
}

function acceptedTypes(itemType: FileItemType, checklistCode: string | null, itemCode: string): readonly FileType[] {
  if (itemType === 'business-plan') {
    if (itemCode !== 'attachment') throw new ValidationError([{ path: 'itemCode', code: 'errors.invalidEnum', params: { options: 'attachment' } }]);
    return PLAN_ATTACHMENT_TYPES;
  }
  const checklist = DOSSIER_CHECKLISTS.find((c) => c.code === checklistCode);
  const item = checklist?.items.find((i) => i.code === itemCode);
  if (!checklist || !item) {
    throw new ValidationError([{ path: 'itemCode', code: 'errors.upload.unknownItem', params: { code: itemCode } }]);
  }
  return item.acceptedTypes as FileType[];
}

export interface UploadInput {
  itemCode: string;
  fileName: string;
  bytes: Buffer;
}

export async function uploadFile(ctx: CycleCtx, store: FileStore, itemType: FileItemType, itemId: string, input: UploadInput) {
  const { core, checklistCode } = await loadOwner(ctx.db, ctx, itemType, itemId);
  ensureEditable(itemType, core, ctx.actor);
  const accepted = acceptedTypes(itemType, checklistCode, input.itemCode);
  const fileName = safeFileName(input.fileName);
  const check = checkUpload(input.bytes, fileName, accepted);
  if (!check.ok) {
    throw new ValidationError([
      { path: 'file', code: `errors.upload.${check.problem}`, params: { accepted: accepted.map((t) => t.toUpperCase()).join(', '), type: (check.type ?? '').toUpperCase() } },
    ]);
  }
  const sha256 = crypto.createHash('sha256').update(input.bytes).digest('hex');
  const storageKey = await store.save(input.bytes, check.type);
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const r = await repo.insertFile(tx, {
        itemType,
        itemId,
        itemCode: input.itemCode,
        fileName,
        fileType: check.type,
        mimeType: mimeTypeOf(check.type),
        sizeBytes: input.bytes.length,
        sha256,
        storageKey,
        uploadedById: ctx.actor.id,
        uploadedByName: ctx.who.name,
      });
      await audit(tx, ctx.who, 'file.upload', itemType, itemId, { file: { from: null, to: fileName }, itemCode: { from: null, to: input.itemCode } });
      return r;
    });
    return presentFile(row, undefined);
  } catch (e) {
    await store.remove(storageKey);
    throw e;
  }
}

export async function listItemFiles(db: Executor, itemType: FileItemType, itemId: string) {
  return (await repo.listFiles(db, itemType, itemId)).map((f) => presentFile(f));
}

/** A file the actor may read (its dossier or plan is in scope), with its path on disk. */
export async function fileForDownload(ctx: Pick<CycleCtx, 'db' | 'actor'>, store: FileStore, fileId: string) {
  const row = await repo.getFile(ctx.db, fileId, true);
  if (!row || (row.itemType !== 'dossier' && row.itemType !== 'business-plan')) throw new NotFoundError('file');
  await loadOwner(ctx.db, ctx, row.itemType, row.itemId);
  const full = store.path(row.storageKey);
  if (!fs.existsSync(full)) throw new NotFoundError('file');
  return { row, path: full };
}

export async function deleteFile(ctx: CycleCtx, fileId: string): Promise<void> {
  const row = await repo.getFile(ctx.db, fileId);
  if (!row || (row.itemType !== 'dossier' && row.itemType !== 'business-plan')) throw new NotFoundError('file');
  const { core } = await loadOwner(ctx.db, ctx, row.itemType, row.itemId);
  ensureEditable(row.itemType, core, ctx.actor);
  await ctx.db.transaction(async (tx) => {
    const gone = await repo.deleteFile(tx, fileId);
    if (!gone) throw new NotFoundError('file');
    await audit(tx, ctx.who, 'file.delete', row.itemType, row.itemId, { file: { from: row.fileName, to: null }, itemCode: { from: row.itemCode, to: null } });
  });
}
