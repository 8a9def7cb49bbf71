import fs from 'node:fs';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { RouteDeps } from './index';
import * as uploads from '../../services/cycle/uploads.service';
import { MAX_UPLOAD_BYTES } from '../../domain/cycle';
import { AppError, ValidationError } from '../../domain/errors';
import { files } from '../../contracts/files';
import { documents } from '../../contracts/documents';
import * as documentsService from '../../services/registers/documents.service';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { cycleCtx, idempotencyKey } from './cycle-support';
import { evidence } from '../../contracts/evidence';
import * as evidenceService from '../../services/cycle/evidence.service';
import { attachment } from './files';
import { route } from './route';

/** Reads the one file of a multipart request (and the `itemCode` field), enforcing the size limit. */
async function readUpload(request: FastifyRequest, defaultItemCode?: string) {
  let part: MultipartFile | undefined;
  let bytes: Buffer;
  try {
    part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
    if (!part) throw new ValidationError([{ path: 'file', code: 'errors.upload.noFile' }]);
    bytes = await part.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(413, 'errors.upload.tooLarge', { max: MAX_UPLOAD_BYTES / 1024 / 1024 });
    }
    // The multipart parser's own complaints (a boundary that never comes, a broken part header…)
    // are the client's: 400 naming the file. Fastify's limit errors keep their 4xx.
    if (e instanceof AppError || isClientError(e)) throw e;
    throw new ValidationError([{ path: 'file', code: 'errors.upload.malformed' }]);
  }
  const field = part.fields.itemCode as { value?: unknown } | undefined;
  const query = request.query as { itemCode?: string };
  const itemCode = query.itemCode ?? (typeof field?.value === 'string' ? field.value : undefined) ?? defaultItemCode;
  if (!itemCode) throw new ValidationError([{ path: 'itemCode', code: 'errors.required' }]);
  return { itemCode, fileName: part.filename || 'tep-tin', bytes };
}

function isClientError(e: unknown): boolean {
  const status = (e as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** An uploaded file, always as an attachment that cannot run script in the platform. */
function sendStored(reply: FastifyReply, row: { mimeType: string; fileName: string }, path: string) {
  return reply
    .type(row.mimeType)
    .header('content-disposition', attachment(row.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .header('cache-control', 'private, no-store')
    .send(fs.createReadStream(path));
}

export async function uploadRoutes(app: FastifyInstance, { database, uploadsDir }: RouteDeps) {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  const store = uploadsDir ? new uploads.FileStore(uploadsDir) : uploads.FileStore.temporary();
  const db = database.db;

  route(app, files.uploadToDossier, async (request, reply) => {
    const ctx = cycleCtx(request, db);
    const upload = await readUpload(request);
    return reply.code(201).send(await uploads.uploadFile(ctx, store, 'dossier', request.params.id, upload));
  });

  route(app, files.uploadToBusinessPlan, async (request, reply) => {
    const ctx = cycleCtx(request, db);
    const upload = await readUpload(request, 'attachment');
    return reply.code(201).send(await uploads.uploadFile(ctx, store, 'business-plan', request.params.id, upload));
  });

  route(app, files.download, async (request, reply) => {
    const { row, path } = await uploads.fileForDownload(cycleCtx(request, db), store, request.params.id);
    return sendStored(reply, row, path);
  });

  // the attached file of a programme document (issue 9): the same store, limits and content checks
  route(app, documents.attachFile, async (request) => {
    const actor = requireActor(request);
    const upload = await readUpload(request, 'attachment');
    return documentsService.attachDocumentFile(db, actor, auditActor(request), store, request.params.id, request.query.version, upload);
  });

  route(app, documents.downloadFile, async (request, reply) => {
    const { row, path } = await documentsService.documentFileForDownload(db, requireActor(request), store, request.params.id);
    return sendStored(reply, row, path);
  });

  // evidence per criterion (issue 11, item 5): links, files (same store, limits and content checks), removal
  route(app, evidence.list, async (request) => evidenceService.listDossierEvidence(cycleCtx(request, db), request.params.id));

  route(app, evidence.attachLink, async (request, reply) => {
    const { requestId: _requestId, ...input } = request.body;
    const { evidence: made, replayed } = await evidenceService.attachLink(cycleCtx(request, db), request.params.id, input, idempotencyKey(request));
    return reply.code(201).header('idempotent-replay', String(replayed)).send(made);
  });

  route(app, evidence.attachFile, async (request, reply) => {
    const ctx = cycleCtx(request, db);
    const upload = await readUpload(request, request.query.criterionCode);
    const { criterionCode, optionCode, title, validUntil } = request.query;
    return reply.code(201).send(await evidenceService.attachFile(ctx, store, request.params.id, { criterionCode, optionCode, title, validUntil, fileName: upload.fileName, bytes: upload.bytes }));
  });

  route(app, evidence.remove, async (request, reply) => {
    await evidenceService.removeEvidence(cycleCtx(request, db), request.params.id);
    return reply.code(204).send(null);
  });

  route(app, evidence.download, async (request, reply) => {
    const { row, path } = await evidenceService.evidenceFileForDownload(cycleCtx(request, db), store, request.params.id);
    return sendStored(reply, row, path);
  });

  route(app, files.remove, async (request, reply) => {
    await uploads.deleteFile(cycleCtx(request, db), request.params.id);
    return reply.code(204).send(null);
  });
}
