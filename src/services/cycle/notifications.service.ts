import * as repo from '../../db/repositories/notifications.repository';
import { machineOf, type WorkflowKind } from '../../domain/cycle';
import { NotFoundError } from '../../domain/errors';
import type { CycleCtx } from './workflow';
import type { AppNotification } from '../../contracts/notifications';

/** In-app notifications: one per transition that concerns a user. */

function present(ctx: Pick<CycleCtx, 'lang'>, n: repo.NotificationRow): AppNotification {
  const kind = n.itemType as WorkflowKind;
  const machine = ['idea', 'business-plan', 'dossier'].includes(kind) ? machineOf(kind, 'current') : null;
  return {
    id: n.id,
    itemType: n.itemType,
    itemId: n.itemId,
    title: n.title,
    action: n.action,
    actionLabel: machine?.actions[n.action]?.label[ctx.lang] ?? n.action,
    from: n.fromStatus,
    to: n.toStatus,
    toLabel: machine?.statuses[n.toStatus]?.label[ctx.lang] ?? n.toStatus,
    actorName: n.actorName,
    note: n.note,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
    readAt: n.readAt ? n.readAt.toISOString() : null,
  };
}

export async function listNotifications(ctx: CycleCtx, q: { unread?: boolean; page: number; pageSize: number }) {
  const { rows, total, unread } = await repo.listNotifications(ctx.db, ctx.actor.id, { unreadOnly: !!q.unread, page: q.page, pageSize: q.pageSize });
  return { items: rows.map((r) => present(ctx, r)), total, unread };
}

export async function markNotificationRead(ctx: CycleCtx, id: string) {
  const row = await repo.findNotification(ctx.db, ctx.actor.id, id);
  if (!row) throw new NotFoundError('notification');
  await repo.markRead(ctx.db, ctx.actor.id, [id]);
  return present(ctx, (await repo.findNotification(ctx.db, ctx.actor.id, id))!);
}

export async function markAllRead(ctx: CycleCtx) {
  return { updated: await repo.markRead(ctx.db, ctx.actor.id) };
}
