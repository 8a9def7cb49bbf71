import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';

/**
 * Schema-driven fuzzing of the whole API. The operations come from the OpenAPI document the app
 * serves, so a new endpoint is covered without touching this file. For every operation a bounded
 * set of malformed requests is sent — wrong types, NUL characters and lone surrogates in strings,
 * %00 in path and query parameters, impossible dates, 1 MB strings, bad UUIDs, wrong content
 * types, broken multipart — each built on an otherwise valid request, so it reaches as deep as
 * the input lets it. Every answer must be below 500, every 4xx problem+json, no 400 may be the
 * database refusing what validation let through, and a refused write must leave the database
 * as it was. FUZZ_DEBUG=1 prints every request and its answer.
 */

type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
  description?: string;
  $ref?: string;
};

interface Parameter {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: JsonSchema;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}

interface Case {
  label: string;
  /** The body field the case spoils, if it spoils one. */
  field?: string;
  url: string;
  payload?: string | Buffer;
  contentType?: string;
}

/** How many malformed requests one operation gets at most (kinds are interleaved, so each kind appears). */
const CASES_PER_WRITE = 8;
const CASES_PER_READ = 5;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MEGABYTE_STRING = 'a'.repeat(1024 * 1024);

let t: TestContext;
let doc: { paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>; components?: { schemas?: Record<string, JsonSchema> } };
let cookies: { admin: string; province: string };
/** Existing record ids by resource (the first path segment after /api), found through the list endpoints. */
const knownIds = new Map<string, string>();
let criteriaSetCode = '148-2023';
type ListItem = { id?: string; code?: string; username?: string };

beforeAll(async () => {
  t = await createTestApp();
  cookies = { admin: await t.login('admin'), province: await t.login('province.qn') };
  doc = (await t.app.inject('/api/openapi.json')).json();
  for (const path of Object.keys(doc.paths)) {
    const m = /^\/api\/([a-z-]+)$/.exec(path);
    if (!m || !doc.paths[path].get) continue;
    const res = await t.app.inject({ url: path, headers: { cookie: cookies.admin } });
    if (res.statusCode !== 200) continue;
    const body = res.json() as { items?: ListItem[] } | ListItem[];
    const items = Array.isArray(body) ? body : (body.items ?? []);
    // never the signed-in accounts: the fuzzing must not change their passwords or names
    const pick = items.find((x) => !['admin', 'province.qn'].includes(x.username ?? ''));
    if (pick?.id) knownIds.set(m[1], pick.id);
    if (m[1] === 'criteria-sets' && items[0]?.code) criteriaSetCode = items[0].code;
  }
}, 120_000);
afterAll(() => t?.close());

function resolve(schema: JsonSchema | undefined): JsonSchema {
  let s = schema ?? {};
  for (let depth = 0; s.$ref && depth < 10; depth++) {
    s = doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) {
    const concrete = alternatives.map(resolve).find((a) => a.type !== 'null');
    return concrete ? { ...concrete, description: s.description ?? concrete.description } : s;
  }
  if (s.allOf?.length) return Object.assign({}, ...s.allOf.map(resolve));
  return s;
}

function typeOf(s: JsonSchema): string {
  if (Array.isArray(s.type)) return s.type.find((x) => x !== 'null') ?? 'string';
  return s.type ?? (s.properties ? 'object' : s.items ? 'array' : 'string');
}

function isDateField(name: string, s: JsonSchema): boolean {
  return s.format === 'date' || s.format === 'date-time' || /YYYY-MM-DD/.test(s.description ?? '') || /(^date$|Date$|On$|^deadline$)/.test(name);
}

function idFor(name: string): string {
  const resource: Record<string, string> = {
    entityId: 'entities', productId: 'products', roundId: 'evaluation-rounds', ideaId: 'ideas', businessPlanId: 'business-plans',
    dossierId: 'dossiers', cycleId: 'cycles', certificateId: 'certificates', userId: 'users',
  };
  return knownIds.get(resource[name] ?? '') ?? crypto.randomUUID();
}

/** A value the schema accepts (as far as the schema can tell), used as the base that one mutation spoils. */
function validValue(name: string, schema: JsonSchema | undefined, depth = 0): unknown {
  const s = resolve(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (typeOf(s)) {
    case 'integer':
    case 'number': {
      if (/year/i.test(name)) return 2026;
      const min = s.minimum ?? 1;
      return Math.max(min, Math.min(s.maximum ?? Number.MAX_SAFE_INTEGER, 1));
    }
    case 'boolean':
      return false;
    case 'array':
      return s.minItems ? Array.from({ length: s.minItems }, () => validValue(name, s.items, depth + 1)) : [];
    case 'object': {
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const key of s.required ?? []) out[key] = validValue(key, s.properties?.[key], depth + 1);
      return out;
    }
    default:
      return validString(name, s);
  }
}

