import fs from 'node:fs';
import { z } from 'zod';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as uploads from '../../services/cycle/uploads.service';
import { MAX_UPLOAD_BYTES } from '../../domain/cycle';
import { AppError, ValidationError } from '../../domain/errors';
import { errorResponses, idParams, noContent } from './common';
import { cycleCtx, fileSchema, queryBool } from './cycle-support';

/** Reads the one file of a multipart request (and the `itemCode` field), enforcing the size limit. */
async function readUpload(request: FastifyRequest, defaultItemCode?: string) {
  const part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  if (!part) throw new ValidationError([{ path: 'file', code: 'errors.upload.noFile' }]);
  let bytes: Buffer;
  try {
    bytes = await part.toBuffer();
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError(413, 'errors.upload.tooLarge', { max: MAX_UPLOAD_BYTES / 1024 / 1024 });
    }
    throw e;
  }
  const field = part.fields.itemCode as { value?: unknown } | undefined;
  const query = request.query as { itemCode?: string };
  const itemCode = query.itemCode ?? (typeof field?.value === 'string' ? field.value : undefined) ?? defaultItemCode;
  if (!itemCode) throw new ValidationError([{ path: 'itemCode', code: 'errors.required' }]);
  return { itemCode, fileName: part.filename || 'tep-tin', bytes };
}

const uploadDescription = (what: string) =>
  `multipart/form-data with one \`file\` (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB) and ${what}. The file's kind is read from its content (PDF, JPEG, PNG, WebP, DOCX, XLSX) and must agree with its name's extension and with what the item accepts (400 naming \`file\` otherwise; 413 when too large). Only while the item is a draft or returned for revision.`;

export async function uploadRoutes(app: FastifyInstance, { database, uploadsDir }: RouteDeps) {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  const store = uploadsDir ? new uploads.FileStore(uploadsDir) : uploads.FileStore.temporary();
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const withLimit = { ...errorResponses, 413: errorResponses[400] };

  r.post(
    '/dossiers/:id/files',
    {
      schema: {
        tags: ['cycle: dossiers'],
        summary: 'Upload a document for a dossier checklist item',
        description: uploadDescription('the checklist item as `itemCode` (query parameter or form field before the file)'),
        consumes: ['multipart/form-data'],
        params: idParams,
        querystring: z.object({ itemCode: z.string().max(60).optional() }),
        response: { 201: fileSchema, ...withLimit },
      },
    },
    async (request, reply) => {
      const ctx = cycleCtx(request, db);
      const upload = await readUpload(request);
      return reply.code(201).send(await uploads.uploadFile(ctx, store, 'dossier', request.params.id, upload));
    },
  );

  r.post(
    '/business-plans/:id/files',
    {
      schema: {
        tags: ['cycle: business plans'],
        summary: 'Attach a file to a business plan',
        description: uploadDescription('optionally `itemCode=attachment`'),
        consumes: ['multipart/form-data'],
        params: idParams,
        querystring: z.object({ itemCode: z.string().max(60).optional() }),
        response: { 201: fileSchema, ...withLimit },
      },
    },
    async (request, reply) => {
      const ctx = cycleCtx(request, db);
      const upload = await readUpload(request, 'attachment');
      return reply.code(201).send(await uploads.uploadFile(ctx, store, 'business-plan', request.params.id, upload));
    },
  );

  r.get(
    '/files/:id',
    {
      schema: {
        tags: ['cycle: dossiers'],
        summary: 'Download an uploaded file (of a dossier or business plan in your jurisdiction)',
        params: idParams,
        querystring: z.object({ inline: queryBool.describe('show in the browser instead of downloading') }),
      },
    },
    async (request, reply) => {
      const { row, path } = await uploads.fileForDownload(cycleCtx(request, db), store, request.params.id);
      const disposition = request.query.inline ? 'inline' : 'attachment';
      const ascii = row.fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '_');
      return reply
        .type(row.mimeType)
        .header('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
        .header('cache-control', 'private, no-store')
        .send(fs.createReadStream(path));
    },
  );

  r.delete(
    '/files/:id',
    {
      schema: {
        tags: ['cycle: dossiers'],
        summary: 'Remove an uploaded file (drafts and returned items; filed versions keep it)',
        params: idParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await uploads.deleteFile(cycleCtx(request, db), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
