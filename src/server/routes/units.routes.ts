import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import { getUnit, listUnits, unitMapping } from '../../services/units.service';
import { productGroupTree } from '../../services/product-groups.service';
import { productGroups, units } from '../../contracts/units';
import { route } from './route';

export async function unitRoutes(app: FastifyInstance, { database }: RouteDeps) {
  route(app, units.list, async (request) => listUnits(database.db, request.query));
  route(app, units.mapping, async (request) => ({ items: await unitMapping(database.db, request.query) }));
  route(app, units.get, async (request) => getUnit(database.db, request.params.structure, request.params.code));
  route(app, productGroups, async () => ({ items: await productGroupTree(database.db) }));
}
