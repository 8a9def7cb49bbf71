import { ForbiddenError, NotFoundError, UnauthorizedError, ValidationError } from '../errors';
import type { Policy } from './policy';
import { inScope, unitScope, type Actor, type Located, type Scope } from './scope';
import { ENTITY_REACH, entityPolicy } from './entity';
import { PRODUCT_REACH, productPolicy } from './product';
import { certificatePolicy } from './certificate';
import { userPolicy } from './user';
import { unitPolicy } from './unit';
import { criteriaSetPolicy } from './criteria-set';
import { cyclePolicy } from './cycle';
import { cycleItemPolicy, hasWorkQueue, mayFile } from './cycle-item';
import { activityLogPolicy } from './activity-log';
import { implementationPolicy } from './implementation';
import { mayCreateRoundAt, roundEntryPolicy, roundPolicy } from './round';
import { reportPolicy, runnableReports } from './report';
import { documentPolicy } from './document';
import { targetPolicy } from './target';
import { fairPolicy, giftComboPolicy, listingPolicy, salesPointPolicy, tradeContractPolicy } from './trade';
import { buyerPolicy, demandPolicy, seesMatchingDemands } from './demand';
import { stampPolicy } from './stamp';
import { importPolicy } from './import';
import { evidencePolicy } from './evidence';
import { reportExportPolicy } from './report-export';
import { backupPolicy } from './backup';
import { inspectionPolicy } from './inspection';

/**
 * The policy module: every "may this actor do this action on this record / which records
 * may this actor see" decision of the platform, one file per kind of record. Services call
 * `authorize` (or `may` / `scopeOf` / `actionsOn`); repositories only turn a scope into SQL;
 * the web client shows what `actionsOn` and `capabilities` tell it.
 */
const POLICIES = {
  entity: entityPolicy,
  product: productPolicy,
  certificate: certificatePolicy,
  user: userPolicy,
  unit: unitPolicy,
  criteriaSet: criteriaSetPolicy,
  cycle: cyclePolicy,
  cycleItem: cycleItemPolicy,
  activityLog: activityLogPolicy,
  implementation: implementationPolicy,
  round: roundPolicy,
  roundEntry: roundEntryPolicy,
  report: reportPolicy,
  document: documentPolicy,
  target: targetPolicy,
  fair: fairPolicy,
  salesPoint: salesPointPolicy,
  tradeContract: tradeContractPolicy,
  listing: listingPolicy,
  giftCombo: giftComboPolicy,
  demand: demandPolicy,
  buyer: buyerPolicy,
  stampBatch: stampPolicy,
  import: importPolicy,
  evidence: evidencePolicy,
  reportExport: reportExportPolicy,
  backup: backupPolicy,
  inspection: inspectionPolicy,
} as const;

export type Kind = keyof typeof POLICIES;
type PolicyOf<K extends Kind> = (typeof POLICIES)[K];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ActionOf<K extends Kind> = PolicyOf<K> extends Policy<any, infer A> ? A : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RecordOf<K extends Kind> = PolicyOf<K> extends Policy<infer R, any> ? R : never;

function policy<K extends Kind>(kind: K): Policy<RecordOf<K>, ActionOf<K>> {
  return POLICIES[kind] as unknown as Policy<RecordOf<K>, ActionOf<K>>;
}

/** May the actor (null: the public) take the action on the record? */
export function may<K extends Kind>(actor: Actor | null, action: ActionOf<K>, kind: K, record: RecordOf<K>): boolean {
  return policy(kind).may(actor, action, record);
}

/**
 * Throws unless the actor may take the action on the record: 404 when the record is not
 * visible to them or lies outside their jurisdiction (out of scope is indistinguishable from
 * absent, also for public records), 401 for the public, 403 otherwise. Creation is decided on the place: use `may` and name the field instead.
 */
export function authorize<K extends Kind>(actor: Actor | null, action: ActionOf<K>, kind: K, record: RecordOf<K>, forbidden?: string): void {
  const p = policy(kind);
  if (!p.may(actor, 'read' as ActionOf<K>, record)) throw new NotFoundError(p.kind);
  if (action === 'read' || p.may(actor, action, record)) return;
  if (p.inJurisdiction && !p.inJurisdiction(actor, record)) throw new NotFoundError(p.kind);
  if (!actor) throw new UnauthorizedError();
  throw new ForbiddenError(forbidden);
}

/** The records of a kind the actor may take an action on, for list queries. */
export function scopeOf<K extends Kind>(actor: Actor, action: ActionOf<K>, kind: K): Scope {
  return policy(kind).scope(actor, action);
}

