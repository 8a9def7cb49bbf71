import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db, Executor } from '../../db/client';
import * as repo from '../../db/repositories/imports.repository';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import { columnLetter, type ColumnMapping } from '../../domain/imports/headers';
import { fieldsOf, IMPORT_KINDS, type ImportKind } from '../../domain/imports/kinds';
import { PlaceIndex, type PlaceUnit } from '../../domain/imports/places';
import { makePlan, type KnownState, type Plan } from '../../domain/imports/plan';
import type { ParseContext } from '../../domain/imports/rows';
import { ImportRefused, type SheetProblem } from '../../domain/imports/sheet';
import { actionsOn, authorize, may, mayAnywhere, scopeOf, type Actor, type ImportRecord } from '../../domain/policy';
import { MESSAGES, translateFrom } from '../../i18n';
import type { Lang } from '../../i18n/lang';
import type { ImportView } from '../../contracts/imports';
import type { AuditActor } from '../audit.service';
import { audit } from '../audit.service';
import { now } from '../clock';
import { applyPlan } from './apply';
import { parseFile, type ParsedFile } from './parse-file';

/** Uploads above this size are refused (413) before anything is parsed. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Planned rows kept for the preview screen. */
const SAMPLE_ROWS = 200;

/** Where uploaded lists are kept (inside the uploads folder, so a backup holds them). */
export class ImportFiles {
  constructor(readonly root: string) {}
  path(storedName: string): string {
    if (!/^[0-9a-f-]{36}\.(xlsx|csv)$/.test(storedName)) throw new Error('invalid import file name');
    return path.join(this.root, 'imports', storedName);
  }
}

/** Runs an import's parsing and commit away from the request (the job queue). */
export interface ImportScheduler {
  preview(importId: string, actor: Actor): Promise<void>;
  commit(importId: string, actor: Actor, who: AuditActor): Promise<void>;
}

export interface ImportDeps {
  db: Db;
  files: ImportFiles;
  scheduler: ImportScheduler;
}

function recordOf(row: Pick<repo.ImportRow, 'provinceCode'>): ImportRecord {
  return { unitStructure: 'current', unitCode: row.provinceCode, provinceCode: row.provinceCode, districtCode: null, entityId: null };
}

async function load(db: Executor, actor: Actor, id: string, action: 'read' | 'commit'): Promise<repo.ImportRow> {
  const row = await repo.getImport(db, id);
  if (!row) throw new NotFoundError('import');
  authorize(actor, action, 'import', recordOf(row));
  return row;
}

/** Stores an uploaded file (streamed to disk, hashed on the way) and schedules its parsing. */
export async function createImport(
  deps: ImportDeps,
  actor: Actor,
  who: AuditActor,
  input: { kind: string; fileName: string; stream: NodeJS.ReadableStream; truncated: () => boolean },
): Promise<{ id: string; status: string }> {
  if (!mayAnywhere(actor, 'create', 'import')) throw new ForbiddenError();
  if (!(IMPORT_KINDS as readonly string[]).includes(input.kind)) throw new ValidationError([{ path: 'kind', code: 'errors.imports.kind' }]);
  const ext = /\.csv$/i.test(input.fileName) ? 'csv' : 'xlsx';
  const storedName = `${crypto.randomUUID()}.${ext}`;
  const target = deps.files.path(storedName);
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const hash = crypto.createHash('sha256');
  let size = 0;
  const out = fs.createWriteStream(target, { flags: 'wx' });
  try {
    for await (const chunk of input.stream) {
      const b = chunk as Buffer;
      size += b.length;
      hash.update(b);
      if (!out.write(b)) await new Promise((r) => out.once('drain', r));
    }
  } finally {
    await new Promise((r) => out.end(r));
  }
  if (input.truncated()) {
    await fs.promises.rm(target, { force: true });
    throw new TooLarge();
  }
  const row = await deps.db.transaction(async (tx) => {
    const inserted = await repo.insertImport(tx, {
      kind: input.kind, status: 'parsing', fileName: input.fileName.normalize('NFC').slice(0, 255), storedName, sizeBytes: size, sha256: hash.digest('hex'),
      provinceCode: actor.provinceCode ?? '', createdById: actor.id, createdByName: who.name,
    });
    await audit(tx, who, 'import.upload', 'import', inserted.id, { kind: input.kind, fileName: inserted.fileName, sizeBytes: size });
    return inserted;
  });
  await deps.scheduler.preview(row.id, actor);
  return { id: row.id, status: row.status };
}

/** 413 for an upload above MAX_IMPORT_BYTES. */
export class TooLarge extends Error {}

async function parseContext(db: Executor, actor: Actor): Promise<ParseContext> {
  const [units, rollUp, groups] = await Promise.all([repo.allPlaceUnits(db), repo.rollUps(db), repo.groupRefs(db)]);
  return { places: new PlaceIndex(units as PlaceUnit[], rollUp), province: actor.provinceCode, groups, maxYear: now().getUTCFullYear() };
}

