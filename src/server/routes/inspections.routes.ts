import fs from 'node:fs';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { inspections } from '../../contracts/inspections';
import { MAX_PHOTO_BYTES } from '../../domain/portal/photos';
import { NotFoundError } from '../../domain/errors';
import * as service from '../../services/inspections/inspections.service';
import { PhotoStore } from '../../services/portal/photos.service';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { idempotencyKey } from './cycle-support';
import { readPhoto } from './photos.routes';
import { route } from './route';

const TYPES = { webp: 'image/webp', jpg: 'image/jpeg' } as const;

export async function inspectionRoutes(app: FastifyInstance, { database, uploadsDir }: RouteDeps) {
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });
  const store = uploadsDir ? new PhotoStore(uploadsDir) : PhotoStore.temporary();
  const db = database.db;

  route(app, inspections.list, async (request) => service.listInspections(db, requireActor(request), request.query));

  route(app, inspections.plan, async (request, reply) => {
    const { inspection, created } = await service.planInspection(db, requireActor(request), auditActor(request), request.body, idempotencyKey(request));
    return reply.code(created ? 201 : 200).send(inspection);
  });

  route(app, inspections.get, async (request) => service.getInspection(db, requireActor(request), request.params.id));

  route(app, inspections.update, async (request) => service.updateInspection(db, requireActor(request), auditActor(request), request.params.id, request.body));

  route(app, inspections.record, async (request) => service.recordInspection(db, requireActor(request), auditActor(request), request.params.id, request.body));

  route(app, inspections.cancel, async (request) => service.cancelInspection(db, requireActor(request), auditActor(request), request.params.id, request.body));

  route(app, inspections.removePhoto, async (request, reply) => {
    await service.removeInspectionPhoto(db, requireActor(request), auditActor(request), request.params.id, request.params.photoId);
    return reply.code(204).send(null);
  });

  route(app, inspections.uploadPhoto, async (request, reply) => {
    const actor = requireActor(request);
    const upload = await readPhoto(request);
    const { photo, created } = await service.uploadInspectionPhoto(db, store, actor, auditActor(request), request.params.id, upload);
    return reply.code(created ? 201 : 200).send(photo);
  });

  route(app, inspections.photoFile, async (request, reply) => {
    const { variant } = request.params;
    const file = await service.inspectionPhotoFile(db, store, request.actor, request.params.id, variant);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat) throw new NotFoundError('photo');
    reply
      .type(TYPES[variant.endsWith('.jpg') ? 'jpg' : 'webp'])
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .header('content-length', stat.size);
    return reply.send(fs.createReadStream(file));
  });
}