/** May the actor take the action on some record of the kind (somewhere)? */
export function mayAnywhere<K extends Kind>(actor: Actor | null, action: ActionOf<K>, kind: K): boolean {
  return !!actor && policy(kind).scope(actor, action).kind !== 'none';
}

/** The actions the actor may take on a record: the buttons the client shows. */
export function actionsOn<K extends Kind>(actor: Actor | null, kind: K, record: RecordOf<K>): ActionOf<K>[] {
  const p = policy(kind);
  return p.recordActions.filter((a) => p.may(actor, a, record));
}

/**
 * Moving a record to another unit: only roles whose own unit subtree holds both the old and
 * the new place (a producer cannot move its entity to another province; a commune officer
 * cannot move it out of the commune). Refused on `unitCode`.
 */
export function authorizeMove(actor: Actor, kind: 'entity' | 'product', from: Located, to: Located): void {
  const reach = (kind === 'entity' ? ENTITY_REACH : PRODUCT_REACH)[actor.role]?.update;
  const scope = reach === 'all' || reach === 'unit' ? unitScope(actor) : null;
  if (!scope || !inScope(scope, from) || !inScope(scope, to)) {
    throw new ValidationError([{ path: 'unitCode', code: 'errors.unit.moveNotAllowed' }]);
  }
}

