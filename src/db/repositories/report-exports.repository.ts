import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { reportExports } from '../schema';

export type ReportExportRow = typeof reportExports.$inferSelect;
export type NewReportExport = typeof reportExports.$inferInsert;

export async function insertReportExport(db: Executor, values: NewReportExport): Promise<ReportExportRow> {
  const [row] = await db.insert(reportExports).values(values).returning();
  return row!;
}

export async function getReportExport(db: Executor, id: string): Promise<ReportExportRow | undefined> {
  const [row] = await db.select().from(reportExports).where(eq(reportExports.id, id));
  return row;
}

export async function userReportExports(db: Executor, userId: string, limit = 20): Promise<ReportExportRow[]> {
  return db.select().from(reportExports).where(eq(reportExports.requestedById, userId)).orderBy(desc(reportExports.createdAt)).limit(limit);
}

export async function updateReportExport(db: Executor, id: string, values: Partial<NewReportExport>): Promise<void> {
  await db.update(reportExports).set(values).where(eq(reportExports.id, id));
}

/** Progress of a running export (never moves a finished one back). */
export async function setReportExportProgress(db: Executor, id: string, progress: number): Promise<void> {
  await db.update(reportExports).set({ status: 'running', progress }).where(and(eq(reportExports.id, id), eq(reportExports.status, 'running')));
}
