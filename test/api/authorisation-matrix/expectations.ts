/**
 * The authorisation matrix as a specification: for every operation of the OpenAPI document
 * that acts on a record (it has a path parameter), the status each demo role — and a caller
 * without a session — gets on a record inside its jurisdiction (Quang Hanh 06778, producer.qn's
 * own entity), in the neighbouring commune (Cửa Ông 06781) and in another province (Quảng Ngãi).
 *
 * Written from SPEC §2 and the rules the policy module is meant to implement, NOT computed by
 * it: the test compares the API's answers with this table.
 *
 * Reading a row: `'ok ok 404'` = inside, neighbour, outside. `ok` is the operation's "allowed"
 * status (`ok` in its entry, usually 200; 409 where the request carries a stale `version` so an
 * allowed caller is refused only for the stale version and nothing changes; 400 where the body
 * names something unknown that is checked after authorisation). 404: out of jurisdiction
 * (indistinguishable from absent), 403: visible but not allowed, 401: no session.
 * Unlocated records (users, criteria sets, notifications) have one status per caller.
 *
 * Adding an operation: add one entry keyed `METHOD /api/path/{param}` (as in /api/openapi.json)
 * naming the fixture kind whose fields fill its path parameters, the allowed status, a body if
 * it takes one, and its table (often one of the shared tables below).
 */

import { ideaForm, planForm } from '../cycle.helpers';

export const CALLERS = [
  'admin', 'central', 'province.qn', 'province.qng', 'commune.qn', 'council.qn', 'producer.qn', 'trade.qn', 'district.campha', 'anon',
] as const;
export type Caller = (typeof CALLERS)[number];
export const WHERE = ['inside', 'neighbour', 'outside'] as const;
export type Where = (typeof WHERE)[number];

/** One record: the values of its path parameters (by name) and whatever a body needs. */
export type Fixture = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type FixtureKind =
  | 'entity' | 'product' | 'publicProduct' | 'roundProduct' | 'unit' | 'certificate' | 'openRound' | 'roundEntry' | 'approvedRound'
  | 'user' | 'draftCriteriaSet' | 'publishedCriteriaSet'
  | 'cycle' | 'idea' | 'draftIdea' | 'businessPlan' | 'dossier' | 'implementation' | 'communication' | 'training' | 'file' | 'evidence' | 'notification'
  | 'report' | 'publicReport' | 'growthReport' | 'fair' | 'salesPoint' | 'tradeContract' | 'listing' | 'giftCombo' | 'photo' | 'photoFile' | 'publicPhotoFile'
  | 'stampBatch' | 'inspection' | 'inspectionPhoto' | 'inspectionPhotoFile' | 'document' | 'target' | 'buyer' | 'demand' | 'importTemplate' | 'import' | 'reportExport' | 'backup';
/** Located kinds have a record per place; unlocated ones a single record (`only`). */
export type Fixtures = Partial<Record<FixtureKind, Record<Where, Fixture> | { only: Fixture }>>;

/** A row per caller: three statuses (inside neighbour outside) or one for unlocated records. */
export type Table = Record<Caller, string>;

export interface OperationSpec {
  record: FixtureKind;
  /** The status that means "allowed" (see the file's comment). */
  ok: number;
  /** Why `ok` is what it is, when it is not plain success. */
  note?: string;
  query?: (f: Fixture) => Record<string, string>;
  body?: (f: Fixture) => unknown;
  /** multipart upload of a small PDF */
  upload?: boolean;
  /**
   * For destructive requests: recreate what the request consumes before each request (as
   * admin), returning the fields to use instead of the fixture's.
   */
  fresh?: 'figure' | 'communication' | 'training' | 'support' | 'capital' | 'file' | 'photo' | 'evidence' | 'inspectionPhoto';
  expect: Table;
  /** The same request on records of other kinds (other states of the record), with their own tables. */
  also?: Array<Partial<OperationSpec> & { record: FixtureKind; expect: Table }>;
}

const STALE = 99_999;
let lots = 0;
/** Whole forms (PUT replaces the idea form / the business plan). */
const ideaFormBody = (entityId: string) => ideaForm({ entityId });
const planFormBody = (ideaId: string) => planForm({ ideaId });
const stale = () => ({ version: STALE });

/* ------------------------------------------------------------------ shared tables */

/** Everyone, signed in or not. */
const PUBLIC: Table = {
  admin: 'ok ok ok', central: 'ok ok ok', 'province.qn': 'ok ok ok', 'province.qng': 'ok ok ok', 'commune.qn': 'ok ok ok',
  'council.qn': 'ok ok ok', 'producer.qn': 'ok ok ok', 'trade.qn': 'ok ok ok', 'district.campha': 'ok ok ok', anon: 'ok ok ok',
};

/** Reading registry records: national staff everywhere, officers their unit's subtree, the producer its own entity. */
const REGISTRY_READ: Table = {
  admin: 'ok ok ok', central: 'ok ok ok', 'province.qn': 'ok ok 404', 'province.qng': '404 404 ok', 'commune.qn': 'ok 404 404',
  'council.qn': '404 404 404', 'producer.qn': 'ok 404 404', 'trade.qn': 'ok ok 404', 'district.campha': 'ok ok 404', anon: '401 401 401',
};
/** Products without a session: the public catalogue, where an unrated product is absent. */
const PRODUCT_READ: Table = { ...REGISTRY_READ, anon: '404 404 404' };

