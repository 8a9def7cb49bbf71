import fs from 'node:fs';
import { z } from 'zod';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as uploads from '../../services/cycle/uploads.service';
import { attachmentDisposition, MAX_UPLOAD_BYTES } from '../../domain/cycle';
import { AppError, ValidationError } from '../../domain/errors';
import { errorResponses, idParams, noContent } from './common';
import { cycleCtx, fileSchema, registerCycleMessages } from './cycle-support';

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

const uploadDescription = (what: string) =>
  `multipart/form-data with one \`file\` (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB) and ${what}. The file's kind is read from its content (PDF, JPEG, PNG, WebP, DOCX, XLSX) and must agree with its name's extension and with what the item accepts (400 naming \`file\` otherwise; 413 when too large). Only while the item is a draft or returned for revision.`;

export async function uploadRoutes(app: FastifyInstance, { database, uploadsDir }: RouteDeps) {
  registerCycleMessages();
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
        description:
          'Always served as an attachment (the browser saves it, never shows it as a page), with `X-Content-Type-Options: nosniff` and a ' +
          'sandboxing Content-Security-Policy: a file uploaded by one user cannot run script in the platform for another.',
        params: idParams,
      },
    },
    async (request, reply) => {
      const { row, path } = await uploads.fileForDownload(cycleCtx(request, db), store, request.params.id);
      return reply
        .type(row.mimeType)
        .header('content-disposition', attachmentDisposition(row.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "sandbox; default-src 'none'")
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
