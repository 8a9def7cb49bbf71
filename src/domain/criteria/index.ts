export * from './types';
export { criteriaSetSchema, POINT_STEP, TOTAL_POINTS } from './criteria-set.schema';
export { validateCriteriaSet, parseCriteriaSet } from './validate';
export { loadOfficialCriteriaSets, OFFICIAL_RULE_VERSIONS, type OfficialRuleVersion } from './official';
export { criteriaSetInForce, isInForce, AmbiguousCriteriaSetError } from './in-force';