/** Editing registry records: admin, the province, the commune, the producer; central, trade and the legacy district only read. */
const REGISTRY_EDIT: Table = {
  ...REGISTRY_READ,
  central: '403 403 403', 'trade.qn': '403 403 404', 'district.campha': '403 403 404',
};

/** Deleting: admin and the province only. */
const REGISTRY_DELETE: Table = {
  ...REGISTRY_EDIT,
  'commune.qn': '403 404 404', 'producer.qn': '403 404 404',
};

/** Audit timelines: those who may edit, and national oversight. */
const REGISTRY_AUDIT: Table = { ...REGISTRY_EDIT, central: 'ok ok ok' };

/** A recognised product (valid certificate) is public; changing it stays with its jurisdiction (404 elsewhere). */
const PUBLIC_PRODUCT_EDIT: Table = {
  ...REGISTRY_EDIT,
  // council.qn sat on the round that recognised the Quảng Ninh ones: it reads them, changes nothing
  'council.qn': '403 403 404', anon: '401 401 401',
};
/** A product in an open round: its council members read it too. */
const ROUND_PRODUCT_READ: Table = { ...PRODUCT_READ, 'council.qn': 'ok ok 404' };

/** Business figures: whoever reads the product except council members. */
const FIGURES_READ: Table = PRODUCT_READ;

/** Feedback of evaluation: the producer, its officers and national staff; not trade promotion. */
const FEEDBACK: Table = { ...REGISTRY_READ, 'trade.qn': '403 403 404' };

/** Certificates: read like the registry; revoked and audited by national staff and the province. */
const CERTIFICATE_READ: Table = REGISTRY_READ;
const CERTIFICATE_MANAGE: Table = {
  ...REGISTRY_READ,
  'commune.qn': '403 404 404', 'producer.qn': '403 404 404', 'trade.qn': '403 403 404', 'district.campha': '403 403 404',
};

/**
 * Rounds (provincial: inside and neighbour are the same Quảng Ninh round, outside a Quảng Ngãi
 * one). Read by national staff, the organising province and the council (council.qn is a
 * member, trade.qn an adviser of the Quảng Ninh rounds); nobody else.
 */
const ROUND_READ: Table = {
  admin: 'ok ok ok', central: 'ok ok ok', 'province.qn': 'ok ok 404', 'province.qng': '404 404 ok', 'commune.qn': '404 404 404',
  'council.qn': 'ok ok 404', 'producer.qn': '404 404 404', 'trade.qn': 'ok ok 404', 'district.campha': '404 404 404', anon: '401 401 401',
};
/** Changing an open round: its organiser (the province; admin). */
const ROUND_ORGANISER: Table = { ...ROUND_READ, central: '403 403 403', 'council.qn': '403 403 404', 'trade.qn': '403 403 404' };
/** Checking dossiers: the organiser, the chair and the advisory team. */
const ROUND_DOSSIER_CHECK: Table = { ...ROUND_ORGANISER, 'trade.qn': 'ok ok 404' };
/** A member's own sheet: scoring seats only (advisers are refused; others do not see it). */
const ROUND_OWN_SHEET: Table = {
  admin: '404 404 404', central: '404 404 404', 'province.qn': '404 404 404', 'province.qng': '404 404 404', 'commune.qn': '404 404 404',
  'council.qn': 'ok ok 404', 'producer.qn': '404 404 404', 'trade.qn': '403 403 404', 'district.campha': '404 404 404', anon: '401 401 401',
};

/** A round's disagreements and comments: its council's seats and the organising office. */
const ROUND_DISCUSS: Table = { ...ROUND_ORGANISER, 'council.qn': 'ok ok 404', 'trade.qn': 'ok ok 404' };

/** Administrators only (unlocated records). */
const ADMIN_ONLY: Table = {
  admin: 'ok', central: '403', 'province.qn': '403', 'province.qng': '403', 'commune.qn': '403',
  'council.qn': '403', 'producer.qn': '403', 'trade.qn': '403', 'district.campha': '403', anon: '401',
};
const PUBLIC_ONE: Table = {
  admin: 'ok', central: 'ok', 'province.qn': 'ok', 'province.qng': 'ok', 'commune.qn': 'ok',
  'council.qn': 'ok', 'producer.qn': 'ok', 'trade.qn': 'ok', 'district.campha': 'ok', anon: 'ok',
};


/**
 * The annual cycle's items (ideas, business plans, dossiers): officers of the item's unit
 * subtree and national staff read them, the producer its own; council members, trade
 * promotion and the legacy district (current-structure items) take no part.
 */
const ITEM_READ: Table = {
  admin: 'ok ok ok', central: 'ok ok ok', 'province.qn': 'ok ok 404', 'province.qng': '404 404 ok', 'commune.qn': 'ok 404 404',
  'council.qn': '404 404 404', 'producer.qn': 'ok 404 404', 'trade.qn': '404 404 404', 'district.campha': '404 404 404', anon: '401 401 401',
};
/** A returned item is revised and resubmitted by its filer side: the producer, the commune (and admin). */
const ITEM_FILER: Table = { ...ITEM_READ, central: '403 403 403', 'province.qn': '403 403 404', 'province.qng': '404 404 403' };
/**
 * A draft is filed by the side that wrote it: producer.qn's own draft by the producer (not its
 * commune officer), the drafts admin wrote elsewhere by officers of a filing role.
 */
