import { z } from 'zod';
import { endpoint } from './http';
import { actionsOf, auditTimeline, errorResponses, idParams, noContent, optionalQueryText, page, pagination, problemSchema, versionQuery } from './common';
import { MAX_UPLOAD_BYTES } from '../domain/cycle';
import { DOCUMENT_FILE_TYPES } from '../domain/reports/documents';
import { DOCUMENT_KINDS, DOCUMENT_LEVELS } from '../domain/reports/documents';
import { DOCUMENT_ACTIONS } from '../domain/policy/document';
import { isoDateSchema } from '../domain/cycle/forms';
import { optionalText, requiredText } from '../domain/text/zod-fields';

/**
 * The register of programme documents and policies (plans, decisions, guidance…) issued by
 * the central, provincial, district and commune levels; the `documents` report counts them.
 */

const tags = ['documents'];
export { DOCUMENT_KINDS, DOCUMENT_LEVELS, DOCUMENT_ACTIONS };

export const programmeDocumentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  /** Số hiệu, e.g. "1342/QĐ-UBND". */
  number: z.string(),
  issuedOn: z.string().describe('ISO date'),
  level: z.enum(DOCUMENT_LEVELS),
  /** The issuing unit: `VN` for central documents. */
  unitStructure: z.enum(['current', 'legacy']),
  unitCode: z.string(),
  unitName: z.string().nullable(),
  provinceCode: z.string().nullable(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  summary: z.string().nullable(),
  /** The attached file (the signed document's scan or its text), or null; download it from `url`. */
  file: z.object({ fileName: z.string(), fileType: z.string(), sizeBytes: z.number().int(), uploadedAt: z.string(), url: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: actionsOf(DOCUMENT_ACTIONS),
});
export type ProgrammeDocument = z.infer<typeof programmeDocumentSchema>;

export const documentCreateSchema = z
  .object({
    number: requiredText(60),
    issuedOn: isoDateSchema,
    /** `VN` (central), a current province or commune, or with `unitStructure: legacy` a legacy province, district or commune. */
    unitCode: z.string().regex(/^(VN|\d{2,5})$/, { error: 'errors.document.unit' }),
    unitStructure: z.enum(['current', 'legacy']).default('current'),
    kind: z.enum(DOCUMENT_KINDS),
    title: requiredText(500),
    summary: optionalText(4000),
  })
  .strict();
export const documentPatchSchema = documentCreateSchema
  .partial()
  .extend({ version: z.number().int().min(1) })
  .strict();
export type DocumentInput = z.input<typeof documentCreateSchema>;
export type DocumentPatch = z.input<typeof documentPatchSchema>;

export const documentListQuery = z.object({
  q: optionalQueryText.describe('accent-insensitive search on number and title'),
  unit: z.string().max(20).regex(/^(VN|(legacy:)?\d{2,5})$/, { error: 'errors.document.unit' }).optional().describe('issuing unit and the units under it (same codes as the reports)'),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  level: z.enum(DOCUMENT_LEVELS).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  ...pagination,
});
export type DocumentFilters = z.input<typeof documentListQuery>;

export const documents = {
  list: endpoint({
    method: 'GET',
    path: '/documents',
    tags,
    summary: 'Programme documents and policies, newest first',
    querystring: documentListQuery,
    response: { 200: page(programmeDocumentSchema), ...errorResponses },
  }),
  get: endpoint({
    method: 'GET',
    path: '/documents/:id',
    tags,
    summary: 'One programme document',
    params: idParams,
    response: { 200: programmeDocumentSchema, ...errorResponses },
  }),
  create: endpoint({
    method: 'POST',
    path: '/documents',
    tags,
    summary: 'Register a programme document (provincial and central offices, for their units)',
    description: 'The level follows from the issuing unit. A document with the same number, date and issuing unit already registered answers 409.',
    body: documentCreateSchema,
    response: { 201: programmeDocumentSchema, ...errorResponses },
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/documents/:id',
    tags,
    summary: 'Edit a programme document (send the version you read; 409 when stale)',
    params: idParams,
    body: documentPatchSchema,
    response: { 200: programmeDocumentSchema, ...errorResponses },
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/documents/:id',
    tags,
    summary: 'Delete a programme document (soft delete, audited)',
    params: idParams,
    querystring: versionQuery,
    response: { 204: noContent, ...errorResponses },
  }),
  attachFile: endpoint({
    method: 'POST',
    path: '/documents/:id/file',
    tags,
    summary: "Attach the document's file (replaces the one attached before; send the version you read, 409 when stale)",
    description: `multipart/form-data with one \`file\` (at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB) and the document's \`version\` (query parameter). The file's kind is read from its content (${DOCUMENT_FILE_TYPES.map((x) => x.toUpperCase()).join(', ')}) and must agree with its name's extension (400 naming \`file\` otherwise; 413 when too large). Those who may edit the document may attach its file.`,
    params: idParams,
    querystring: versionQuery,
    multipart: true,
    response: { 200: programmeDocumentSchema, ...errorResponses, 413: problemSchema },
  }),
  downloadFile: endpoint({
    method: 'GET',
    path: '/documents/:id/file',
    tags,
    summary: "Download the document's attached file (404 when none)",
    description: 'Answers the file itself, as an attachment, with `X-Content-Type-Options: nosniff` and a sandboxing Content-Security-Policy; whoever may read the document may download it.',
    params: idParams,
    produces: 'application/octet-stream',
    response: { 400: problemSchema, 401: problemSchema, 404: problemSchema },
  }),
  audit: endpoint({
    method: 'GET',
    path: '/documents/:id/audit',
    tags,
    summary: 'Audit timeline of a programme document',
    params: idParams,
    response: { 200: auditTimeline, ...errorResponses },
  }),
};
