import fs from 'node:fs';
import path from 'node:path';
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteDeps } from './index';
import { photos } from '../../contracts/photos';
import { MAX_PHOTO_BYTES } from '../../domain/portal/photos';
import { AppError, NotFoundError, ValidationError } from '../../domain/errors';
import * as service from '../../services/portal/photos.service';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { route } from './route';

/** Reads the one picture of a multipart request (and `alt`, sent before it), within the size limit. */
export async function readPhoto(request: FastifyRequest): Promise<service.PhotoUpload> {
  let part: MultipartFile | undefined;
  try {
    part = await request.file({ limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 5 } });
    if (!part) throw new ValidationError([{ path: 'file', code: 'errors.upload.noFile' }]);
    const bytes = await part.toBuffer();
    const alt = (part.fields.alt as { value?: unknown } | undefined)?.value;
    return { bytes, alt: typeof alt === 'string' ? alt.normalize('NFC').slice(0, 300) : undefined };
  } catch (e) {
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError(413, 'errors.photo.tooLarge', { max: MAX_PHOTO_BYTES / 1024 / 1024 });
    if (e instanceof AppError) throw e;
    const status = (e as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) throw e;
    throw new ValidationError([{ path: 'file', code: 'errors.upload.malformed' }]);
  }
}

const TYPES = { webp: 'image/webp', jpg: 'image/jpeg' } as const;

export async function photoRoutes(app: FastifyInstance, { database, uploadsDir }: RouteDeps) {
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });
  const store = uploadsDir ? new service.PhotoStore(uploadsDir) : service.PhotoStore.temporary();
  const db = database.db;

  route(app, photos.upload, async (request, reply) => {
    const actor = requireActor(request);
    const upload = await readPhoto(request);
    const { photo, created } = await service.uploadPhoto(db, store, actor, auditActor(request), request.params.id, upload);
    return reply.code(created ? 201 : 200).send(photo);
  });

  route(app, photos.remove, async (request, reply) => {
    await service.removePhoto(db, requireActor(request), auditActor(request), request.params.id, request.params.photoId);
    return reply.code(204).send(null);
  });

  route(app, photos.file, async (request, reply) => {
    const { variant } = request.params;
    const file = await service.photoFile(db, store, request.actor, request.params.id, variant);
    const stat = await fs.promises.stat(file.path).catch(() => null);
    if (!stat) throw new NotFoundError('photo');
    // A photo's copies never change (a new photo gets a new id): cache them for a year.
    const etag = `"${request.params.id}-${variant}"`;
    reply
      .type(TYPES[path.extname(variant).slice(1) as keyof typeof TYPES])
      .header('etag', etag)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', file.isPublic ? 'public, max-age=31536000, immutable' : 'private, no-cache')
      .header('content-length', stat.size);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.send(fs.createReadStream(file.path));
  });
}
