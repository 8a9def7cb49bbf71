import type { z } from 'zod';
import { ValidationError, type FieldProblem } from '../errors';
import { criteriaSetSchema } from './criteria-set.schema';
import type { CriteriaSet } from './types';

/**
 * Checking an administrator's criteria-set version. Problems use the project's FieldProblem
 * shape (dotted path + i18n key + params) so the API returns them as problem+json `errors`.
 */

/** Every problem found in `input`, with paths such as "criteria.3.options.1.points"; [] when valid. */
export function validateCriteriaSet(input: unknown): FieldProblem[] {
  const result = criteriaSetSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map(toProblem);
}

/** The parsed (trimmed, NFC-normalised) set, or a ValidationError listing every problem. */
export function parseCriteriaSet(input: unknown): CriteriaSet {
  const result = criteriaSetSchema.safeParse(input);
  if (!result.success) throw new ValidationError(result.error.issues.map(toProblem));
  return result.data;
}

function toProblem(issue: z.core.$ZodIssue): FieldProblem {
  const path = issue.path.map(String).join('.');
  const params = scalarParams(issue);
  if (issue.message.startsWith('errors.')) return { path, code: issue.message, params };
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined|received null/.test(issue.message)
        ? { path, code: 'errors.required' }
        : { path, code: 'errors.invalidType', params: { expected: issue.expected } };
    case 'too_small':
      return issue.origin === 'string' ? { path, code: 'errors.required' } : { path, code: 'errors.tooSmall', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { path, code: 'errors.tooBig', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return { path, code: 'errors.invalidFormat' };
    case 'invalid_value':
      return { path, code: 'errors.invalidEnum', params: { options: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { path, code: 'errors.unknownField', params: { keys: issue.keys.join(', ') } };
    default:
      return { path, code: 'errors.invalid' };
  }
}

/** Params of our custom issues (numbers and strings only; the translator fills `{name}`). */
function scalarParams(issue: z.core.$ZodIssue): Record<string, string | number> {
  const raw = issue.code === 'custom' ? (issue.params ?? {}) : {};
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}