const DRAFT_FILER: Table = { ...ITEM_FILER, 'commune.qn': '403 404 404' };
/** The implementation record of an accepted plan: written by the producer, its commune, the province (and admin). */
const IMPLEMENTATION_WRITE: Table = { ...ITEM_READ, central: '403 403 403' };
/** A province's cycle: read by everyone of the province and national staff; run by the provincial office. */
const CYCLE_READ: Table = {
  admin: 'ok ok ok', central: 'ok ok ok', 'province.qn': 'ok ok 404', 'province.qng': '404 404 ok', 'commune.qn': 'ok ok 404',
  'council.qn': 'ok ok 404', 'producer.qn': 'ok ok 404', 'trade.qn': 'ok ok 404', 'district.campha': 'ok ok 404', anon: '401 401 401',
};
const CYCLE_MANAGE: Table = {
  ...CYCLE_READ,
  central: '403 403 403', 'commune.qn': '403 403 404', 'council.qn': '403 403 404', 'producer.qn': '403 403 404', 'trade.qn': '403 403 404', 'district.campha': '403 403 404',
};
/** Step-1 logs: officers of the unit's subtree read them; the province and the commune (and admin) write them. */
const ACTIVITY_WRITE: Table = {
  admin: 'ok ok ok', central: '403 403 403', 'province.qn': 'ok ok 404', 'province.qng': '404 404 ok', 'commune.qn': 'ok 404 404',
  'council.qn': '404 404 404', 'producer.qn': '404 404 404', 'trade.qn': '403 403 404', 'district.campha': '403 403 404', anon: '401 401 401',
};
/** A user's own notification (producer.qn's). */
const OWN_NOTIFICATION: Table = {
  admin: '404', central: '404', 'province.qn': '404', 'province.qng': '404', 'commune.qn': '404',
  'council.qn': '404', 'producer.qn': 'ok', 'trade.qn': '404', 'district.campha': '404', anon: '401',
};

/** A report export run as a job: its owner's only (province.qn's), an administrator included. */
const OWN_EXPORT: Table = { ...OWN_NOTIFICATION, 'producer.qn': '404', 'province.qn': 'ok' };
/** Backups: administrators only; to everyone else they are not there. */
const ADMIN_ONLY_404: Table = { ...OWN_NOTIFICATION, 'producer.qn': '404', admin: 'ok' };

/**
 * Reports on a unit (SPEC C9, issue 9): national staff everywhere, officers on their unit's
 * subtree (a legacy district officer its area's history); council members and producers run
 * none of the area reports, trade promotion only its market reports; out of reach is 404
 * (never 403). Without a session a report that is not public answers 404 too, not 401 (the
 * reports feature's own tests ask for it: the report is, to the public, not there).
 */
const REPORT_AREA: Table = { ...REGISTRY_READ, 'producer.qn': '404 404 404', 'trade.qn': '404 404 404', anon: '404 404 404' };
/** A product's growth: whoever reads the product's figures, trade promotion included. */
const REPORT_GROWTH: Table = { ...REGISTRY_READ, anon: '404 404 404' };

/**
 * Trade promotion (SPEC §2, issue 12): the trade-promotion officer and the provincial office
 * record fairs, sales points, contracts, listings and gift combos in their province; commune and
 * legacy district officers read their area's, central reads everything; producers and council
 * members take no part.
 */
const TRADE_READ: Table = { ...REGISTRY_READ, 'producer.qn': '404 404 404' };
const TRADE_EDIT: Table = { ...TRADE_READ, central: '403 403 403', 'commune.qn': '403 404 404', 'district.campha': '403 403 404' };
const TRADE_AUDIT: Table = { ...TRADE_EDIT, central: 'ok ok ok' };

/** A page of the public portal: only recognised products have one, for everyone alike. */
const NOWHERE: Table = {
  admin: '404 404 404', central: '404 404 404', 'province.qn': '404 404 404', 'province.qng': '404 404 404', 'commune.qn': '404 404 404',
  'council.qn': '404 404 404', 'producer.qn': '404 404 404', 'trade.qn': '404 404 404', 'district.campha': '404 404 404', anon: '404 404 404',
};

/**
 * OCOP stamps per production lot (issue 13): issued by the producer for its own recognised
 * products, by the commune, the province (and admin) in their jurisdiction; batches are read
 * like the product's registry record; anyone checks a stamp by its serial.
 */
const STAMP_READ: Table = REGISTRY_READ;
const STAMP_ISSUE: Table = { ...REGISTRY_READ, central: '403 403 403', 'trade.qn': '403 403 404', 'district.campha': '403 403 404' };

/**
 * Post-recognition inspections (issue 11 item 8): the provincial office of the product's
 * province plans and records them, central and admin anywhere; the producer reads those of its
 * own products; commune, district, council and trade officers have no part in them (404).
 */
const INSPECTION_READ: Table = {
  admin: 'ok ok ok', central: 'ok ok ok', 'province.qn': 'ok ok 404', 'province.qng': '404 404 ok', 'commune.qn': '404 404 404',
  'council.qn': '404 404 404', 'producer.qn': 'ok 404 404', 'trade.qn': '404 404 404', 'district.campha': '404 404 404', anon: '401 401 401',
};
const INSPECTION_WRITE: Table = { ...INSPECTION_READ, 'producer.qn': '403 404 404' };