function validString(name: string, s: JsonSchema): string {
  if (s.format === 'uuid') return idFor(name);
  if (isDateField(name, s)) return s.format === 'date-time' ? '2026-06-15T08:00:00.000Z' : '2026-06-15';
  if (s.format === 'email') return 'fuzz@example.com';
  if (s.format === 'uri' || s.format === 'url' || /website|url/i.test(name)) return 'https://example.com/';
  const candidates = /unit|province/i.test(name) ? ['22', '22001'] : ['1', 'a', 'fuzz', '22', '1.1', 'A1'];
  if (s.pattern) {
    const re = new RegExp(s.pattern, 'u');
    const match = candidates.find((c) => re.test(c));
    if (match) return match;
  }
  const text = 'Kiểm thử';
  return text.padEnd(Math.max(s.minLength ?? 1, text.length), 'x').slice(0, s.maxLength ?? 200);
}

/** A value of the wrong JSON type for the schema. */
function wrongType(s: JsonSchema): unknown {
  switch (typeOf(s)) {
    case 'string':
      return { not: 'a string' };
    case 'array':
      return 'not an array';
    case 'object':
      return 42;
    default:
      return 'not a number';
  }
}

function pathWith(op: Operation, overrides: Record<string, string> = {}): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => overrides[name] ?? encodeURIComponent(validPathParam(op, name)));
}

function validPathParam(op: Operation, name: string): string {
  const segments = op.path.split('/');
  const resource = segments[2];
  if (name === 'id') return knownIds.get(resource) ?? crypto.randomUUID();
  if (name === 'structure') return 'current';
  if (name === 'code') return resource === 'criteria-sets' ? criteriaSetCode : resource === 'units' ? '22' : 'fuzz';
  if (name === 'year') return '2024';
  if (name === 'number') return '1';
  const p = op.parameters.find((x) => x.in === 'path' && x.name === name);
  return String(validValue(name, p?.schema));
}

function withQuery(url: string, query: Record<string, string>): string {
  const pairs = Object.entries(query).map(([k, v]) => `${encodeURIComponent(k)}=${v}`);
  return pairs.length ? `${url}?${pairs.join('&')}` : url;
}

/** Query parameters the operation requires, with valid values (already percent-encoded). */
function requiredQuery(op: Operation): Record<string, string> {
  const q: Record<string, string> = {};
  for (const p of op.parameters) if (p.in === 'query' && p.required) q[p.name] = encodeURIComponent(String(validValue(p.name, p.schema)));
  return q;
}

/** Interleaves the candidate lists (one of each kind before the second of any) and keeps the first `max`. */
function interleave(lists: Case[][], max: number): Case[] {
  const out: Case[] = [];
  for (let i = 0; out.length < max && lists.some((l) => i < l.length); i++) {
    for (const l of lists) if (i < l.length && out.length < max) out.push(l[i]);
  }
  return out;
}

