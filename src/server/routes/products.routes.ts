import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/products.service';
import { products } from '../../contracts/products';
import { requireActor } from '../plugins/auth';
import { auditActor } from './common';
import { route } from './route';
import { sendXlsx } from './files';
import { toXlsx } from '../../services/exports/xlsx';
import { productGroupNames } from '../../services/product-groups.service';

export async function productRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, products.list, async (request) => service.listProducts(db, request.actor, request.query));

  route(app, products.export, async (request, reply) => {
    const { items } = await service.listProducts(db, request.actor, { ...request.query, page: 1, pageSize: 50_000 });
    const vi = request.lang === 'vi';
    const groups = await productGroupNames(db, request.lang);
    const buffer = await toXlsx(vi ? 'Sản phẩm OCOP' : 'OCOP products', [
      { header: vi ? 'Tên sản phẩm' : 'Product', width: 45, value: (p) => p.name },
      { header: vi ? 'Chủ thể' : 'Entity', width: 40, value: (p) => p.entityName },
      { header: vi ? 'Nhóm' : 'Group', width: 28, value: (p) => groups.get(p.groupCode) ?? p.groupCode },
      { header: vi ? 'Phân nhóm' : 'Subgroup', width: 36, value: (p) => (p.subgroupCode ? (groups.get(p.subgroupCode) ?? p.subgroupCode) : null) },
      { header: vi ? 'Hạng sao' : 'Stars', width: 10, value: (p) => p.stars },
      { header: vi ? 'Xã/phường' : 'Commune', width: 22, value: (p) => p.unitName },
      { header: vi ? 'Tỉnh/thành phố' : 'Province', width: 22, value: (p) => p.provinceName },
      { header: vi ? 'Giá (đồng)' : 'Price (VND)', width: 14, numFmt: '#,##0', value: (p) => p.priceVnd },
    ], items);
    return sendXlsx(reply, buffer, vi ? 'san-pham-ocop' : 'ocop-products');
  });

  route(app, products.get, async (request) => service.getProduct(db, request.actor, request.params.id));

  route(app, products.create, async (request, reply) =>
    reply.code(201).send(await service.createProduct(db, requireActor(request), auditActor(request), request.body)),
  );

  route(app, products.update, async (request) => service.updateProduct(db, requireActor(request), auditActor(request), request.params.id, request.body));

  route(app, products.remove, async (request, reply) => {
    await service.deleteProduct(db, requireActor(request), auditActor(request), request.params.id, request.query.version);
    return reply.code(204).send(null);
  });

  route(app, products.audit, async (request) => ({ items: await service.productTimeline(db, requireActor(request), request.params.id) }));

  route(app, products.figures, async (request) => ({ items: await service.listFigures(db, request.actor, request.params.id) }));

  route(app, products.putFigure, async (request) =>
    service.putFigure(db, requireActor(request), auditActor(request), request.params.id, request.params.year, request.body),
  );

  route(app, products.removeFigure, async (request, reply) => {
    await service.deleteFigure(db, requireActor(request), auditActor(request), request.params.id, request.params.year);
    return reply.code(204).send(null);
  });
}
