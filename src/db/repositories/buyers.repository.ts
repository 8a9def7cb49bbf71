import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { buyerProfiles, users } from '../schema';
import type { Scope } from '../../domain/policy';
import { scopeWhere } from './scope';

export type BuyerRow = typeof buyerProfiles.$inferSelect;

const provinceName = sql<string | null>`(select p.name from admin_units p where p.structure = 'current' and p.code = buyer_profiles.province_code)`;
const view = { buyer: buyerProfiles, provinceName, active: users.active };
export type BuyerView = { buyer: BuyerRow; provinceName: string | null; active: boolean };
const cols = { ...buyerProfiles, ownerUserId: buyerProfiles.userId };

export async function listBuyers(db: Executor, q: { scope: Scope; q?: string; status?: string; page: number; pageSize: number }) {
  const where = and(
    scopeWhere(q.scope, cols),
    q.status ? eq(buyerProfiles.status, q.status) : undefined,
    q.q ? sql`(lower(${buyerProfiles.organisation}) like ${'%' + q.q.toLowerCase() + '%'} or ${buyerProfiles.email} like ${'%' + q.q.toLowerCase() + '%'})` : undefined,
  );
  const rows = await db
    .select(view)
    .from(buyerProfiles)
    .innerJoin(users, eq(users.id, buyerProfiles.userId))
    .where(where)
    .orderBy(sql`${buyerProfiles.status} = 'pending' desc`, desc(buyerProfiles.createdAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await db.select({ total: sql<number>`count(*)::int` }).from(buyerProfiles).where(where);
  return { rows, total };
}

export async function getBuyer(db: Executor, userId: string): Promise<BuyerView | undefined> {
  const [row] = await db.select(view).from(buyerProfiles).innerJoin(users, eq(users.id, buyerProfiles.userId)).where(eq(buyerProfiles.userId, userId));
  return row;
}

export async function findBuyerByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(buyerProfiles).where(eq(buyerProfiles.email, email));
  return row;
}

export async function insertBuyer(db: Executor, values: typeof buyerProfiles.$inferInsert): Promise<BuyerRow> {
  const [row] = await db.insert(buyerProfiles).values(values).returning();
  return row;
}

export async function updateBuyer(db: Executor, userId: string, version: number, values: Partial<typeof buyerProfiles.$inferInsert>) {
  const [row] = await db
    .update(buyerProfiles)
    .set({ ...values, version: sql`${buyerProfiles.version} + 1`, updatedAt: new Date() })
    .where(and(eq(buyerProfiles.userId, userId), eq(buyerProfiles.version, version)))
    .returning();
  return row;
}
