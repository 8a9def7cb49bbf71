import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client';
import type { Config } from '../../config';
import type { ImportFiles, ImportScheduler } from '../../services/imports/imports.service';
import { healthRoutes } from './health.routes';
import { authRoutes } from './auth.routes';
import { unitRoutes } from './units.routes';
import { entityRoutes } from './entities.routes';
import { productRoutes } from './products.routes';
import { userRoutes } from './users.routes';
import { criteriaSetRoutes } from './criteria-sets.routes';
import { evaluationRoundRoutes } from './evaluation-rounds.routes';
import { certificateRoutes } from './certificates.routes';
import { verifyRoutes } from './verify.routes';
import { stampRoutes } from './stamps.routes';
import { cycleRoutes } from './cycles.routes';
import { ideaRoutes } from './ideas.routes';
import { businessPlanRoutes } from './business-plans.routes';
import { implementationRoutes } from './implementation.routes';
import { dossierRoutes } from './dossiers.routes';
import { communicationRoutes } from './communication.routes';
import { worklistRoutes } from './worklist.routes';
import { notificationRoutes } from './notifications.routes';
import { uploadRoutes } from './uploads.routes';
import { reportRoutes } from './reports.routes';
import { tradeRoutes } from './trade.routes';
import { portalRoutes } from './portal.routes';
import { photoRoutes } from './photos.routes';
import { openDataRoutes } from './open-data.routes';
import { annualReportRoutes } from './annual-report.routes';
import { programmeRegisterRoutes } from './registers.routes';
import { demandRoutes } from './demands.routes';
import { importRoutes } from './imports.routes';
import { reportExportRoutes } from './report-exports.routes';
import { backupRoutes } from './backups.routes';
import { inspectionRoutes } from './inspections.routes';
import type { ReportExportFiles } from '../../services/reports/exports.service';
import type { BackupStore } from '../../services/backup/backups.service';

export interface RouteDeps {
  database: Database;
  /** A read replica (DATABASE_READ_URL) for national reports and report exports; absent = `database`. */
  readDatabase?: Database;
  config: Pick<Config, 'sessionDays' | 'secureCookies'>;
  /** Folder of uploaded files (dossier documents, plan attachments); a temporary folder when omitted. */
  uploadsDir?: string;
  /** Where uploaded import lists are kept and how their parsing and commits are run (the job queue). */
  imports: { files: ImportFiles; scheduler: ImportScheduler };
  /** Where background report exports keep their files, and how to wake the worker. */
  reportExports?: { files: ReportExportFiles; poke: () => void };
  /** The backup folder (administrator screen). */
  backups?: BackupStore;
}

/** Every API resource, each in its own file (mounted under /api). */
export async function registerRoutes(api: FastifyInstance, deps: RouteDeps): Promise<void> {
  for (const routes of [healthRoutes, authRoutes, unitRoutes, entityRoutes, productRoutes, userRoutes, criteriaSetRoutes, evaluationRoundRoutes, certificateRoutes, verifyRoutes, stampRoutes, inspectionRoutes]) {
    await api.register(routes, deps);
  }
  // the annual OCOP cycle (SPEC C3)
  for (const routes of [cycleRoutes, ideaRoutes, businessPlanRoutes, implementationRoutes, dossierRoutes, communicationRoutes, worklistRoutes, notificationRoutes, uploadRoutes]) {
    await api.register(routes, deps);
  }
  // programme reports and their registers (SPEC C5)
  for (const routes of [reportRoutes, annualReportRoutes, programmeRegisterRoutes]) {
    await api.register(routes, deps);
  }
  // step 6: trade promotion and buyers' demand (SPEC C6)
  for (const routes of [tradeRoutes, demandRoutes]) {
    await api.register(routes, deps);
  }
  // the public portal (SPEC C7)
  for (const routes of [portalRoutes, photoRoutes, openDataRoutes]) {
    await api.register(routes, deps);
  }
  // bulk import of existing lists (SPEC C8)
  await api.register(importRoutes, deps);
  // background report exports and the administrator's backups (jobs)
  await api.register(reportExportRoutes, deps);
  await api.register(backupRoutes, deps);
}
