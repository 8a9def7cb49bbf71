import type { UnitStructure } from '../../domain/policy/scope';
import type { Seat } from '../../domain/policy/round';
import {
  pgTable, text, uuid, boolean, integer, timestamp, jsonb, index, uniqueIndex, date, doublePrecision, primaryKey,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { CriteriaSet, CriteriaSetStatus, ProductGroupCode } from '../../domain/criteria/types';
import type { DossierCheckStatus, RoundEntrySource, RoundLevel, RoundStatus } from '../../domain/ranking/rounds';
import type { ApprovalDecision, PreAssessment, ProductResult, RecognitionOutcome } from '../../contracts/rounds';
import { entities, products } from './registry';
import { users } from './users';

/**
 * Evaluation and ranking (SPEC C4): versioned criteria sets, evaluation rounds with their
 * council, score sheets, certificates and the keys that sign their QR tokens.
 */

/**
 * Criteria-set versions as data. `definition` is the whole set (domain/criteria/types); the
 * other columns repeat what lists and look-ups filter on. A trigger (migration
 * "evaluation_guards") refuses any change to a published version except withdrawal.
 */
export const criteriaSets = pgTable(
  'criteria_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    ruleVersion: text('rule_version').notNull(),
    decisionNumber: text('decision_number').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    groups: jsonb('groups').$type<ProductGroupCode[]>().notNull(),
    status: text('status').$type<CriteriaSetStatus>().notNull(),
    toBeConfirmed: boolean('to_be_confirmed').notNull(),
    /** Shipped with the product (resources/criteria-sets), not entered by an administrator. */
    official: boolean('official').notNull().default(false),
    definition: jsonb('definition').$type<CriteriaSet>().notNull(),
    basedOn: text('based_on'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('criteria_sets_code_uq').on(t.code), index('criteria_sets_effective_idx').on(t.status, t.effectiveFrom)],
);

/** An evaluation round (đợt đánh giá) of a council at one level of one unit. */
export const evaluationRounds = pgTable(
  'evaluation_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    level: text('level').$type<RoundLevel>().notNull(),
    unitStructure: text('unit_structure').$type<UnitStructure>().notNull(),
    unitCode: text('unit_code').notNull(),
    provinceCode: text('province_code'), // null for central rounds
    districtCode: text('district_code'),
    date: date('date', { mode: 'string' }).notNull(),
    /** The rule version in force on `date` (decides the recognition procedure). */
    ruleVersion: text('rule_version').notNull(),
    status: text('status').$type<RoundStatus>().notNull().default('open'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    decisionIssuer: text('decision_issuer'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: uuid('approved_by'),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_rounds_province_idx').on(t.provinceCode, t.date), index('evaluation_rounds_status_idx').on(t.status)],
);

/** Council members (one chair), members and the advisory team of a round. */
export const evaluationRoundMembers = pgTable(
  'evaluation_round_members',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<Seat>().notNull(), // chair | member | advisor
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index('evaluation_round_members_user_idx').on(t.userId)],
);

/** A product evaluated in a round: its criteria set, dossier check, commune pre-assessment and result. */
export const evaluationRoundProducts = pgTable(
  'evaluation_round_products',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    criteriaSetId: uuid('criteria_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    /** The sheet of the product's set within the version (null: the version's single sheet). */
    sheetCode: text('sheet_code'),
    position: integer('position').notNull(),
    source: text('source').$type<RoundEntrySource>().notNull().default('direct'),
    dossierId: text('dossier_id'),
    dossierStatus: text('dossier_status').$type<DossierCheckStatus>().notNull().default('unchecked'),
    dossierPresent: jsonb('dossier_present').$type<string[]>(),
    dossierMissing: jsonb('dossier_missing').$type<string[]>(),
    dossierNote: text('dossier_note'),
    checkedBy: uuid('checked_by'),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
    /**
     * The commune's pre-assessment of a product added directly (without a cycle dossier). A
     * product that came with its dossier keeps it on the dossier (`dossiers.pre_assessment`,
     * key `sheet`): one record, read by the round and the dossier alike.
     */
    preAssessment: jsonb('pre_assessment').$type<PreAssessment>(),
    /** What the approver decided for a product the approval checks stopped (excluded, or certified with a reason). */
    approvalDecision: jsonb('approval_decision').$type<ApprovalDecision>(),
    /** Filled when the round closes (see services/evaluation-rounds.service). */
    result: jsonb('result').$type<ProductResult>(),
    meanTotal: doublePrecision('mean_total'),
    stars: integer('stars'),
    outcome: text('outcome').$type<RecognitionOutcome['action']>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.productId] }), index('evaluation_round_products_product_idx').on(t.productId)],
);