/**
 * The programme's registers (issue 9): documents and yearly targets of a unit, read by the
 * officers of its unit's subtree and national staff, kept by the province and national staff
 * (central sets national ones); council members and producers do not see them.
 */
const REGISTER_READ: Table = { ...REGISTRY_READ, 'producer.qn': '404 404 404' };
const REGISTER_WRITE: Table = {
  ...REGISTER_READ,
  'commune.qn': '403 404 404', 'trade.qn': '403 403 404', 'district.campha': '403 403 404',
};

/**
 * Buyers (issue 12) register in a province: its office approves them, its trade-promotion
 * officer may read them (and create accounts); central reads them all. Inside and next door
 * are the same Quảng Ninh province.
 */
const BUYER_READ: Table = {
  admin: 'ok ok ok', central: 'ok ok ok', 'province.qn': 'ok ok 404', 'province.qng': '404 404 ok', 'commune.qn': '404 404 404',
  'council.qn': '404 404 404', 'producer.qn': '404 404 404', 'trade.qn': 'ok ok 404', 'district.campha': '404 404 404', anon: '401 401 401',
};
const BUYER_APPROVE: Table = { ...BUYER_READ, central: '403 403 403', 'trade.qn': '403 403 404' };
/**
 * A buyer's demand sits in its delivery province (Quảng Ninh's inside and next door): that
 * province's office and trade-promotion officer follow it, central reads all; producers read the
 * demands their recognised products match wherever they are (producer.qn's matches both);
 * only the buyer (and admin) changes it; only producers of a match offer.
 */
const DEMAND_READ: Table = { ...BUYER_READ, 'producer.qn': 'ok ok ok' };
const DEMAND_UPDATE: Table = {
  ...DEMAND_READ, central: '403 403 403', 'province.qn': '403 403 404', 'province.qng': '404 404 403', 'trade.qn': '403 403 404', 'producer.qn': '403 403 403',
};
const DEMAND_OFFER: Table = {
  ...DEMAND_UPDATE, admin: '403 403 403',
  // next door and outside the body offers another entity's product: refused after authorisation
  'producer.qn': 'ok 400 400',
};
const DEMAND_AUDIT: Table = { ...DEMAND_READ, 'producer.qn': '403 403 403' };
/** Imports (issue 10): a province's import is read by its office and national staff, committed by its office (and admin). */
const IMPORT_READ: Table = {
  admin: 'ok ok ok', central: 'ok ok ok', 'province.qn': 'ok ok 404', 'province.qng': '404 404 ok', 'commune.qn': '404 404 404',
  'council.qn': '404 404 404', 'producer.qn': '404 404 404', 'trade.qn': '404 404 404', 'district.campha': '404 404 404', anon: '401 401 401',
};
const IMPORT_COMMIT: Table = { ...IMPORT_READ, central: '403 403 403' };
/** Templates are documentation: any signed-in user downloads them. */
const SIGNED_IN_ONE: Table = { ...PUBLIC_ONE, anon: '401' };

/* ------------------------------------------------------------------ the operations */