/** What the database holds of the records a file names (inside the caller's transaction at commit). */
async function knownState(db: Executor, parsed: ParsedFile): Promise<KnownState> {
  const provinces = new Set<string>();
  const taxCodes = new Set<string>();
  const numbers: string[] = [];
  for (const r of parsed.rows) {
    const p = r.parsed;
    const place = p.kind === 'entities' ? p.fields.place : p.kind === 'activities' ? p.fields.place : p.fields.entity.place;
    provinces.add(place.currentProvinceCode);
    if (p.kind !== 'activities') {
      const tax = p.kind === 'entities' ? p.fields.taxCode : p.fields.entity.taxCode;
      if (tax) taxCodes.add(tax);
    }
    if (p.kind === 'certificates') numbers.push(p.fields.number);
  }
  const local = await repo.entitiesOfProvinces(db, [...provinces]);
  const byTax = await repo.entitiesByTaxCodes(db, [...taxCodes]);
  const entities = new Map([...local, ...byTax].map((e) => [e.id, e]));
  const products = await repo.productsOfEntities(db, [...entities.keys()]);
  const productIds = products.map((p) => p.id);
  const kind = parsed.rows[0]?.parsed.kind;
  return {
    entities: [...entities.values()],
    products,
    stars: kind === 'products' ? await repo.starRecordsOfProducts(db, productIds) : [],
    figures: kind === 'figures' ? await repo.figuresOfProducts(db, productIds) : [],
    certificates: kind === 'certificates' ? await repo.certificatesByNumbers(db, numbers) : [],
    activities: kind === 'activities' ? (({ communication, training }) => [...communication, ...training.map((t) => ({ ...t, kind: 'training' }))])(await repo.activitiesOfProvinces(db, [...provinces])) : [],
  };
}

function planOf(actor: Actor, parsed: ParsedFile, known: KnownState): Plan {
  return makePlan(parsed.rows, known, (kind, action, at) => {
    if (kind === 'activity') return may(actor, 'create', 'activityLog', at);
    if (kind === 'product') return may(actor, 'createProduct', 'entity', at);
    return may(actor, action, 'entity', at);
  });
}

/** A digest of everything the plan would write and every stored record (and version) it relies on. */
function digestOf(plan: Plan): string {
  return crypto.createHash('sha256').update(JSON.stringify([plan.writes, plan.matched])).digest('hex');
}

interface StoredProblem {
  sheet: string;
  row: number | null;
  col: number | null;
  field: string | null;
  header: string | null;
  code: string;
  params?: Record<string, string | number>;
}

function storedProblems(parsed: ParsedFile, plan: Plan): StoredProblem[] {
  const headerOf = (sheet: string, col: number | null) => (col === null ? null : (parsed.sheets.find((s) => s.sheet === sheet)?.headers[col] ?? null));
  const colOf = (sheet: string, field: string | null) => {
    const mapping = parsed.sheets.find((s) => s.sheet === sheet)?.mapping ?? {};
    const hit = Object.entries(mapping).find(([, f]) => f === field);
    return hit ? Number(hit[0]) : null;
  };
  const all: SheetProblem[] = [...parsed.problems, ...plan.problems.map((p) => ({ ...p, col: colOf(p.sheet, p.field) }))];
  all.sort((a, b) => (a.sheet === b.sheet ? (a.row ?? 0) - (b.row ?? 0) : 0));
  return all.slice(0, 1000).map((p) => ({ sheet: p.sheet, row: p.row, col: p.col, field: p.field, header: headerOf(p.sheet, p.col) || null, code: p.code, params: p.params }));
}

/**
 * The rows of the file parsed last, kept for its commit: the commit request and then the
 * commit job make the plan again (against the data as it is then), from the same stored file,
 * mapping and parse context, so they take the preview's rows instead of reading the workbook
 * twice more. The administrative units and product groups the parsing resolves against are
 * reference data no operation changes; what else the parse depends on is in the key. One entry,
 * dropped after its commit or PARSED_TTL_MS, so that memory holds one file's rows at most.
 */
const PARSED_TTL_MS = 15 * 60_000;
let lastParsed: { id: string; key: string; parsed: ParsedFile; at: number } | null = null;

function parsedKey(row: repo.ImportRow, actor: Actor): string {
  return JSON.stringify([row.id, row.sha256, row.storedName, row.kind, row.mappings, actor.provinceCode ?? null, now().getUTCFullYear()]);
}