function casesFor(op: Operation): Case[] {
  const base = pathWith(op);
  const query = requiredQuery(op);
  const baseUrl = withQuery(base, query);
  const baseBody = op.body ? (validValue('body', op.body) as Record<string, unknown>) : undefined;
  const json = (body: unknown) => JSON.stringify(body);

  const pathCases: Case[] = [];
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    pathCases.push({ label: `path ${p.name}=%00`, url: withQuery(pathWith(op, { [p.name]: '%00' }), query) });
    const s = resolve(p.schema);
    if (s.format === 'uuid') pathCases.push({ label: `path ${p.name} bad uuid`, url: withQuery(pathWith(op, { [p.name]: 'not-a-uuid' }), query) });
    else pathCases.push({ label: `path ${p.name} lone surrogate`, url: withQuery(pathWith(op, { [p.name]: encodeURIComponent('x') + '%ED%A0%80' }), query) });
  }

  const queryCases: Case[] = [];
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    const s = resolve(p.schema);
    queryCases.push({ label: `query ${p.name}=%00`, url: withQuery(base, { ...query, [p.name]: 'x%00' }) });
    if (isDateField(p.name, s)) {
      queryCases.push({ label: `query ${p.name}=0000-01-01`, url: withQuery(base, { ...query, [p.name]: '0000-01-01' }) });
      queryCases.push({ label: `query ${p.name}=2026-02-30`, url: withQuery(base, { ...query, [p.name]: '2026-02-30' }) });
    } else if (typeOf(s) === 'integer' || typeOf(s) === 'number') {
      queryCases.push({ label: `query ${p.name}=1e999`, url: withQuery(base, { ...query, [p.name]: '1e999' }) });
    } else if (s.format === 'uuid') {
      queryCases.push({ label: `query ${p.name} bad uuid`, url: withQuery(base, { ...query, [p.name]: 'not-a-uuid' }) });
    } else {
      queryCases.push({ label: `query ${p.name} 10 kB`, url: withQuery(base, { ...query, [p.name]: 'a'.repeat(10_000) }) });
    }
  }

  const bodyCases: Case[] = [];
  if (baseBody && typeof baseBody === 'object' && !Array.isArray(baseBody)) {
    const props = Object.entries(resolve(op.body).properties ?? {}).map(([name, raw]) => ({ name, s: resolve(raw) }));
    const set = (name: string, value: unknown) => ({ field: name, url: baseUrl, payload: json({ ...baseBody, [name]: value }) });
    const strings = props.filter((p) => typeOf(p.s) === 'string');
    // free text first: fields without a fixed vocabulary or format reach the service and the database
    const freeText = [...strings.filter((p) => !p.s.enum && !p.s.format && !p.s.pattern && !isDateField(p.name, p.s)), ...strings];
    for (const p of strings.filter((x) => isDateField(x.name, x.s)).slice(0, 2)) {
      bodyCases.push({ label: `body ${p.name}=0000-01-01`, ...set(p.name, '0000-01-01') });
      bodyCases.push({ label: `body ${p.name}=2026-02-30`, ...set(p.name, '2026-02-30') });
    }
    if (freeText[0]) bodyCases.push({ label: `body ${freeText[0].name} NUL`, ...set(freeText[0].name, `${validString(freeText[0].name, freeText[0].s)}\u0000`) });
    const second = freeText[1] ?? freeText[0];
    if (second) bodyCases.push({ label: `body ${second.name} lone surrogate`, ...set(second.name, 'x\uD800y') });
    const uuid = strings.find((p) => p.s.format === 'uuid');
    if (uuid) bodyCases.push({ label: `body ${uuid.name} bad uuid`, ...set(uuid.name, 'not-a-uuid') });
    if (freeText[0]) bodyCases.push({ label: `body ${freeText[0].name} 1 MB`, ...set(freeText[0].name, MEGABYTE_STRING) });
    const nested = props.find((p) => typeOf(p.s) === 'object' && Object.values(p.s.properties ?? {}).some((v) => typeOf(resolve(v)) === 'string'));
    if (nested) {
      const [field] = Object.entries(nested.s.properties ?? {}).find(([, v]) => typeOf(resolve(v)) === 'string')!;
      bodyCases.push({ label: `body ${nested.name}.${field} NUL`, ...set(nested.name, { ...(validValue(nested.name, nested.s) as object), [field]: 'x\u0000y' }) });
    }
    const list = props.find((p) => typeOf(p.s) === 'array' && typeOf(resolve(p.s.items)) === 'string');
    if (list) bodyCases.push({ label: `body ${list.name}[0] NUL`, ...set(list.name, ['a\u0000']) });
    for (const p of props.slice(0, 2)) bodyCases.push({ label: `body ${p.name} wrong type`, ...set(p.name, wrongType(p.s)) });
  }

  const envelopeCases: Case[] = [];
  if (WRITE_METHODS.has(op.method)) {
    envelopeCases.push({ label: 'text/plain body', url: baseUrl, payload: baseBody ? json(baseBody) : 'hello', contentType: 'text/plain' });
    envelopeCases.push({
      label: 'multipart with a mismatched boundary',
      url: baseUrl,
      payload: Buffer.from('--other\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\r\n--other--\r\n'),
      contentType: 'multipart/form-data; boundary=expected',
    });
    envelopeCases.push({ label: 'truncated JSON', url: baseUrl, payload: '{"a":', contentType: 'application/json' });
    if (!op.body) {
      // operations without a JSON body may take uploads: a well-formed one with a hostile file name
      const boundary = 'fuzzboundary';
      const name = 'x\u0000\u202Egpj.pdf';
      envelopeCases.push({
        label: 'multipart with NUL and bidi controls in the file name',
        url: baseUrl,
        payload: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--${boundary}--\r\n`),
        contentType: `multipart/form-data; boundary=${boundary}`,
      });
    }
  }
  // body mutations first (they go deepest), then the envelope, path and query
  const evens = bodyCases.filter((_, i) => i % 2 === 0);
  const odds = bodyCases.filter((_, i) => i % 2 === 1);
  return interleave([evens, odds, envelopeCases, pathCases, queryCases], WRITE_METHODS.has(op.method) ? CASES_PER_WRITE : CASES_PER_READ);
}

/** Row counts of every table (but the sign-in bookkeeping, which a refused sign-in rightly changes). */
async function fingerprint(): Promise<string> {
  const tables = (await t.database.db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`)) as unknown as
    | { rows: Array<{ tablename: string }> }
    | Array<{ tablename: string }>;
  const names = (Array.isArray(tables) ? tables : tables.rows).map((r) => r.tablename).filter((n) => !/^(login_|sessions$)/.test(n));
  const query = names.map((n) => `select '${n}' as t, count(*)::int as n from "${n}"`).join(' union all ');
  const result = (await t.database.db.execute(sql.raw(query))) as unknown as { rows: Array<{ t: string; n: number }> } | Array<{ t: string; n: number }>;
  return (Array.isArray(result) ? result : result.rows).map((r) => `${r.t}=${r.n}`).join(',');
}

/**
 * Whether the answer faults other fields than the one the case spoils: the valid base did not
 * suit this role (admin must name a unit where an officer's own is implied), so try the next.
 */
function baselineRefused(c: Case, status: number, body: string): boolean {
  if (status !== 400 || !c.field) return false;
  try {
    const paths = ((JSON.parse(body) as { errors?: Array<{ path: string }> }).errors ?? []).map((e) => e.path.split('.')[0]);
    return paths.some((p) => p !== c.field);
  } catch {
    return false;
  }
}

function operations(): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, o] of Object.entries(item)) {
      const body = o.requestBody?.content?.['application/json']?.schema;
      ops.push({ method: method.toUpperCase(), path, parameters: o.parameters ?? [], body });
    }
  }
  return ops;
}