/** What the signed-in user may start (menus, "new" buttons), derived from the policies above. */
export const CAPABILITIES = [
  'entities.read', 'entities.create', 'products.create', 'users.manage', 'units.manage', 'criteria.manage',
  'rounds.read', 'rounds.create', 'certificates.read', 'certificates.remind', 'cycle.read', 'cycle.manage',
  'cycle.items', 'cycle.file', 'activities.read', 'activities.write', 'implementation.read', 'feedback.read', 'selfAssessment',
  'rounds.createCentral', 'rounds.createProvincial',
  'cycle.overview', 'cycle.worklist', 'cycle.anyCommune', 'activities.anyUnit', 'stamps.create',
  'reports.read', 'documents.read', 'documents.write', 'targets.read', 'targets.write',
  'trade.read', 'trade.manage', 'demands.read', 'demands.create', 'buyers.manage', 'imports.create',
  'backups.manage', 'inspections.read', 'inspections.manage',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export function capabilities(actor: Actor): Capability[] {
  const itemScope = scopeOf(actor, 'read', 'cycleItem').kind;
  const logScope = scopeOf(actor, 'create', 'activityLog').kind;
  const has: Record<Capability, boolean> = {
    // a producer reads its own entity only: no registry list
    'entities.read': mayAnywhere(actor, 'read', 'entity') && scopeOf(actor, 'read', 'entity').kind !== 'entity',
    'entities.create': mayAnywhere(actor, 'create', 'entity'),
    'products.create': mayAnywhere(actor, 'create', 'product'),
    'users.manage': mayAnywhere(actor, 'create', 'user'),
    'units.manage': mayAnywhere(actor, 'update', 'unit'),
    'criteria.manage': mayAnywhere(actor, 'create', 'criteriaSet'),
    'rounds.read': mayAnywhere(actor, 'read', 'round'),
    'rounds.create': mayCreateRoundAt(actor, 'central', null) || mayCreateRoundAt(actor, 'province', actor.provinceCode),
    'certificates.read': mayAnywhere(actor, 'read', 'certificate'),
    'certificates.remind': mayAnywhere(actor, 'remind', 'certificate'),
    'cycle.read': mayAnywhere(actor, 'read', 'cycle'),
    'cycle.manage': mayAnywhere(actor, 'update', 'cycle'),
    'cycle.items': mayAnywhere(actor, 'read', 'cycleItem'),
    'cycle.file': mayFile(actor, 'idea'),
    'activities.read': mayAnywhere(actor, 'read', 'activityLog'),
    'activities.write': mayAnywhere(actor, 'create', 'activityLog'),
    'implementation.read': mayAnywhere(actor, 'read', 'implementation'),
    'feedback.read': mayAnywhere(actor, 'feedback', 'product'),
    'selfAssessment': mayAnywhere(actor, 'selfAssess', 'product'),
    // the levels of round the user may create (the round form's choices)
    'rounds.createCentral': mayCreateRoundAt(actor, 'central', null),
    'rounds.createProvincial': mayCreateRoundAt(actor, 'province', actor.provinceCode),
    // follows the whole cycle of an area (its counts and step-1 logs), not only its own entity's items
    'cycle.overview': mayAnywhere(actor, 'read', 'cycle') && itemScope !== 'entity' && itemScope !== 'none',
    'cycle.worklist': hasWorkQueue(actor),
    // files items for a commune it names (no own entity or commune to file them under)
    'cycle.anyCommune': mayFile(actor, 'idea') && itemScope !== 'entity' && itemScope !== 'commune' && itemScope !== 'none',
    // logs step-1 activity for any unit of its area, not only its own commune
    'activities.anyUnit': logScope !== 'none' && logScope !== 'commune',
    // beyond the public reports: a report on the user's own area
    'reports.read': runnableReports(actor).some((c) => mayAnywhere(actor, c, 'report')),
    'documents.read': mayAnywhere(actor, 'read', 'document'),
    'documents.write': mayAnywhere(actor, 'create', 'document'),
    'targets.read': mayAnywhere(actor, 'read', 'target'),
    'targets.write': mayAnywhere(actor, 'create', 'target'),
    // step 6: trade promotion and buyers' demand
    'trade.read': mayAnywhere(actor, 'read', 'fair'),
    'trade.manage': mayAnywhere(actor, 'create', 'fair'),
    'demands.read': mayAnywhere(actor, 'read', 'demand') || seesMatchingDemands(actor),
    'demands.create': mayAnywhere(actor, 'create', 'demand'),
    // the buyer accounts of an area (registrations to approve), not only one's own profile
    'buyers.manage': mayAnywhere(actor, 'read', 'buyer') && scopeOf(actor, 'read', 'buyer').kind !== 'user',
    'stamps.create': mayAnywhere(actor, 'create', 'stampBatch'),
    'imports.create': mayAnywhere(actor, 'create', 'import'),
    'backups.manage': mayAnywhere(actor, 'create', 'backup'),
    // post-recognition inspections: the list (producers see theirs on the product page), planning
    'inspections.read': mayAnywhere(actor, 'read', 'inspection') && scopeOf(actor, 'read', 'inspection').kind !== 'entity',
    'inspections.manage': mayAnywhere(actor, 'create', 'inspection'),
  };
  return CAPABILITIES.filter((c) => has[c]);
}

export * from './scope';
export { EVIDENCE_ACTIONS, mayDiscussRound, type EvidenceAction, type EvidenceRecord } from './evidence';
export { REPORT_ACTIONS, NATION_LOCATED, reportAccess, runnableReports, type ReportAccess, type ReportAction } from './report';
export { DOCUMENT_ACTIONS, type DocumentAction, type DocumentRecord } from './document';
export { TARGET_ACTIONS, type TargetAction } from './target';
export * from './roles';
export { PRODUCT_ACTIONS, type ProductAction, type ProductRecord } from './product';
export { ENTITY_ACTIONS, type EntityAction } from './entity';
export { CERTIFICATE_ACTIONS, type CertificateAction, type CertificateRecord } from './certificate';
export { USER_ACTIONS, type UserAction } from './user';
export { CRITERIA_SET_ACTIONS, type CriteriaSetAction } from './criteria-set';
export { CYCLE_ACTIONS, type CycleAction, type CycleRecord } from './cycle';
export { CYCLE_ITEM_ACTIONS, FOLLOW_UP, canSeeCycleItem, defaultFilingPlace, cycleItemScope, filerRoles, hasWorkQueue, mayFile, itemTransitions, EDITABLE_STATUSES, type CycleItemAction, type CycleItemRecord } from './cycle-item';
export { ACTIVITY_LOG_ACTIONS, activityLogScope, defaultActivityUnit, type ActivityLogAction } from './activity-log';
export { STAMP_ACTIONS, type StampAction } from './stamp';
export { IMPORT_ACTIONS, type ImportAction, type ImportRecord } from './import';
export { REPORT_EXPORT_ACTIONS, type ReportExportAction, type ReportExportRecord } from './report-export';
export { BACKUP_ACTIONS, type BackupAction } from './backup';
export { INSPECTION_ACTIONS, type InspectionAction, type InspectionRecord } from './inspection';
export { IMPLEMENTATION_ACTIONS, type ImplementationAction } from './implementation';
export { TRADE_ACTIONS, TRADE_KINDS, publishedOnPortal, type TradeAction, type TradeKind, type TradeRecord } from './trade';
export { DEMAND_ACTIONS, BUYER_ACTIONS, seesMatchingDemands, postsDemandsAsItself, type DemandAction, type DemandRecord, type BuyerAction } from './demand';
export {
  ROUND_ACTIONS, ROUND_ENTRY_ACTIONS, SEATS, SCORING_SEATS, COUNCIL_ROLES, isChairSeat, isScoringSeat, maySitOnCouncil, feedbackRoundStatuses, organises, seatOf,
  roundListScope, mayCreateRoundAt, mayPreAssess,
  type RoundAction, type RoundEntryAction, type RoundEntryRecord, type RoundRecord, type Seat,
} from './round';
