import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteDeps } from './index';
import { imports } from '../../contracts/imports';
import { AppError, ValidationError } from '../../domain/errors';
import type { ImportKind } from '../../domain/imports/kinds';
import * as service from '../../services/imports/imports.service';
import { importTemplate } from '../../services/imports/template';
import { groupRefs } from '../../db/repositories/imports.repository';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { sendXlsx } from './files';
import { route } from './route';

const tooLarge = () => new AppError(413, 'errors.upload.tooLarge', { max: service.MAX_IMPORT_BYTES / 1024 / 1024 });

/** Reads `kind` and streams the one `file` of the multipart body into the import service. */
async function upload(request: FastifyRequest, deps: service.ImportDeps) {
  const actor = requireActor(request);
  let part;
  try {
    part = await request.file({ limits: { fileSize: service.MAX_IMPORT_BYTES, files: 1, fields: 5 } });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new ValidationError([{ path: 'file', code: 'errors.upload.malformed' }]);
  }
  if (!part) throw new ValidationError([{ path: 'file', code: 'errors.upload.noFile' }]);
  const field = part.fields.kind as { value?: unknown } | undefined;
  const kind = typeof field?.value === 'string' ? field.value : (request.query as { kind?: string }).kind;
  if (!kind) {
    part.file.resume();
    throw new ValidationError([{ path: 'kind', code: 'errors.required' }]);
  }
  const file = part.file;
  try {
    return await service.createImport(deps, actor, auditActor(request), { kind, fileName: part.filename || 'import.xlsx', stream: file, truncated: () => file.truncated });
  } catch (e) {
    if (e instanceof service.TooLarge || (e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    file.resume();
    throw e;
  }
}

export async function importRoutes(app: FastifyInstance, { database, imports: { files, scheduler } }: RouteDeps) {
  await app.register(multipart, { limits: { fileSize: service.MAX_IMPORT_BYTES, files: 1 } });
  const db = database.db;
  const deps: service.ImportDeps = { db, files, scheduler };

  route(app, imports.template, async (request, reply) => {
    requireActor(request);
    const kind = request.params.kind as ImportKind;
    const buffer = await importTemplate(kind, request.lang, await groupRefs(db));
    return sendXlsx(reply, buffer, request.lang === 'vi' ? `mau-nhap-${kind}` : `import-template-${kind}`);
  });

  route(app, imports.list, async (request) => ({ items: await service.listImports(db, requireActor(request), request.lang) }));

  route(app, imports.create, async (request, reply) => reply.code(201).send(await upload(request, deps)));

  route(app, imports.get, async (request) => service.getImport(db, requireActor(request), request.params.id, request.lang));

  route(app, imports.setMapping, async (request, reply) => {
    await service.setMapping(deps, requireActor(request), request.params.id, request.body.sheets);
    return reply.code(202).send({ id: request.params.id, status: 'parsing' });
  });

  route(app, imports.commit, async (request, reply) =>
    reply.code(202).send(await service.commitImport(deps, requireActor(request), auditActor(request), request.params.id)),
  );
}
