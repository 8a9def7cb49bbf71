import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../client';
import { cycleFiles } from '../schema';

export type FileRow = typeof cycleFiles.$inferSelect;
export type FileInsert = typeof cycleFiles.$inferInsert;

export async function insertFile(db: Executor, values: FileInsert): Promise<FileRow> {
  const [row] = await db.insert(cycleFiles).values(values).returning();
  return row;
}

/** The live files of an item, in upload order. */
export async function listFiles(db: Executor, itemType: string, itemId: string): Promise<FileRow[]> {
  return db
    .select()
    .from(cycleFiles)
    .where(and(eq(cycleFiles.itemType, itemType), eq(cycleFiles.itemId, itemId), isNull(cycleFiles.deletedAt)))
    .orderBy(asc(cycleFiles.createdAt), asc(cycleFiles.id));
}

/** A file by id; deleted ones too when asked (filed versions keep referring to them). */
export async function getFile(db: Executor, id: string, includeDeleted = false): Promise<FileRow | undefined> {
  const [row] = await db
    .select()
    .from(cycleFiles)
    .where(and(eq(cycleFiles.id, id), includeDeleted ? undefined : isNull(cycleFiles.deletedAt)));
  return row;
}

/** Soft delete (the stored file stays for the versions that reference it). */
export async function deleteFile(db: Executor, id: string): Promise<FileRow | undefined> {
  const [row] = await db
    .update(cycleFiles)
    .set({ deletedAt: new Date() })
    .where(and(eq(cycleFiles.id, id), isNull(cycleFiles.deletedAt)))
    .returning();
  return row;
}
