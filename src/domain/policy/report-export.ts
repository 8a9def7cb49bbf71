import { definePolicy } from './policy';

/**
 * A report export run as a background job: its progress and its file belong to the user who
 * asked for it, and to no one else (an administrator included: the file holds what that user's
 * jurisdiction let them see). Anyone else gets "not found".
 */
export const REPORT_EXPORT_ACTIONS = ['read'] as const;
export type ReportExportAction = (typeof REPORT_EXPORT_ACTIONS)[number];

export interface ReportExportRecord {
  requestedById: string;
}

export const reportExportPolicy = definePolicy<ReportExportRecord, ReportExportAction>({
  kind: 'reportExport',
  actions: REPORT_EXPORT_ACTIONS,
  recordActions: [],
  scope: (actor) => ({ kind: 'user', userId: actor.id }),
  may: (actor, _action, record) => !!actor && actor.id === record.requestedById,
  inJurisdiction: (actor, record) => !!actor && actor.id === record.requestedById,
});