describe('API fuzzing from the OpenAPI document', () => {
  it('answers every malformed request below 500, as problem+json, without changing anything', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let sent = 0;
    const send = (op: Operation, c: Case, cookie: string | undefined) =>
      t.app.inject({
        method: op.method as 'GET',
        url: c.url,
        headers: { ...(cookie ? { cookie } : {}), ...(c.contentType ? { 'content-type': c.contentType } : c.payload !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(c.payload !== undefined ? { payload: c.payload } : {}),
      });
    for (const op of ops) {
      const write = WRITE_METHODS.has(op.method);
      for (const c of casesFor(op)) {
        // The fitting role: admin, and province.qn where admin may not act (province-scoped writes);
        // signing out would end the session the other requests use, so that one goes without.
        const roles = op.path === '/api/auth/logout' ? [undefined] : write ? [cookies.admin, cookies.province] : [cookies.admin];
        for (const cookie of roles) {
          const before = write ? await fingerprint() : '';
          const res = await send(op, c, cookie);
          sent++;
          const where = `${op.method} ${op.path} [${c.label}]${cookie === cookies.province ? ' as province.qn' : ''} → ${res.statusCode}`;
          if (process.env.FUZZ_DEBUG) console.log(`FUZZ ${where} ${res.statusCode === 400 ? JSON.stringify((res.json() as { errors?: Array<{ path: string }> }).errors?.map((e) => e.path)) : res.body.slice(0, 80)}`);
          if (res.statusCode >= 500) failures.push(`${where} ${res.body.slice(0, 200)}`);
          else if (res.statusCode >= 400 && !String(res.headers['content-type']).startsWith('application/problem+json')) failures.push(`${where} as ${res.headers['content-type']}`);
          // the error handler's last line of defence: the database refused what validation let through
          else if (res.statusCode === 400 && (res.json() as { code?: string }).code === 'errors.dataRejected') failures.push(`${where} unvalidated: ${res.body.slice(0, 200)}`);
          if (write && res.statusCode >= 400 && (await fingerprint()) !== before) failures.push(`${where} but the database changed`);
          if (!(res.statusCode === 403 || res.statusCode === 404 || baselineRefused(c, res.statusCode, res.body))) break;
        }
      }
    }
    expect(sent).toBeGreaterThan(300);
    expect(sent).toBeLessThan(1200);
    expect(failures).toEqual([]);
  }, 240_000);
});
