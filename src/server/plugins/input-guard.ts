import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { ValidationError, type FieldProblem } from '../../domain/errors';

/**
 * Text no field may carry, refused for every route before its schema runs: the NUL character
 * (PostgreSQL text cannot store it) and lone UTF-16 surrogates (not Unicode text; JSON columns
 * refuse them and text columns would silently store U+FFFD). Path and query parameters, JSON
 * bodies and object keys at any depth are checked; the answer is 400 naming the field.
 */

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 64;

/** The problem with a piece of text, if any. */
export function textProblem(text: string): 'errors.text.nul' | 'errors.text.surrogate' | null {
  if (text.includes('\u0000')) return 'errors.text.nul';
  if (LONE_SURROGATE.test(text)) return 'errors.text.surrogate';
  return null;
}

/** Every string (and object key) below `value` that no field may carry, with its path. */
export function findBadText(value: unknown, path: string, out: FieldProblem[] = [], depth = 0): FieldProblem[] {
  if (out.length >= 20 || depth > MAX_DEPTH) return out;
  if (typeof value === 'string') {
    const code = textProblem(value);
    if (code) out.push({ path, code });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => findBadText(item, join(path, String(i)), out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const code = textProblem(key);
      // a key that cannot be stored is named by its path with the bad characters replaced
      // eslint-disable-next-line no-control-regex
      if (code) out.push({ path: join(path, key.replace(/[\u0000\uD800-\uDFFF]/g, '?')), code });
      findBadText(item, join(path, key), out, depth + 1);
    }
  }
  return out;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('preValidation', async (request) => {
    // field paths as the schema validation names them: relative to the params, query or body
    const problems = [
      ...findBadText(request.params, ''),
      ...findBadText(request.query, ''),
      ...(typeof request.body === 'string' ? findBadText(request.body, 'body') : findBadText(request.body, '')),
    ];
    if (problems.length) throw new ValidationError(problems);
  });
});
