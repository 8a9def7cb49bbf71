import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, noContent, problemSchema } from './common';
import { MAX_UPLOAD_BYTES } from '../domain/cycle';

/** Uploaded files of evaluation dossiers (per checklist item) and business plans (attachments). */

export const fileSchema = z.object({
  id: z.string(),
  itemCode: z.string(),
  fileName: z.string(),
  fileType: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
  url: z.string(),
  reuse: z
    .object({
      fromFileId: z.string(),
      originalDate: z.string().describe('the document’s own date (its first upload); its validity counts from it'),
      validUntil: z.string().nullable().describe('last valid day by the checklist item’s validity; null when such documents do not expire'),
      expired: z.boolean().describe('expired by today: to be replaced'),
    })
    .nullable()
    .describe('set when the document was carried over from an earlier dossier (re-recognition or upgrade)'),
});
export type UploadedFile = z.infer<typeof fileSchema>;

const uploadDescription = (what: string) =>
  `multipart/form-data with one \`file\` (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB) and ${what}. The file's kind is read from its content (PDF, JPEG, PNG, WebP, DOCX, XLSX) and must agree with its name's extension and with what the item accepts (400 naming \`file\` otherwise; 413 when too large). Only while the item is a draft or returned for revision.`;

const uploadQuery = z.object({ itemCode: z.string().max(60).optional() });
const uploadResponses = { 201: fileSchema, ...errorResponses, 413: problemSchema };

export const files = {
  uploadToDossier: endpoint({
    method: 'POST',
    path: '/dossiers/:id/files',
    tags: ['cycle: dossiers'],
    summary: 'Upload a document for a dossier checklist item',
    description: uploadDescription('the checklist item as `itemCode` (query parameter or form field before the file)'),
    params: idParams,
    querystring: uploadQuery,
    multipart: true,
    response: uploadResponses,
  }),
  uploadToBusinessPlan: endpoint({
    method: 'POST',
    path: '/business-plans/:id/files',
    tags: ['cycle: business plans'],
    summary: 'Attach a file to a business plan',
    description: uploadDescription('optionally `itemCode=attachment`'),
    params: idParams,
    querystring: uploadQuery,
    multipart: true,
    response: uploadResponses,
  }),
  download: endpoint({
    method: 'GET',
    path: '/files/:id',
    tags: ['cycle: dossiers'],
    summary: 'Download an uploaded file (of a dossier or business plan in your jurisdiction)',
    description:
      'Answers the file itself, with its own media type (PDF, JPEG, PNG, WebP, DOCX, XLSX), always as an attachment (the browser saves it, never shows it as a page), with `X-Content-Type-Options: nosniff` and a sandboxing Content-Security-Policy: a file uploaded by one user cannot run script in the platform for another.',
    params: idParams,
    produces: 'application/octet-stream',
    response: { 400: problemSchema, 401: problemSchema, 404: problemSchema },
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/files/:id',
    tags: ['cycle: dossiers'],
    summary: 'Remove an uploaded file (drafts and returned items; filed versions keep it)',
    params: idParams,
    response: { 204: noContent, ...errorResponses },
  }),
};