async function readAndPlan(db: Executor, files: ImportFiles, row: repo.ImportRow, actor: Actor, onProgress?: (read: number) => void) {
  const key = parsedKey(row, actor);
  let parsed: ParsedFile;
  if (lastParsed && lastParsed.key === key && Date.now() - lastParsed.at < PARSED_TTL_MS) {
    parsed = lastParsed.parsed;
  } else {
    lastParsed = null; // the previous file's rows can go before this one is read
    const ctx = await parseContext(db, actor);
    const mappings: Record<string, ColumnMapping> = {};
    for (const [sheet, m] of Object.entries(row.mappings)) mappings[sheet] = Object.fromEntries(Object.entries(m).map(([c, f]) => [Number(c), f]));
    parsed = await parseFile(files.path(row.storedName), row.fileName, row.kind as ImportKind, ctx, mappings, onProgress);
    lastParsed = { id: row.id, key, parsed, at: Date.now() };
  }
  const known = await knownState(db, parsed);
  const plan = planOf(actor, parsed, known);
  return { parsed, plan };
}

/** Parses the file and records the preview: what each row will do and every problem. */
export async function runPreview(db: Db, files: ImportFiles, id: string, actor: Actor): Promise<void> {
  const row = await repo.getImport(db, id);
  if (!row || row.status !== 'parsing') return;
  try {
    const size = Math.max(1, row.sizeBytes);
    const { parsed, plan } = await readAndPlan(db, files, row, actor, (read) => void repo.setImportProgress(db, id, Math.min(0.95, (read * 200) / size)).catch(() => {}));
    const problems = storedProblems(parsed, plan);
    const noList = parsed.sheets.every((s) => s.headerRow === null);
    await repo.updateImport(db, id, {
      status: noList ? 'failed' : 'preview',
      failure: noList ? 'noHeader' : null,
      progress: 1,
      sheets: parsed.sheets,
      summary: { ...plan.summary, rows: parsed.rowCount, problems: problems.length + parsed.moreProblems },
      problems,
      moreProblems: parsed.moreProblems,
      sample: plan.rows.slice(0, SAMPLE_ROWS),
      planDigest: digestOf(plan),
    }, 'parsing');
  } catch (e) {
    if (!(e instanceof ImportRefused)) throw e;
    await repo.updateImport(db, id, { status: 'failed', progress: 1, failure: e.code, failureParams: e.params }, 'parsing');
  }
}

/** The user's correction of the column mapping of some sheets: parse again with it. */
export async function setMapping(deps: ImportDeps, actor: Actor, id: string, sheets: Record<string, Record<string, string | null>>): Promise<void> {
  const row = await load(deps.db, actor, id, 'commit');
  if (row.status !== 'preview' && !(row.status === 'failed' && row.failure === 'noHeader')) throw new ConflictError('errors.imports.notInPreview', { status: row.status });
  const kindFields = new Set(fieldsOf(row.kind as ImportKind).map((f) => f.key));
  const next: Record<string, Record<string, string>> = { ...row.mappings };
  for (const [sheet, mapping] of Object.entries(sheets)) {
    const found = (row.sheets as Array<{ sheet: string; mapping: Record<string, string> }>).find((s) => s.sheet === sheet);
    const merged: Record<string, string> = { ...(next[sheet] ?? found?.mapping ?? {}) };
    for (const [col, field] of Object.entries(mapping)) {
      if (!/^\d{1,3}$/.test(col)) throw new ValidationError([{ path: `sheets.${sheet}.${col}`, code: 'errors.invalidFormat' }]);
      if (field !== null && !kindFields.has(field)) throw new ValidationError([{ path: `sheets.${sheet}.${col}`, code: 'errors.imports.field' }]);
      // a field takes one column: mapping it here unmaps it elsewhere
      for (const [c, f] of Object.entries(merged)) if (f === field) delete merged[c];
      if (field === null) delete merged[col];
      else merged[col] = field;
    }
    next[sheet] = merged;
  }
  const updated = await repo.updateImport(deps.db, id, { mappings: next, status: 'parsing', progress: 0, failure: null }, row.status);
  if (!updated) throw new ConflictError('errors.imports.notInPreview', { status: row.status });
  await deps.scheduler.preview(id, actor);
}

/**
 * Starts the commit (202): only a preview without problems, and only while the data it was made
 * on is unchanged — the plan is made again now and must be the preview's (409 otherwise). A
 * committed import answers as it is: committing twice writes nothing twice.
 */
export async function commitImport(deps: ImportDeps, actor: Actor, who: AuditActor, id: string): Promise<{ id: string; status: string }> {
  const row = await load(deps.db, actor, id, 'commit');
  if (row.status === 'done' || row.status === 'committing') return { id, status: row.status };
  if (row.status !== 'preview') throw new ConflictError('errors.imports.notInPreview', { status: row.status });
  if ((row.summary.problems ?? 0) > 0) throw new ConflictError('errors.imports.hasProblems', { count: row.summary.problems ?? 0 });
  const { plan } = await readAndPlan(deps.db, deps.files, row, actor);
  if (digestOf(plan) !== row.planDigest) throw new ConflictError('errors.imports.changed');
  const updated = await repo.updateImport(deps.db, id, { status: 'committing', progress: 0 }, 'preview');
  if (!updated) return { id, status: (await repo.getImport(deps.db, id))!.status };
  await deps.scheduler.commit(id, actor, who);
  return { id, status: 'committing' };
}

