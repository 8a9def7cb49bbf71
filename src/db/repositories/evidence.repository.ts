import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { cycleFiles, dossierEvidence, evaluationRoundMembers, evaluationRoundProducts } from '../schema';

/** Evidence per criterion of evaluation dossiers (issue 11, item 5). */

export type EvidenceRow = typeof dossierEvidence.$inferSelect;
export type EvidenceInsert = typeof dossierEvidence.$inferInsert;

const evidenceView = { evidence: dossierEvidence, file: cycleFiles };

/** The live evidence of a dossier with its file (if any), in criterion then attachment order. */
export async function listEvidence(db: Executor, dossierId: string) {
  return db
    .select(evidenceView)
    .from(dossierEvidence)
    .leftJoin(cycleFiles, eq(cycleFiles.id, dossierEvidence.fileId))
    .where(and(eq(dossierEvidence.dossierId, dossierId), isNull(dossierEvidence.deletedAt)))
    .orderBy(asc(dossierEvidence.criterionCode), asc(dossierEvidence.createdAt), asc(dossierEvidence.id));
}

export type EvidenceView = Awaited<ReturnType<typeof listEvidence>>[number];

export async function getEvidence(db: Executor, id: string): Promise<EvidenceView | undefined> {
  const [row] = await db
    .select(evidenceView)
    .from(dossierEvidence)
    .leftJoin(cycleFiles, eq(cycleFiles.id, dossierEvidence.fileId))
    .where(and(eq(dossierEvidence.id, id), isNull(dossierEvidence.deletedAt)));
  return row;
}

export async function insertEvidence(db: Executor, values: EvidenceInsert): Promise<EvidenceRow> {
  const [row] = await db.insert(dossierEvidence).values(values).returning();
  return row;
}

/** Marks evidence removed (its row and file stay for the audit trail and for reuses). */
export async function removeEvidence(db: Executor, id: string): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .update(dossierEvidence)
    .set({ deletedAt: new Date() })
    .where(and(eq(dossierEvidence.id, id), isNull(dossierEvidence.deletedAt)))
    .returning();
  return row;
}

/** Does the user sit on the council of a round the product is in? */
export async function sitsOnRoundOfProduct(db: Executor, userId: string, productId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(evaluationRoundMembers)
    .innerJoin(evaluationRoundProducts, eq(evaluationRoundProducts.roundId, evaluationRoundMembers.roundId))
    .where(and(eq(evaluationRoundMembers.userId, userId), eq(evaluationRoundProducts.productId, productId)))
    .limit(1);
  return !!row;
}
