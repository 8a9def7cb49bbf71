/**
 * The annual OCOP cycle — pure domain layer (no HTTP, no SQL): the generic state machine,
 * the machines of ideas (step 2), business plans (step 3), evaluation dossiers (step 5) and
 * the provincial cycle, the six steps and their default calendar, dossier checklists per
 * rule version and the zod schemas of the cycle's forms.
 */
export * from './state-machine';
export * from './procedure';
export * from './idea.machine';
export * from './business-plan.machine';
export * from './dossier.machine';
export * from './dossier-checklist';
export * from './cycle';
export * from './forms';
export * from './workflow';
export * from './files';
export * from './renewal';
