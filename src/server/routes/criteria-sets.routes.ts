import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/criteria-sets.service';
import * as sheets from '../../services/criteria-sheets.service';
import { criteriaSets, criteriaSheets } from '../../contracts/criteria-sets';
import { AppError, ValidationError } from '../../domain/errors';
import { sendXlsx } from './files';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { route } from './route';

const tooLarge = () => new AppError(413, 'errors.upload.tooLarge', { max: sheets.MAX_SHEET_BYTES / 1024 / 1024 });

/** The one `file` of a multipart request, read whole (a score sheet is small). */
async function readSheetUpload(request: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  requireActor(request);
  try {
    const part = await request.file({ limits: { fileSize: sheets.MAX_SHEET_BYTES, files: 1, fields: 5 } });
    if (!part) throw new ValidationError([{ path: 'file', code: 'errors.upload.noFile' }]);
    const bytes = await part.toBuffer();
    return { fileName: part.filename || 'phieu-cham.xlsx', bytes };
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    const status = (e as { statusCode?: unknown }).statusCode;
    if (e instanceof AppError || (typeof status === 'number' && status >= 400 && status < 500)) throw e;
    throw new ValidationError([{ path: 'file', code: 'errors.upload.malformed' }]);
  }
}

export async function criteriaSetRoutes(app: FastifyInstance, { database }: RouteDeps) {
  await app.register(multipart, { limits: { fileSize: sheets.MAX_SHEET_BYTES, files: 1 } });
  const db = database.db;
  await service.ensureOfficialCriteriaSets(db);

  route(app, criteriaSets.list, async (request) => service.listCriteriaSets(db, request.actor, request.query));

  route(app, criteriaSets.get, async (request) => service.getCriteriaSet(db, request.actor, request.params.code));

  route(app, criteriaSets.create, async (request, reply) =>
    reply.code(201).send(await service.createCriteriaSet(db, requireActor(request), auditActor(request), request.body, request.query.basedOn ?? null)),
  );

  route(app, criteriaSets.validate, async (request) => service.validateOnly(request.body));

  route(app, criteriaSets.update, async (request) =>
    service.updateCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version, request.body.definition),
  );

  route(app, criteriaSets.publish, async (request) =>
    service.publishCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version),
  );

  route(app, criteriaSets.withdraw, async (request) =>
    service.withdrawCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.body.version, request.body.reason),
  );

  route(app, criteriaSets.remove, async (request, reply) => {
    await service.deleteCriteriaSet(db, requireActor(request), auditActor(request), request.params.code, request.query.version);
    return reply.code(204).send(null);
  });

  route(app, criteriaSheets.template, async (request, reply) => {
    const buffer = await sheets.sheetTemplate(requireActor(request), request.lang);
    return sendXlsx(reply, buffer, request.lang === 'vi' ? 'mau-phieu-cham' : 'score-sheet-template');
  });

  route(app, criteriaSheets.import, async (request) => {
    const actor = requireActor(request);
    return sheets.importSheet(actor, await readSheetUpload(request));
  });
}
