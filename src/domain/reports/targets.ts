/** Yearly programme targets of a unit (SPEC C5 "targets set for a year versus achieved"). */

/**
 * What a target can be set for; each measure is achieved by a count over records of the year
 * (see db/repositories/reports/targets.ts): products recognised (in total and per star class),
 * entities with a first recognised product, ideas registered, business plans approved, training
 * classes held and their trainees, communication events.
 */
export const TARGET_MEASURES = [
  'products',
  'products3',
  'products4',
  'products5',
  'entities',
  'ideas',
  'businessPlans',
  'trainingClasses',
  'trainees',
  'communicationEvents',
] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

export type TargetValues = Partial<Record<TargetMeasure, number>>;
