/**
 * The vocabulary of trade promotion (SPEC C6): the classifiers of each kind of record. Codes
 * are stable identifiers of the API and the database; labels live in the message catalogue
 * (`trade.level.provincial`, …).
 */
export const FAIR_LEVELS = ['local', 'provincial', 'national', 'international'] as const;
export type FairLevel = (typeof FAIR_LEVELS)[number];

export const SALES_POINT_KINDS = ['point', 'centre'] as const;
export const SALES_POINT_FUNDING = ['state', 'private'] as const;
export type SalesPointFunding = (typeof SALES_POINT_FUNDING)[number];
export const SALES_POINT_STATUSES = ['planned', 'open', 'closed'] as const;

export const CONTRACT_KINDS = ['contract', 'memorandum'] as const;
export const CONTRACT_STATUSES = ['negotiating', 'signed', 'completed', 'cancelled'] as const;

export const LISTING_PLATFORMS = ['shopee', 'lazada', 'tiki', 'tiktokShop', 'sendo', 'postmart', 'voso', 'ownWebsite', 'other'] as const;
export const LISTING_STATUSES = ['active', 'inactive'] as const;

export const COMBO_OCCASIONS = ['tet', 'midAutumn', 'conference', 'souvenir', 'other'] as const;

/** Kinds of buyer organisation (SPEC §2: retailer, supermarket, distributor, exporter). */
export const BUYER_KINDS = ['retailer', 'supermarket', 'distributor', 'exporter', 'other'] as const;
export const BUYER_STATUSES = ['pending', 'approved', 'rejected'] as const;

export const DEMAND_STATUSES = ['open', 'closed'] as const;
