import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { backups } from '../../contracts/backups';
import * as service from '../../services/backup/backups.service';
import { requireActor } from '../plugins/auth';
import { attachment } from './files';
import { route } from './route';

/** The administrator's backups: list, start (a job), follow, download. */
export async function backupRoutes(app: FastifyInstance, { database, backups: store }: RouteDeps) {
  if (!store) return;
  const db = database.db;
  const poke = () => (app as FastifyInstance & { jobs?: { poke(): void } }).jobs?.poke();
  route(app, backups.list, async (request) => service.listBackups(db, store, requireActor(request)));
  route(app, backups.export, async (request, reply) => {
    const body = await service.exportBackups(db, store, requireActor(request), request.lang);
    return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', attachment(request.lang === 'vi' ? 'sao-luu-du-lieu.xlsx' : 'backups.xlsx')).send(body);
  });
  route(app, backups.create, async (request, reply) => reply.code(202).send(await service.startBackup(db, requireActor(request), poke)));
  route(app, backups.job, async (request) => service.backupJob(db, requireActor(request), request.params.id));
  route(app, backups.file, async (request, reply) => {
    const f = service.backupFile(store, requireActor(request), request.params.name);
    return reply.type('application/gzip').header('content-disposition', attachment(request.params.name)).header('content-length', f.sizeBytes).send(fs.createReadStream(f.file));
  });
}
