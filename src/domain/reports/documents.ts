/** The register of programme documents and policies (plans, decisions, guidance…) of SPEC C5. */

/** The level of government that issued a document. */
export const DOCUMENT_LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type DocumentLevel = (typeof DOCUMENT_LEVELS)[number];

/** Kinds of administrative document (Decree 30/2020 names). */
export const DOCUMENT_KINDS = ['resolution', 'decision', 'directive', 'plan', 'guidance', 'official-letter', 'report', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What a document's attached file may be: the signed scan (PDF, image) or its text (Word). */
export const DOCUMENT_FILE_TYPES = ['pdf', 'docx', 'jpg', 'png'] as const;
