import type { BusinessPlanContent, CommunePreAssessment, DossierEntryPath, DossierPurpose, IdeaForm, SupportKind } from '../../domain/cycle';
import type { PreAssessment } from '../../contracts/rounds';

/** The dossier's pre-assessment record: the commune's results on the dossier criteria and its sheet criteria. */
export type StoredPreAssessment = Partial<CommunePreAssessment> & { sheet?: PreAssessment };
import {
  pgTable, text, uuid, boolean, integer, timestamp, jsonb, bigint, bigserial, index, uniqueIndex, date, primaryKey,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { location } from './columns';
import { entities, products } from './registry';
import { users } from './users';

/**
 * The annual OCOP cycle (SPEC C3): a cycle per province and year with its calendar, and the
 * items officers and producers move through it — product ideas (step 2), business plans
 * (step 3) with their implementation records (step 4), evaluation dossiers (step 5 entry) —
 * plus step-1 communication and training logs. Every status change is a row of
 * `cycle_transitions` (the item's timeline); filed contents are kept in `cycle_item_versions`.
 */


/** Calendar entry as stored: step number and code, opening day and deadline (ISO dates). */
export interface StoredCalendarEntry {
  step: number;
  code: string;
  opensOn: string;
  deadline: string;
}

export const cycles = pgTable(
  'cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    status: text('status').notNull(),
    calendar: jsonb('calendar').$type<StoredCalendarEntry[]>().notNull(),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    version: integer('version').notNull().default(1),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cycles_province_year_uq').on(t.provinceCode, t.year)],
);

/** Columns every workflow item (idea, business plan, dossier) carries. */
const item = {
  id: uuid('id').primaryKey().defaultRandom(),
  cycleId: uuid('cycle_id')
    .notNull()
    .references(() => cycles.id),
  cycleYear: integer('cycle_year').notNull(),
  /** 'current' (two-level, from 2025-07-01) or 'legacy' (with districts): which machine applies. */
  procedure: text('procedure').notNull(),
  ...location,
  /** The registered entity concerned (null for an idea of an entity still to be founded). */
  entityId: uuid('entity_id').references(() => entities.id),
  /** The entity whose producer accounts own the item (see it, revise it, withdraw it). */
  ownerEntityId: uuid('owner_entity_id').references(() => entities.id),
  productName: text('product_name').notNull(),
  groupCode: text('group_code').notNull(),
  subgroupCode: text('subgroup_code'),
  status: text('status').notNull(),
  version: integer('version').notNull().default(1),
  /** Number of filed versions of the content (1 after the first submission). */
  contentVersion: integer('content_version').notNull().default(0),
  createdById: uuid('created_by_id').references(() => users.id),
  /** Role of the account that created the item: the producer, or an officer on its behalf. */
  filedByRole: text('filed_by_role').notNull(),
  /** When the item entered its current status (work queues are ordered by it). */
  statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
  /** By when the next action is due (null when nothing is due). */
  dueOn: date('due_on', { mode: 'string' }),
  firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
  /** Filed after the step's deadline in the cycle calendar. */
  late: boolean('late').notNull().default(false),
  /** Note of the last transition (the reason of a return, a rejection…). */
  lastNote: text('last_note'),
  searchText: text('search_text').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const ideas = pgTable(
  'ideas',
  {
    ...item,
    proposerName: text('proposer_name').notNull(),
    /** The would-be entity when there is no registered one: { name, type }. */
    proposedEntity: jsonb('proposed_entity').$type<{ name: string; type: string } | null>(),
    /** The whole idea form as filed (domain/cycle/forms ideaFormSchema). */
    form: jsonb('form').$type<IdeaForm>().notNull(),
  },
  (t) => [
    index('ideas_province_status_idx').on(t.provinceCode, t.status, t.statusChangedAt),
    index('ideas_unit_idx').on(t.unitStructure, t.unitCode),
    index('ideas_owner_idx').on(t.ownerEntityId),
    index('ideas_cycle_idx').on(t.cycleId),
  ],
);

export const businessPlans = pgTable(
  'business_plans',
  {
    ...item,
    ideaId: uuid('idea_id').references(() => ideas.id),
    /** The plan being written or revised (domain/cycle/forms businessPlanFormSchema). */
    content: jsonb('content').$type<BusinessPlanContent>().notNull(),
  },
  (t) => [
    index('business_plans_province_status_idx').on(t.provinceCode, t.status, t.statusChangedAt),
    index('business_plans_unit_idx').on(t.unitStructure, t.unitCode),
    index('business_plans_owner_idx').on(t.ownerEntityId),
    // one live plan per idea: a retry or a second click cannot start another
    uniqueIndex('business_plans_idea_live_uq').on(t.ideaId).where(sql`${t.ideaId} is not null and ${t.status} not in ('rejected', 'withdrawn')`),
  ],
);

export const dossiers = pgTable(
  'dossiers',
  {
    ...item,
    /** 'cycle' (idea → business plan) or 'existing-product' (registered directly). */
    entryPath: text('entry_path').$type<DossierEntryPath>().notNull(),
    productId: uuid('product_id').references(() => products.id),
    businessPlanId: uuid('business_plan_id').references(() => businessPlans.id),
    ideaId: uuid('idea_id').references(() => ideas.id),
    /** Code of the dossier checklist (rule version) the dossier is checked against. */
    checklistCode: text('checklist_code').notNull(),
    /**
     * The commune's pre-assessment (Decision 1489/2025): the dossier criteria (`results`) and,
     * once the product is in a round, the pre-assessed sheet criteria (`sheet`). The one record
     * of it: the round reads and writes this one for products that came with their dossier.
     */
    preAssessment: jsonb('pre_assessment').$type<StoredPreAssessment | null>(),
    preAssessedAt: timestamp('pre_assessed_at', { withTimezone: true }),
    /** 're-recognition' or 'upgrade' when started from the product's last dossier; null for a first evaluation. */
    purpose: text('purpose').$type<DossierPurpose>(),
    /** The dossier whose documents this one carried over. */
    reusedFromId: uuid('reused_from_id'),
  },
  (t) => [
    index('dossiers_province_status_idx').on(t.provinceCode, t.status, t.statusChangedAt),
    index('dossiers_unit_idx').on(t.unitStructure, t.unitCode),
    index('dossiers_owner_idx').on(t.ownerEntityId),
    // the funnel report's "implemented" probe: any dossier of the plan, whatever its status
    index('dossiers_plan_idx').on(t.businessPlanId),
    uniqueIndex('dossiers_product_live_uq').on(t.productId).where(sql`${t.productId} is not null and ${t.status} not in ('evaluated', 'rejected', 'withdrawn')`),
    uniqueIndex('dossiers_plan_live_uq').on(t.businessPlanId).where(sql`${t.businessPlanId} is not null and ${t.status} not in ('evaluated', 'rejected', 'withdrawn')`),
  ],
);

/** Every transition of every cycle item (and of the cycles themselves): the timelines. */
export const cycleTransitions = pgTable(
  'cycle_transitions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemType: text('item_type').notNull(),
    itemId: uuid('item_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    note: text('note'),
    /** Content version filed by this transition. */
    contentVersion: integer('content_version'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cycle_transitions_item_idx').on(t.itemType, t.itemId, t.id)],
);

/** Filed versions of an item's content (every business-plan version is kept). */
export const cycleItemVersions = pgTable(
  'cycle_item_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemType: text('item_type').notNull(),
    itemId: uuid('item_id').notNull(),
    number: integer('number').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    /** Attachments as they were when this version was filed. */
    files: jsonb('files').$type<Array<{ id: string; itemCode: string; fileName: string }>>().notNull().default([]),
    createdById: uuid('created_by_id'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cycle_item_versions_uq').on(t.itemType, t.itemId, t.number)],
);

/** Uploaded files of dossiers (per checklist item) and business plans (attachments). */
export const cycleFiles = pgTable(
  'cycle_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemType: text('item_type').notNull(),
    itemId: uuid('item_id').notNull(),
    /** Checklist item code for dossiers; 'attachment' for business plans. */
    itemCode: text('item_code').notNull(),
    fileName: text('file_name').notNull(),
    /** Kind sniffed from the content: pdf, jpg, png, webp, docx, xlsx. */
    fileType: text('file_type').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    /** Path of the stored file relative to the uploads folder. */
    storageKey: text('storage_key').notNull(),
    uploadedById: uuid('uploaded_by_id'),
    uploadedByName: text('uploaded_by_name'),
    /** A document carried over from an earlier dossier: the file it was taken from… */
    reusedFromFileId: uuid('reused_from_file_id'),
    /** …and the document's original date (its first upload), which its validity counts from. */
    originalDate: date('original_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('cycle_files_item_idx').on(t.itemType, t.itemId)],
);

/**
 * Evidence per criterion of an evaluation dossier (issue 11, item 5): a file (kept in
 * `cycle_files` with item type `dossier-evidence`) or a link that justifies the producer's
 * self-assessed option of one criterion of the product's score sheet. Removed evidence keeps
 * its row (`deleted_at`); evidence carried over to a re-recognition or upgrade dossier points
 * at the row it came from and keeps its original date.
 */
export const dossierEvidence = pgTable(
  'dossier_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    criterionCode: text('criterion_code').notNull(),
    /** The self-assessed option the evidence justifies (null: the criterion as a whole). */
    optionCode: text('option_code'),
    kind: text('kind').$type<'file' | 'link'>().notNull(),
    fileId: uuid('file_id').references(() => cycleFiles.id),
    url: text('url'),
    title: text('title').notNull(),
    /** Last valid day of the document (a test report, a certificate), if it has one. */
    validUntil: date('valid_until', { mode: 'string' }),
    reusedFromId: uuid('reused_from_id'),
    /** The evidence's own date: when it was first attached (kept through reuses). */
    originalDate: date('original_date', { mode: 'string' }).notNull(),
    createdById: uuid('created_by_id'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('dossier_evidence_dossier_idx').on(t.dossierId, t.criterionCode)],
);

/** Idempotency keys of creations and transitions: a retry returns the first result. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    scope: text('scope').notNull(),
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code').notNull(),
    itemType: text('item_type').notNull(),
    itemId: uuid('item_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** In-app notifications, written in the same transaction as the transition they tell of. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    itemType: text('item_type').notNull(),
    itemId: uuid('item_id').notNull(),
    title: text('title').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorName: text('actor_name'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** Step 1: communication activity (articles, reportages, broadcasts, loudspeaker slots, conferences). */
export const communicationLogs = pgTable(
  'communication_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
    budgetVnd: bigint('budget_vnd', { mode: 'number' }).notNull().default(0),
    date: date('date', { mode: 'string' }).notNull(),
    title: text('title'),
    ...location,
    unitLevel: text('unit_level').notNull(),
    createdById: uuid('created_by_id'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('communication_logs_province_year_idx').on(t.provinceCode, t.year)],
);

/** Step 1: training classes (topic, participants, budget). */
export const trainingClasses = pgTable(
  'training_classes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    topic: text('topic').notNull(),
    participants: integer('participants').notNull(),
    budgetVnd: bigint('budget_vnd', { mode: 'number' }).notNull().default(0),
    date: date('date', { mode: 'string' }).notNull(),
    ...location,
    unitLevel: text('unit_level').notNull(),
    createdById: uuid('created_by_id'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('training_classes_province_year_idx').on(t.provinceCode, t.year)],
);

/** Step 4: support received while implementing an accepted business plan. */
export const implementationSupport = pgTable(
  'implementation_support',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessPlanId: uuid('business_plan_id')
      .notNull()
      .references(() => businessPlans.id),
    kind: text('kind').$type<SupportKind>().notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    provider: text('provider').notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }),
    note: text('note'),
    createdById: uuid('created_by_id'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [index('implementation_support_plan_idx').on(t.businessPlanId)],
);

/** Step 4: capital mobilised by source, per plan and year (VND). */
export const implementationCapital = pgTable(
  'implementation_capital',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessPlanId: uuid('business_plan_id')
      .notNull()
      .references(() => businessPlans.id),
    year: integer('year').notNull(),
    own: bigint('own', { mode: 'number' }).notNull().default(0),
    credit: bigint('credit', { mode: 'number' }).notNull().default(0),
    provincialBudget: bigint('provincial_budget', { mode: 'number' }).notNull().default(0),
    districtBudget: bigint('district_budget', { mode: 'number' }).notNull().default(0),
    integratedProgrammes: bigint('integrated_programmes', { mode: 'number' }).notNull().default(0),
    other: bigint('other', { mode: 'number' }).notNull().default(0),
    updatedById: uuid('updated_by_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('implementation_capital_plan_year_uq').on(t.businessPlanId, t.year)],
);

/** Step 4: progress notes. */
export const implementationNotes = pgTable(
  'implementation_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessPlanId: uuid('business_plan_id')
      .notNull()
      .references(() => businessPlans.id),
    date: date('date', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
    createdById: uuid('created_by_id'),
    createdByName: text('created_by_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('implementation_notes_plan_idx').on(t.businessPlanId)],
);
