import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/entities.service';
import { entities } from '../../contracts/entities';
import { ENTITY_TYPE_LABELS } from '../../domain/entities/entity.schema';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { route } from './route';
import { sendXlsx } from './files';
import { toXlsx } from '../../services/exports/xlsx';

export async function entityRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, entities.list, async (request) => service.listEntities(db, requireActor(request), request.query));

  route(app, entities.export, async (request, reply) => {
    const { items } = await service.listEntities(db, requireActor(request), { ...request.query, page: 1, pageSize: 50_000 });
    const vi = request.lang === 'vi';
    const buffer = await toXlsx(vi ? 'Chủ thể OCOP' : 'OCOP entities', [
      { header: vi ? 'Tên chủ thể' : 'Name', width: 45, value: (e) => e.name },
      { header: vi ? 'Loại hình' : 'Type', width: 22, value: (e) => ENTITY_TYPE_LABELS[e.type]?.[request.lang] ?? e.type },
      { header: vi ? 'Mã số thuế' : 'Tax code', width: 16, value: (e) => e.taxCode },
      { header: vi ? 'Người đại diện' : 'Representative', width: 25, value: (e) => e.representative },
      { header: vi ? 'Địa chỉ' : 'Address', width: 40, value: (e) => e.address },
      { header: vi ? 'Xã/phường' : 'Commune', width: 22, value: (e) => e.unitName },
      { header: vi ? 'Tỉnh/thành phố' : 'Province', width: 22, value: (e) => e.provinceName },
      { header: vi ? 'Năm thành lập' : 'Founded', width: 12, value: (e) => e.foundedYear },
      { header: vi ? 'Lao động' : 'Employees', width: 10, numFmt: '#,##0', value: (e) => e.employees },
      { header: vi ? 'Số sản phẩm' : 'Products', width: 10, value: (e) => e.productCount },
    ], items);
    return sendXlsx(reply, buffer, vi ? 'chu-the-ocop' : 'ocop-entities');
  });

  route(app, entities.get, async (request) => service.getEntity(db, requireActor(request), request.params.id));

  route(app, entities.create, async (request, reply) =>
    reply.code(201).send(await service.createEntity(db, requireActor(request), auditActor(request), request.body)),
  );

  route(app, entities.update, async (request) => service.updateEntity(db, requireActor(request), auditActor(request), request.params.id, request.body));

  route(app, entities.remove, async (request, reply) => {
    await service.deleteEntity(db, requireActor(request), auditActor(request), request.params.id, request.query.version);
    return reply.code(204).send(null);
  });

  route(app, entities.audit, async (request) => ({ items: await service.entityTimeline(db, requireActor(request), request.params.id) }));
}
