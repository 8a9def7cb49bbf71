import { z } from 'zod';
import { endpoint } from './http';
import { errorResponses, idParams, pagination } from './common';
import { queryBool } from './cycle-items';

/** In-app notifications: one per transition of the annual cycle that concerns the user. */

const tags = ['notifications'];

export const notificationSchema = z.object({
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
export type AppNotification = z.infer<typeof notificationSchema>;

export const notificationListQuery = z.object({ unread: queryBool, ...pagination });
export type NotificationFilters = z.input<typeof notificationListQuery>;

export const notifications = {
  list: endpoint({
    method: 'GET',
    path: '/notifications',
    tags,
    summary: 'The caller’s in-app notifications, newest first',
    querystring: notificationListQuery,
    response: { 200: z.object({ items: z.array(notificationSchema), total: z.number(), unread: z.number() }), ...errorResponses },
  }),
  markRead: endpoint({
    method: 'POST',
    path: '/notifications/:id/read',
    tags,
    summary: 'Mark a notification read',
    params: idParams,
    response: { 200: notificationSchema, ...errorResponses },
  }),
  markAllRead: endpoint({
    method: 'POST',
    path: '/notifications/read-all',
    tags,
    summary: 'Mark every notification read',
    response: { 200: z.object({ updated: z.number() }), ...errorResponses },
  }),
};