export const EXPECTATIONS: Record<string, OperationSpec> = {
  /* registry: entities */
  'GET /api/entities/{id}': { record: 'entity', ok: 200, expect: REGISTRY_READ },
  'PATCH /api/entities/{id}': { record: 'entity', ok: 409, note: 'stale version', body: () => ({ representative: 'Ma Trận', ...stale() }), expect: REGISTRY_EDIT },
  'DELETE /api/entities/{id}': { record: 'entity', ok: 409, note: 'stale version (or: still has products)', query: () => ({ version: String(STALE) }), expect: REGISTRY_DELETE },
  'GET /api/entities/{id}/audit': { record: 'entity', ok: 200, expect: REGISTRY_AUDIT },

  /* registry: products (unrated: not in the public catalogue) */
  'GET /api/products/{id}': {
    record: 'product', ok: 200, expect: PRODUCT_READ,
    also: [{ record: 'publicProduct', expect: PUBLIC }, { record: 'roundProduct', expect: ROUND_PRODUCT_READ }],
  },
  'PATCH /api/products/{id}': {
    record: 'product', ok: 409, note: 'stale version', body: () => ({ packaging: 'hộp', ...stale() }), expect: REGISTRY_EDIT,
    also: [{ record: 'publicProduct', expect: PUBLIC_PRODUCT_EDIT }],
  },
  'DELETE /api/products/{id}': { record: 'product', ok: 409, note: 'stale version', query: () => ({ version: String(STALE) }), expect: REGISTRY_DELETE },
  'GET /api/products/{id}/audit': { record: 'product', ok: 200, expect: REGISTRY_AUDIT },
  'GET /api/products/{id}/figures': { record: 'product', ok: 200, expect: FIGURES_READ },
  'PUT /api/products/{id}/figures/{year}': { record: 'product', ok: 200, note: 'writes the same figures again', body: () => ({ revenueVnd: 1_000_000_000, costVnd: 600_000_000 }), expect: REGISTRY_EDIT },
  'DELETE /api/products/{id}/figures/{year}': { record: 'product', ok: 204, fresh: 'figure', expect: REGISTRY_EDIT },
  'GET /api/products/{id}/feedback': { record: 'product', ok: 200, expect: FEEDBACK },
  // the latest self-assessment is read like the feedback; writing one is for those who edit the product
  'GET /api/products/{id}/self-assessment': { record: 'product', ok: 200, expect: FEEDBACK },
  'POST /api/products/{id}/self-assessment': { record: 'product', ok: 201, body: () => ({ answers: {} }), expect: REGISTRY_EDIT },

  /* reference data; managing rules is refused to non-administrators whatever the code (no existence leak) */
  'GET /api/units/{structure}/{code}': { record: 'unit', ok: 200, expect: PUBLIC },
  'PATCH /api/users/{id}': { record: 'user', ok: 409, note: 'stale version', body: () => ({ displayName: 'Ma trận', ...stale() }), expect: ADMIN_ONLY },
  'POST /api/users/{id}/password': { record: 'user', ok: 204, body: () => ({ password: 'ocop2026-matrix' }), expect: ADMIN_ONLY },
  'GET /api/criteria-sets/{code}': { record: 'publishedCriteriaSet', ok: 200, expect: PUBLIC_ONE },
  'PUT /api/criteria-sets/{code}': { record: 'draftCriteriaSet', ok: 409, note: 'stale version', body: (f) => ({ definition: f.definition, ...stale() }), expect: ADMIN_ONLY },
  'DELETE /api/criteria-sets/{code}': { record: 'draftCriteriaSet', ok: 409, note: 'stale version', query: () => ({ version: String(STALE) }), expect: ADMIN_ONLY },
  'POST /api/criteria-sets/{code}/publish': { record: 'draftCriteriaSet', ok: 409, note: 'stale version', body: stale, expect: ADMIN_ONLY },
  'POST /api/criteria-sets/{code}/withdraw': { record: 'publishedCriteriaSet', ok: 409, note: 'stale version', body: () => ({ reason: 'ma trận', ...stale() }), expect: ADMIN_ONLY },

  /* certificates and their public verification */
  'GET /api/certificates/{id}': { record: 'certificate', ok: 200, expect: CERTIFICATE_READ },
  'GET /api/certificates/{id}/audit': { record: 'certificate', ok: 200, expect: CERTIFICATE_MANAGE },
  'GET /api/certificates/{id}/pdf': { record: 'certificate', ok: 200, expect: CERTIFICATE_READ },
  'GET /api/certificates/{id}/qr.svg': { record: 'certificate', ok: 200, expect: CERTIFICATE_READ },
  'POST /api/certificates/{id}/revoke': { record: 'certificate', ok: 409, note: 'stale version', body: () => ({ reason: 'ma trận', ...stale() }), expect: CERTIFICATE_MANAGE },
  'GET /api/verify/{code}': { record: 'certificate', ok: 200, expect: PUBLIC },
  'GET /api/verify/{code}/qr.svg': { record: 'certificate', ok: 200, expect: PUBLIC },

  /* evaluation rounds (open ones unless named) */
  'GET /api/evaluation-rounds/{id}': { record: 'openRound', ok: 200, expect: ROUND_READ },
  'GET /api/evaluation-rounds/{id}/audit': { record: 'openRound', ok: 200, expect: ROUND_READ },
  'POST /api/evaluation-rounds/{id}/products': { record: 'openRound', ok: 200, note: 'adds nothing', body: () => ({ productIds: [], dossierIds: [] }), expect: ROUND_ORGANISER },
  'DELETE /api/evaluation-rounds/{id}/products/{productId}': { record: 'roundEntry', ok: 409, note: 'the product has a sheet already', expect: ROUND_ORGANISER },
  'PUT /api/evaluation-rounds/{id}/members': { record: 'openRound', ok: 409, note: 'stale version', body: (f) => ({ members: f.members, ...stale() }), expect: ROUND_ORGANISER },
  'GET /api/evaluation-rounds/{id}/products/{productId}/dossier-checklist': { record: 'roundEntry', ok: 200, expect: ROUND_READ },
  'PUT /api/evaluation-rounds/{id}/products/{productId}/dossier': { record: 'roundEntry', ok: 400, note: 'names an unknown checklist item', body: () => ({ present: ['khong-co'] }), expect: ROUND_DOSSIER_CHECK },
  'PUT /api/evaluation-rounds/{id}/products/{productId}/pre-assessment': {
    record: 'roundEntry', ok: 200, body: () => ({ answers: {}, proposed: true }),
    // the product's commune officer pre-assesses without reading the round
    expect: { ...ROUND_ORGANISER, 'commune.qn': 'ok 404 404' },
  },
  'POST /api/evaluation-rounds/{id}/products/{productId}/conflict': {
    record: 'roundEntry', ok: 200, body: () => ({ reason: 'Họ hàng với chủ cơ sở' }),
    // scoring seats only: a conflict excludes the member's sheet, and advisers do not score
    expect: { ...ROUND_READ, admin: '403 403 403', central: '403 403 403', 'province.qn': '403 403 404', 'province.qng': '404 404 403', 'trade.qn': '403 403 404' },
  },
  'GET /api/evaluation-rounds/{id}/sheets/{productId}': { record: 'roundEntry', ok: 200, expect: ROUND_OWN_SHEET },
  'PUT /api/evaluation-rounds/{id}/sheets/{productId}': { record: 'roundEntry', ok: 409, note: 'stale version (or a declared conflict)', body: () => ({ answers: {}, ...stale() }), expect: ROUND_OWN_SHEET },
  'GET /api/evaluation-rounds/{id}/sheets': { record: 'approvedRound', ok: 200, expect: ROUND_READ },
  'GET /api/evaluation-rounds/{id}/disagreements': { record: 'openRound', ok: 200, expect: ROUND_DISCUSS },
  'POST /api/evaluation-rounds/{id}/close': { record: 'approvedRound', ok: 200, note: 'closing an approved round answers its results', expect: ROUND_ORGANISER },
  'POST /api/evaluation-rounds/{id}/reopen': {
    record: 'approvedRound', ok: 409, note: 'an approved round cannot be reopened', body: () => ({ reason: 'ma trận' }),
    // the chair (council.qn is a member) or admin
    expect: { ...ROUND_ORGANISER, 'province.qn': '403 403 404', 'province.qng': '404 404 403' },
  },
  'POST /api/evaluation-rounds/{id}/approve': {
    record: 'approvedRound', ok: 200, note: 'the same decision again answers what was issued', body: (f) => ({ decisionNumber: f.decisionNumber, decisionDate: f.decisionDate }),
    expect: ROUND_ORGANISER,
  },
  /* the annual cycle (Quảng Ninh's 2026 cycle inside and next door, Quảng Ngãi's outside) */
  'GET /api/cycles/{id}': { record: 'cycle', ok: 200, expect: CYCLE_READ },
  'PATCH /api/cycles/{id}': { record: 'cycle', ok: 409, note: 'stale version', body: stale, expect: CYCLE_MANAGE },
  'POST /api/cycles/{id}/transitions': { record: 'cycle', ok: 409, note: 'close with a stale version', body: () => ({ action: 'close', ...stale() }), expect: CYCLE_MANAGE },
  'DELETE /api/communication/{id}': { record: 'communication', ok: 204, fresh: 'communication', expect: ACTIVITY_WRITE },
  'DELETE /api/training-classes/{id}': { record: 'training', ok: 204, fresh: 'training', expect: ACTIVITY_WRITE },

  /* ideas, business plans and dossiers, returned to their filer (version 1 filed) */
  'GET /api/ideas/{id}': { record: 'idea', ok: 200, expect: ITEM_READ },
  'PUT /api/ideas/{id}': {
    record: 'idea', ok: 409, note: 'stale version', body: (f) => ({ ...ideaFormBody(f.entityId), ...stale() }), expect: ITEM_FILER,
    also: [{ record: 'draftIdea', expect: DRAFT_FILER }],
  },
  'POST /api/ideas/{id}/transitions': {
    record: 'idea', ok: 409, note: 'resubmit with a stale version', body: () => ({ action: 'resubmit', ...stale() }), expect: ITEM_FILER,
    also: [{ record: 'draftIdea', body: () => ({ action: 'submit', ...stale() }), expect: DRAFT_FILER }],
  },
  'GET /api/ideas/{id}/versions/{number}': { record: 'idea', ok: 200, expect: ITEM_READ },
  'GET /api/business-plans/{id}': { record: 'businessPlan', ok: 200, expect: ITEM_READ },
  'PUT /api/business-plans/{id}': { record: 'businessPlan', ok: 409, note: 'stale version', body: (f) => ({ ...planFormBody(f.ideaId), ...stale() }), expect: ITEM_FILER },
  'POST /api/business-plans/{id}/transitions': { record: 'businessPlan', ok: 409, note: 'resubmit with a stale version', body: () => ({ action: 'resubmit', ...stale() }), expect: ITEM_FILER },
  'GET /api/business-plans/{id}/versions/{number}': { record: 'businessPlan', ok: 200, expect: ITEM_READ },
  'POST /api/business-plans/{id}/files': { record: 'businessPlan', ok: 201, upload: true, expect: ITEM_FILER },
  'GET /api/dossiers/{id}': { record: 'dossier', ok: 200, expect: ITEM_READ },
  'POST /api/dossiers/{id}/transitions': { record: 'dossier', ok: 409, note: 'resubmit with a stale version', body: () => ({ action: 'resubmit', ...stale() }), expect: ITEM_FILER },
  'GET /api/dossiers/{id}/versions/{number}': { record: 'dossier', ok: 200, expect: ITEM_READ },
  'POST /api/dossiers/{id}/files': { record: 'dossier', ok: 201, upload: true, query: (f) => ({ itemCode: f.itemCode }), expect: ITEM_FILER },
  'GET /api/files/{id}': { record: 'file', ok: 200, expect: ITEM_READ },
  'DELETE /api/files/{id}': { record: 'file', ok: 204, fresh: 'file', expect: ITEM_FILER },
  /* evidence per criterion of a dossier (issue 11, item 5) */
  'GET /api/dossiers/{id}/evidence': { record: 'dossier', ok: 200, expect: ITEM_READ },
  'POST /api/dossiers/{id}/evidence': {
    record: 'dossier', ok: 400, note: 'names a criterion not on the sheet', body: () => ({ criterionCode: 'Z9.9', url: 'https://example.vn/ma-tran.pdf', title: 'Ma trận' }), expect: ITEM_FILER,
  },
  'POST /api/dossiers/{id}/evidence/files': { record: 'dossier', ok: 201, upload: true, query: (f) => ({ criterionCode: f.criterionCode }), expect: ITEM_FILER },
  'GET /api/evidence/{id}/file': { record: 'evidence', ok: 200, expect: ITEM_READ },
  'DELETE /api/evidence/{id}': { record: 'evidence', ok: 204, fresh: 'evidence', expect: ITEM_FILER },

  /* step 4: the implementation of an accepted business plan */
  'GET /api/business-plans/{id}/implementation': { record: 'implementation', ok: 200, expect: ITEM_READ },
  'POST /api/business-plans/{id}/implementation/support': {
    record: 'implementation', ok: 201, body: () => ({ kind: 'advice', date: '2026-11-03', provider: 'Trung tâm Khuyến công' }), expect: IMPLEMENTATION_WRITE,
  },
  'DELETE /api/business-plans/{id}/implementation/support/{supportId}': { record: 'implementation', ok: 204, fresh: 'support', expect: IMPLEMENTATION_WRITE },
  'PUT /api/business-plans/{id}/implementation/capital/{year}': { record: 'implementation', ok: 200, body: () => ({ own: 10_000_000 }), expect: IMPLEMENTATION_WRITE },
  'DELETE /api/business-plans/{id}/implementation/capital/{year}': { record: 'implementation', ok: 204, fresh: 'capital', expect: IMPLEMENTATION_WRITE },
  'POST /api/business-plans/{id}/implementation/notes': { record: 'implementation', ok: 201, body: () => ({ date: '2026-11-04', text: 'Đã in bao bì mới' }), expect: IMPLEMENTATION_WRITE },

  /* reports on a unit (funnel, products-by-star: the commune of each place; product-growth: the registered product) */
  'GET /api/reports/{code}': {
    record: 'report', ok: 200, query: (f) => ({ unit: f.unit }), expect: REPORT_AREA,
    also: [
      // public reports: everyone, on certified data only without the right to see more
      { record: 'publicReport', expect: PUBLIC },
      { record: 'growthReport', query: (f) => ({ product: f.product }), expect: REPORT_GROWTH },
    ],
  },

  /* trade promotion (each record in the place's commune) */
  ...tradeEntries('fairs', 'fair', { name: 'Hội chợ ma trận' }),
  ...tradeEntries('sales-points', 'salesPoint', { name: 'Điểm bán ma trận' }),
  ...tradeEntries('contracts', 'tradeContract', { title: 'Hợp đồng ma trận' }),
  ...tradeEntries('listings', 'listing', { priceVnd: 120_000 }),
  ...tradeEntries('gift-combos', 'giftCombo', { name: 'Combo ma trận' }),

  /* the public portal: a recognised product's page and its QR code */
  'GET /api/portal/products/{id}': { record: 'publicProduct', ok: 200, expect: PUBLIC, also: [{ record: 'product', expect: NOWHERE }] },
  'GET /api/portal/products/{id}/qr.svg': { record: 'publicProduct', ok: 200, expect: PUBLIC, also: [{ record: 'product', expect: NOWHERE }] },

  /* product photos: added and removed by those who edit the product; served as the product is read */
  'POST /api/products/{id}/photos': { record: 'product', ok: 400, note: 'a PDF is no picture (checked after authorisation)', upload: true, expect: REGISTRY_EDIT },
  'DELETE /api/products/{id}/photos/{photoId}': { record: 'photo', ok: 204, fresh: 'photo', expect: REGISTRY_EDIT },
  'GET /api/photos/{id}/{variant}': {
    record: 'photoFile', ok: 200, expect: { ...PRODUCT_READ },
    also: [{ record: 'publicPhotoFile', expect: PUBLIC }],
  },

  /* OCOP stamps (batches of the recognised product of each place) */
  'POST /api/products/{id}/stamp-batches': { record: 'publicProduct', ok: 201, note: 'a new lot each request', body: () => ({ lot: `MT-${++lots}`, producedOn: '2026-11-20', bestBefore: '2027-11-20', count: 1 }), expect: STAMP_ISSUE },
  'GET /api/products/{id}/stamp-batches': { record: 'publicProduct', ok: 200, expect: STAMP_READ },
  'GET /api/stamp-batches/{id}': { record: 'stampBatch', ok: 200, expect: STAMP_READ },
  'GET /api/stamp-batches/{id}/pdf': { record: 'stampBatch', ok: 200, expect: STAMP_READ },
  'GET /api/stamp-batches/{id}/serials.csv': { record: 'stampBatch', ok: 200, expect: STAMP_READ },
  'GET /api/verify/stamps/{serial}': { record: 'stampBatch', ok: 200, expect: PUBLIC },

  /* post-recognition inspections (a planned inspection of each place's certificate) */
  'GET /api/inspections/{id}': { record: 'inspection', ok: 200, expect: INSPECTION_READ },
  'PATCH /api/inspections/{id}': { record: 'inspection', ok: 409, note: 'stale version', body: () => ({ planNote: 'Ma trận', ...stale() }), expect: INSPECTION_WRITE },
  'POST /api/inspections/{id}/record': {
    record: 'inspection', ok: 409, note: 'stale version',
    body: () => ({ inspectedOn: new Date().toISOString().slice(0, 10), results: [{ code: 'label', result: 'pass' }], outcome: 'compliant', ...stale() }),
    expect: INSPECTION_WRITE,
  },
  'POST /api/inspections/{id}/cancel': { record: 'inspection', ok: 409, note: 'stale version', body: () => ({ reason: 'Ma trận', ...stale() }), expect: INSPECTION_WRITE },
  'DELETE /api/inspections/{id}/photos/{photoId}': { record: 'inspectionPhoto', ok: 204, fresh: 'inspectionPhoto', expect: INSPECTION_WRITE },
  'POST /api/inspections/{id}/photos': { record: 'inspection', ok: 400, note: 'a PDF is no picture (checked after authorisation)', upload: true, expect: INSPECTION_WRITE },
  'GET /api/inspection-photos/{id}/{variant}': { record: 'inspectionPhotoFile', ok: 200, expect: { ...INSPECTION_READ, anon: '404 404 404' } },

  /* registers: programme documents and targets (each kept for the place's commune) */
  ...registerEntries('documents', 'document', { title: 'Kế hoạch ma trận' }),
  // a document's attached file: attached by those who edit it, downloaded by those who read it
  'POST /api/documents/{id}/file': { record: 'document', ok: 409, note: 'stale version', upload: true, query: () => ({ version: String(STALE) }), expect: REGISTER_WRITE },
  'GET /api/documents/{id}/file': { record: 'document', ok: 200, expect: REGISTER_READ },
  ...registerEntries('targets', 'target', { values: { products: 4 } }),

  /* buyers and their demand (a province's: inside and next door the same Quảng Ninh record) */
  'GET /api/buyers/{id}': { record: 'buyer', ok: 200, expect: BUYER_READ },
  'POST /api/buyers/{id}/approve': { record: 'buyer', ok: 409, note: 'stale version', body: stale, expect: BUYER_APPROVE },
  'POST /api/buyers/{id}/reject': { record: 'buyer', ok: 409, note: 'stale version', body: stale, expect: BUYER_APPROVE },
  'GET /api/demands/{id}': { record: 'demand', ok: 200, expect: DEMAND_READ },
  'PATCH /api/demands/{id}': { record: 'demand', ok: 409, note: 'stale version', body: () => ({ status: 'closed', ...stale() }), expect: DEMAND_UPDATE },
  'GET /api/demands/{id}/matches': { record: 'demand', ok: 200, expect: DEMAND_READ },
  'POST /api/demands/{id}/offers': { record: 'demand', ok: 201, body: (f) => ({ productId: f.productId, note: 'ma trận' }), expect: DEMAND_OFFER },
  'GET /api/demands/{id}/audit': { record: 'demand', ok: 200, expect: DEMAND_AUDIT },

  /* imports (a province's, still parsing: the mapping and the commit wait for the preview) */
  'GET /api/imports/templates/{kind}.xlsx': { record: 'importTemplate', ok: 200, expect: SIGNED_IN_ONE },
  'GET /api/imports/{id}': { record: 'import', ok: 200, expect: IMPORT_READ },
  'PUT /api/imports/{id}/mapping': { record: 'import', ok: 409, note: 'not in preview yet', body: () => ({ sheets: {} }), expect: IMPORT_COMMIT },
  'POST /api/imports/{id}/commit': { record: 'import', ok: 409, note: 'not in preview yet', expect: IMPORT_COMMIT },

  /* report exports (jobs) and backups */
  'GET /api/report-exports/{id}': { record: 'reportExport', ok: 200, expect: OWN_EXPORT },
  'GET /api/report-exports/{id}/file': { record: 'reportExport', ok: 200, expect: OWN_EXPORT },
  'GET /api/backups/jobs/{id}': { record: 'backup', ok: 200, expect: ADMIN_ONLY_404 },
  'GET /api/backups/{name}': { record: 'backup', ok: 200, expect: ADMIN_ONLY_404 },

  /* a user's own notification */
  'POST /api/notifications/{id}/read': { record: 'notification', ok: 200, expect: OWN_NOTIFICATION },
};

