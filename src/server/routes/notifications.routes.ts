import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './index';
import * as service from '../../services/cycle/notifications.service';
import { errorResponses, idParams, pagination } from './common';
import { cycleCtx, queryBool } from './cycle-support';

const notificationSchema = z.object({
  id: z.string(),
  itemType: z.string(),
  itemId: z.string(),
  title: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  toLabel: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
  readAt: z.string().nullable(),
});

export async function notificationRoutes(app: FastifyInstance, { database }: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = database.db;
  const tags = ['notifications'];

  r.get(
    '/notifications',
    {
      schema: {
        tags,
        summary: 'The caller’s in-app notifications, newest first',
        querystring: z.object({ unread: queryBool, ...pagination }),
        response: { 200: z.object({ items: z.array(notificationSchema), total: z.number(), unread: z.number() }), ...errorResponses },
      },
    },
    async (request) => service.listNotifications(cycleCtx(request, db), request.query),
  );

  r.post(
    '/notifications/:id/read',
    { schema: { tags, summary: 'Mark a notification read', params: idParams, response: { 200: notificationSchema, ...errorResponses } } },
    async (request) => service.markNotificationRead(cycleCtx(request, db), request.params.id),
  );

  r.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Mark every notification read', response: { 200: z.object({ updated: z.number() }), ...errorResponses } } },
    async (request) => service.markAllRead(cycleCtx(request, db)),
  );
}
