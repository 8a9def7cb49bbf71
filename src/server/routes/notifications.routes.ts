import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/notifications.service';
import { notifications } from '../../contracts/notifications';
import { cycleCtx } from './cycle-support';
import { route } from './route';

export async function notificationRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const db = database.db;

  route(app, notifications.list, async (request) => service.listNotifications(cycleCtx(request, db), request.query));

  route(app, notifications.markRead, async (request) => service.markNotificationRead(cycleCtx(request, db), request.params.id));

  route(app, notifications.markAllRead, async (request) => service.markAllRead(cycleCtx(request, db)));
}
