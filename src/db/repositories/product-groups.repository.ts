import { asc } from 'drizzle-orm';
import type { Executor } from '../client';
import { productGroups } from '../schema';

export async function allProductGroups(db: Executor) {
  return db.select().from(productGroups).orderBy(asc(productGroups.ordinal));
}
