/**
 * The states and levels of an evaluation round, and of the dossier check of each of its
 * products, declared once for the database, the API contracts and the client.
 */

/** Levels that hold a scoring council (a commune only pre-assesses under 1489/2025). */
export const ROUND_LEVELS = ['district', 'province', 'central'] as const;
export type RoundLevel = (typeof ROUND_LEVELS)[number];

/** open → closed → approved; closed → open when the chair reopens before approval. */
export const ROUND_STATUSES = ['open', 'closed', 'approved'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** The completeness check of a product's dossier in a round. */
export const DOSSIER_CHECK_STATUSES = ['unchecked', 'complete', 'incomplete'] as const;
export type DossierCheckStatus = (typeof DOSSIER_CHECK_STATUSES)[number];

/** How a product came into a round: added directly, or with a ready dossier of the cycle. */
export const ROUND_ENTRY_SOURCES = ['direct', 'dossier'] as const;
export type RoundEntrySource = (typeof ROUND_ENTRY_SOURCES)[number];
