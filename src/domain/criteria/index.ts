export * from './types';
export { criteriaSetSchema, POINT_STEP, TOTAL_POINTS } from './criteria-set.schema';
export { validateCriteriaSet, parseCriteriaSet } from './validate';
export { loadOfficialCriteriaSets, OFFICIAL_RULE_VERSIONS, type OfficialRuleVersion } from './official';
export { criteriaSetInForce, isInForce, AmbiguousCriteriaSetError } from './in-force';
export { sheetFor, sheetCodeFor, allSheets, resolveSheet } from './sheets';
export { PRODUCT_SETS, productSet, productSetsOf, productSetOf, isProductSetCode, type ProductSet } from './product-sets';