/** The three record-level operations of a trade-promotion register. */
function tradeEntries(path: string, record: FixtureKind, change: Record<string, unknown>): Record<string, OperationSpec> {
  return {
    [`GET /api/${path}/{id}`]: { record, ok: 200, expect: TRADE_READ },
    [`PATCH /api/${path}/{id}`]: { record, ok: 409, note: 'stale version', body: () => ({ ...change, ...stale() }), expect: TRADE_EDIT },
    [`GET /api/${path}/{id}/audit`]: { record, ok: 200, expect: TRADE_AUDIT },
  };
}

/** The four record-level operations of a register. */
function registerEntries(path: string, record: FixtureKind, change: Record<string, unknown>): Record<string, OperationSpec> {
  return {
    [`GET /api/${path}/{id}`]: { record, ok: 200, expect: REGISTER_READ },
    [`PATCH /api/${path}/{id}`]: { record, ok: 409, note: 'stale version', body: () => ({ ...change, ...stale() }), expect: REGISTER_WRITE },
    [`DELETE /api/${path}/{id}`]: { record, ok: 409, note: 'stale version', query: () => ({ version: String(STALE) }), expect: REGISTER_WRITE },
    [`GET /api/${path}/{id}/audit`]: { record, ok: 200, expect: REGISTER_WRITE },
  };
}