/** A member's declared conflict of interest: their sheet for that product never counts. */
export const evaluationConflicts = pgTable(
  'evaluation_conflicts',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.productId, t.userId] })],
);

/** One member's score sheet (phiếu chấm điểm) for one product of a round. */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRounds.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id),
    criteriaSetId: uuid('criteria_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    answers: jsonb('answers').$type<Record<string, string>>().notNull(),
    /** The member's comment per criterion (for the council's discussion of disagreements). */
    comments: jsonb('comments').$type<Record<string, string>>().notNull().default({}),
    total: doublePrecision('total').notNull(),
    parts: jsonb('parts').$type<Record<string, number>>().notNull(),
    complete: boolean('complete').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('score_sheets_member_uq').on(t.roundId, t.productId, t.memberId)],
);

/** OCOP certificates (giấy chứng nhận); status follows from the dates (domain/certificates/validity). */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    roundId: uuid('round_id').references(() => evaluationRounds.id),
    stars: integer('stars').notNull(),
    level: text('level').$type<RoundLevel>().notNull(),
    issuerName: text('issuer_name').notNull(),
    decisionNumber: text('decision_number').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    productName: text('product_name').notNull(),
    entityName: text('entity_name').notNull(),
    // Where the product is: jurisdiction over certificates follows the product's.
    unitStructure: text('unit_structure').$type<UnitStructure>().notNull(),
    unitCode: text('unit_code').notNull(),
    provinceCode: text('province_code').notNull(),
    districtCode: text('district_code'),
    revokedOn: date('revoked_on', { mode: 'string' }),
    revokedReason: text('revoked_reason'),
    revokedBy: uuid('revoked_by'),
    supersededOn: date('superseded_on', { mode: 'string' }),
    supersededById: uuid('superseded_by_id'),
    /** Compact JWS (EdDSA) carried by the QR code, and the key that signed it. */
    token: text('token').notNull(),
    kid: text('kid').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('certificates_number_uq').on(t.number),
    // One certificate per product and round, whatever happens to retries (idempotent approval).
    uniqueIndex('certificates_round_product_uq').on(t.roundId, t.productId).where(sql`${t.roundId} is not null`),
    index('certificates_product_idx').on(t.productId, t.issuedOn),
    index('certificates_province_idx').on(t.provinceCode, t.validUntil),
    index('certificates_entity_idx').on(t.entityId),
  ],
);

/** Per-province, per-year sequence of certificate numbers. */
export const certificateSequences = pgTable(
  'certificate_sequences',
  {
    provinceCode: text('province_code').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.provinceCode, t.year] })],
);

/** Expiry reminders already raised (one per certificate and threshold). */
export const certificateReminders = pgTable(
  'certificate_reminders',
  {
    certificateId: uuid('certificate_id')
      .notNull()
      .references(() => certificates.id),
    kind: text('kind').notNull(), // e.g. "90d", "30d", "expired"
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.certificateId, t.kind] })],
);

/**
 * Ed25519 keys signing the QR tokens. Generated on first use and kept only here (never in the
 * repository); the private key is a PKCS#8 PEM, encrypted when SIGNING_KEY_PASSPHRASE is set.
 */
export const signingKeys = pgTable(
  'signing_keys',
  {
    kid: text('kid').primaryKey(),
    alg: text('alg').notNull(),
    publicJwk: jsonb('public_jwk').$type<Record<string, string>>().notNull(),
    privateKeyPem: text('private_key_pem').notNull(),
    encrypted: boolean('encrypted').notNull().default(false),
    status: text('status').notNull(), // active | retired
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('signing_keys_active_uq').on(t.status).where(sql`${t.status} = 'active'`)],
);

/** A producer's self-assessment against a criteria set, with the predicted class. */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    criteriaSetId: uuid('criteria_set_id')
      .notNull()
      .references(() => criteriaSets.id),
    answers: jsonb('answers').$type<Record<string, string>>().notNull(),
    total: doublePrecision('total').notNull(),
    predictedStars: integer('predicted_stars').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('self_assessments_product_idx').on(t.productId, t.createdAt)],
);