/** Writes the plan in one transaction; a plan that no longer matches the preview writes nothing. */
export async function runCommit(db: Db, files: ImportFiles, id: string, actor: Actor, who: AuditActor): Promise<void> {
  const row = await repo.getImport(db, id);
  if (!row || row.status !== 'committing') return;
  try {
    await db.transaction(async (tx) => {
      // the import's lock: a second worker on the same import waits here, then finds it done
      await repo.lockImport(tx, id);
      const locked = await repo.getImport(tx, id);
      if (!locked || locked.status !== 'committing') return;
      const { plan } = await readAndPlan(tx, files, locked, actor);
      if (digestOf(plan) !== locked.planDigest || plan.problems.length) throw new ConflictError('errors.imports.changed');
      const total = Math.max(1, plan.writes.length);
      await applyPlan(tx, who, id, plan.writes, async (done) => {
        // progress is written outside the transaction, so the screen sees it move (PostgreSQL);
        // not awaited: on PGlite it waits for the transaction, and then finds the import done
        void repo.setImportProgress(db, id, Math.min(0.99, done / total), 'committing').catch(() => {});
      });
      await repo.updateImport(tx, id, { status: 'done', progress: 1, committedAt: new Date(), summary: { ...locked.summary, ...plan.summary } }, 'committing');
      await audit(tx, who, 'import.commit', 'import', id, { create: plan.summary.create, update: plan.summary.update, unchanged: plan.summary.unchanged });
    });
  } catch (e) {
    const code = e instanceof ConflictError ? 'changed' : 'commitFailed';
    await repo.updateImport(db, id, { status: 'failed', progress: 1, failure: code }, 'committing');
    if (!(e instanceof ConflictError)) throw e;
  } finally {
    if (lastParsed?.id === id) lastParsed = null;
  }
}

function t(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  return translateFrom(MESSAGES[lang], key, params);
}

export function presentImport(row: repo.ImportRow, actor: Actor, lang: Lang): ImportView {
  const kind = row.kind as ImportKind;
  const problems = row.problems as StoredProblem[];
  const label = (field: string | null) => (field ? t(lang, `imports.field.${field}`) : null);
  return {
    id: row.id,
    kind,
    status: row.status as ImportView['status'],
    progress: row.progress,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdByName,
    committedAt: row.committedAt?.toISOString() ?? null,
    summary: { create: row.summary.create ?? 0, update: row.summary.update ?? 0, unchanged: row.summary.unchanged ?? 0, rows: row.summary.rows ?? 0 },
    errors: problems.map((p) => ({
      sheet: p.sheet,
      row: p.row,
      column: p.header ?? label(p.field),
      columnLetter: p.col === null ? null : columnLetter(p.col),
      field: p.field,
      code: p.code,
      message: t(lang, `imports.problem.${p.code}`, { ...p.params, field: label(p.field) ?? '' }),
    })),
    moreErrors: row.moreProblems,
    failure: row.failure ? { code: row.failure, message: t(lang, `imports.refused.${row.failure}`, row.failureParams ?? {}) } : null,
    sheets: (row.sheets as Array<{ sheet: string; headerRow: number | null; headers: string[]; mapping: Record<string, string> }>).map((s) => ({
      sheet: s.sheet, headerRow: s.headerRow, headers: s.headers, mapping: Object.fromEntries(Object.entries(s.mapping).map(([c, f]) => [String(c), f])),
    })),
    rows: (row.sample as Array<{ sheet: string; row: number; action: 'create' | 'update' | 'unchanged'; label: string }>).map((r) => ({ sheet: r.sheet, row: r.row, action: r.action, label: r.label })),
    fields: fieldsOf(kind).map((f) => ({ key: f.key, label: t(lang, `imports.field.${f.key}`), required: !!f.required })),
    actions: row.status === 'preview' && !(row.summary.problems ?? 0) ? actionsOn(actor, 'import', recordOf(row)) : [],
  };
}

export async function getImport(db: Db, actor: Actor, id: string, lang: Lang): Promise<ImportView> {
  return presentImport(await load(db, actor, id, 'read'), actor, lang);
}

export async function listImports(db: Db, actor: Actor, lang: Lang): Promise<ImportView[]> {
  const scope = scopeOf(actor, 'read', 'import');
  if (scope.kind === 'none') throw new ForbiddenError();
  return (await repo.listImports(db, scope)).map((r) => presentImport(r, actor, lang));
}
