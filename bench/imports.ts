/**
 * Import benchmark (issue 10, item 7): a 100,000-row products workbook with the template's
 * columns, uploaded through the real HTTP server, previewed, committed and polled until done;
 * beside it, in the same run, a bare `COPY` of the same rows (the database's ceiling), and the
 * server's peak resident memory.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/ocop_bench_imports npm run bench:imports
 *   npm run bench:imports -- --pglite
 *
 * Options: --rows 100000, --pglite (a fresh PGlite folder under bench/.data), --no-write (print
 * the section instead of updating RESULTS.md). With DATABASE_URL the database is created fresh
 * (dropped first; refused unless its name contains "bench") and dropped again at the end.
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import postgres from 'postgres';
import { fieldsOf } from '../src/domain/imports/kinds';
import { mstCheckDigit } from '../src/domain/entities/tax-code';
import { MESSAGES, translateFrom } from '../src/i18n';
import { searchKey } from '../src/domain/text/normalize';
import { IMPORT_BENCH_USER, type ImportServerMessage } from './lib/imports-protocol';
import { Prng } from './lib/prng';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ROWS = Number(opt('rows', '100000'));
const usePglite = args.includes('--pglite') || !process.env.DATABASE_URL;
const write = !args.includes('--no-write');
/** --profile: the server process writes a V8 CPU profile into bench/.data/profile-imports (open it in Chrome's DevTools). */
const profile = args.includes('--profile');
const dataRoot = path.resolve('bench/.data');

const t = (key: string) => translateFrom(MESSAGES.vi, key, {});
const FIELDS = fieldsOf('products');
const HEADERS = FIELDS.map((f) => t(`imports.field.${f.key}`) + (f.required ? ' (*)' : ''));

/** Communes of Quảng Ngãi whose name is unique in the province, accents aside (so a name alone places a row). */
function communesOf(provinceCode: string): string[] {
  const lines = fs.readFileSync('resources/admin-units/admin-units-2025.csv', 'utf8').trim().split(/\r?\n/).slice(1);
  const names = lines.map((l) => l.split(',')).filter((c) => c[0] === 'commune' && c[5] === provinceCode).map((c) => c[2]);
  // accent-insensitive, as the import reads names ("Xã Sơn Hà" and "Xã Sơn Hạ" are ambiguous)
  const keys = names.map((n) => searchKey(n.replace(/^(Xã|Phường|Đặc khu) /, '')));
  return names.filter((_, i) => keys.indexOf(keys[i]) === keys.lastIndexOf(keys[i]));
}

const PRODUCTS = ['Mật ong rừng', 'Quế thanh', 'Tỏi Lý Sơn', 'Chè xanh', 'Bánh tráng', 'Nước mắm', 'Đường phèn', 'Tinh dầu sả', 'Cà phê rang', 'Rượu ngô', 'Miến dong', 'Nấm linh chi'];
const GROUPS = ['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '3.1'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đinh', 'Bùi'];
const GIVEN = ['Văn Mến', 'Thị Hoa', 'Văn Tâm', 'Thị Lan', 'Minh Đức', 'Thị Hằng', 'Quốc Bảo'];

function taxCodeOf(n: number): string {
  for (let k = n; ; k++) {
    const first9 = `43${String(k).padStart(7, '0')}`;
    const check = mstCheckDigit(first9);
    if (check !== null) return `${first9}${check}`;
  }
}

/** The workbook (streamed to disk) and the same rows as CSV for the COPY ceiling. */
async function generate(file: string, csvFile: string): Promise<void> {
  const communes = communesOf(IMPORT_BENCH_USER.provinceCode);
  const rnd = new Prng(20261203);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(HEADERS).commit();
  const csv = fs.createWriteStream(csvFile);
  for (let i = 0; i < ROWS; i++) {
    const e = Math.floor(i / 2); // two products per producer
    const cooperative = e % 2 === 0;
    const tax = cooperative ? taxCodeOf(e * 10) : ''; // distinct: at most a few codes are skipped between two
    const person = `${SURNAMES[e % SURNAMES.length]} ${GIVEN[(e >> 3) % GIVEN.length]}`;
    const row: Record<string, string | number> = {
      productName: `${PRODUCTS[i % PRODUCTS.length]} ${Math.floor(i / PRODUCTS.length) + 1}`,
      group: GROUPS[e % GROUPS.length],
      entityName: cooperative ? `HTX Nông sản số ${e + 1}` : `Hộ kinh doanh ${person} ${e + 1}`,
      taxCode: tax,
      entityType: cooperative ? 'Hợp tác xã' : 'Hộ sản xuất, kinh doanh',
      representative: person,
      address: `Thôn ${1 + (e % 9)}`,
      commune: communes[e % communes.length],
      district: '',
      province: 'Quảng Ngãi',
      stars: `${3 + rnd.int(0, 2)} sao`,
      recognitionYear: 2019 + (i % 6),
      decision: `${100 + (i % 900)}/QĐ-UBND`,
      decisionDate: `${String(1 + (i % 28)).padStart(2, '0')}/12/${2019 + (i % 6)}`,
      level: 'Tỉnh',
      price: 50_000 + (i % 50) * 10_000,
    };
    const values = FIELDS.map((f) => row[f.key] ?? '');
    ws.addRow(values).commit();
    csv.write(values.map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',') + '\n');
  }
  ws.commit();
  await wb.commit();
  await new Promise((r) => csv.end(r));
}

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; ready: Extract<ImportServerMessage, { type: 'ready' }> }> {
  const child = fork(path.resolve('bench/imports-server.ts'), [], { env: { ...process.env, ...env }, execArgv: ['--import', 'tsx', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(dataRoot, 'profile-imports')}`] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    child.on('message', (m: ImportServerMessage) => m.type === 'ready' && resolve({ child, ready: m }));
  });
}

function ask<T extends ImportServerMessage['type']>(child: ChildProcess, message: object, answer: T): Promise<Extract<ImportServerMessage, { type: T }>> {
  return new Promise((resolve) => {
    const on = (m: ImportServerMessage) => {
      if (m.type !== answer) return;
      child.off('message', on);
      resolve(m as Extract<ImportServerMessage, { type: T }>);
    };
    child.on('message', on);
    child.send(message);
  });
}

interface Phase {
  status: string;
  ms: number;
}

async function runImport(base: string, file: string): Promise<{ upload: number; preview: Phase; commit: Phase; total: number; summary: unknown; id: string }> {
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ username: IMPORT_BENCH_USER.username, password: IMPORT_BENCH_USER.password }) });
  if (!login.ok) throw new Error(`login ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const headers = { cookie, origin: base };
  const started = performance.now();
  const form = new FormData();
  form.append('kind', 'products');
  form.append('file', new Blob([await fs.promises.readFile(file)]), path.basename(file));
  const up = await fetch(`${base}/api/imports`, { method: 'POST', headers, body: form });
  if (up.status !== 201) throw new Error(`upload ${up.status} ${await up.text()}`);
  const { id } = (await up.json()) as { id: string };
  const uploaded = performance.now();
  const poll = async (): Promise<{ status: string; summary: unknown; errors: unknown[] }> => {
    for (let resets = 0; ; ) {
      // a kept-alive connection the server closes as the next poll goes out (its event loop is
      // busy for seconds on PGlite) fails with ECONNRESET: asked again on a new one
      const r = await fetch(`${base}/api/imports/${id}`, { headers }).catch((e: unknown) => {
        if (++resets > 5) throw e;
        return null;
      });
      if (!r) continue;
      const body = (await r.json()) as { status: string; summary: unknown; errors: unknown[] };
      if (body.status !== 'parsing' && body.status !== 'committing') return body;
      await new Promise((res) => setTimeout(res, 200));
    }
  };
  const preview = await poll();
  const previewed = performance.now();
  if (preview.status !== 'preview' || preview.errors.length) throw new Error(`preview: ${JSON.stringify(preview).slice(0, 2000)}`);
  const c = await fetch(`${base}/api/imports/${id}/commit`, { method: 'POST', headers });
  if (c.status !== 202) throw new Error(`commit ${c.status} ${await c.text()}`);
  const done = await poll();
  const ended = performance.now();
  if (done.status !== 'done') throw new Error(`commit ended ${done.status}`);
  return { id, upload: uploaded - started, preview: { status: preview.status, ms: previewed - uploaded }, commit: { status: done.status, ms: ended - previewed }, total: ended - started, summary: done.summary };
}

async function main(): Promise<void> {
  fs.mkdirSync(dataRoot, { recursive: true });
  const file = path.join(dataRoot, `imports-products-${ROWS}.xlsx`);
  const csvFile = path.join(dataRoot, `imports-products-${ROWS}.csv`);
  const genStarted = performance.now();
  await generate(file, csvFile);
  const generated = { ms: performance.now() - genStarted, bytes: fs.statSync(file).size };
  console.log(`workbook: ${ROWS} rows, ${(generated.bytes / 1e6).toFixed(1)} MB in ${(generated.ms / 1000).toFixed(1)} s`);

  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  if (usePglite) {
    const dir = path.join(dataRoot, 'pglite-imports');
    fs.rmSync(dir, { recursive: true, force: true });
    env = { BENCH_PGLITE_DIR: dir, DATABASE_URL: '' };
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const url = new URL(process.env.DATABASE_URL!);
    const name = url.pathname.slice(1);
    if (!name.includes('bench')) throw new Error('the benchmark database name must contain "bench"');
    const adminUrl = new URL(url);
    adminUrl.pathname = '/postgres';
    const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists "${name}"`);
    await admin.unsafe(`create database "${name}"`);
    env = { DATABASE_URL: url.toString() };
    cleanup = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  }
  const { child, ready } = await startServer(env);
  try {
    const base = `http://127.0.0.1:${ready.port}`;
    const before = await ask(child, { type: 'rss' }, 'rss');
    await ask(child, { type: 'resetRss' }, 'rss');
    // the machine is shared: the 1-minute load average, sampled through the run
    const loads: number[] = [os.loadavg()[0]];
    const loadSampler = setInterval(() => loads.push(os.loadavg()[0]), 5000);
    const run = await runImport(base, file).finally(() => clearInterval(loadSampler));
    loads.push(os.loadavg()[0]);
    const rss = await ask(child, { type: 'rss' }, 'rss');
    console.log(JSON.stringify({ ...run, peakRssMb: rss.peakRss / 2 ** 20, load: loads }));
    const copy = await ask(child, { type: 'copy', csv: csvFile, columns: FIELDS.length }, 'copied');
    const result = {
      at: new Date().toISOString(), rows: ROWS, database: ready.kind, databaseVersion: ready.databaseVersion.split(' ').slice(0, 2).join(' '),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`,
      fileBytes: generated.bytes, ...run,
      rowsPerSecond: ROWS / (run.total / 1000), previewRowsPerSecond: ROWS / ((run.upload + run.preview.ms) / 1000), commitRowsPerSecond: ROWS / (run.commit.ms / 1000),
      load: { min: Math.min(...loads), mean: loads.reduce((a, b) => a + b, 0) / loads.length, max: Math.max(...loads), cores: os.cpus().length },
      startRssMb: before.rss / 2 ** 20, peakRssMb: rss.peakRss / 2 ** 20,
      copy: { rows: copy.rows, ms: copy.ms, rowsPerSecond: copy.rows / (copy.ms / 1000) },
    };
    console.log(JSON.stringify(result, null, 2));
    fs.writeFileSync(path.join(dataRoot, `results-imports-${ready.kind}.json`), JSON.stringify(result, null, 2));
    if (write) writeResults(result);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await cleanup();
  }
}

type Result = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Replaces this database's lines of the imports section in RESULTS.md. */
function writeResults(r: Result): void {
  const file = path.resolve('bench/RESULTS.md');
  const text = fs.readFileSync(file, 'utf8');
  const START = '<!-- imports:start -->';
  const END = '<!-- imports:end -->';
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const line = `| ${r.database} (${r.databaseVersion}) | ${r.rows.toLocaleString('en')} | ${(r.fileBytes / 1e6).toFixed(1)} MB | ${s(r.upload)} | ${s(r.preview.ms)} | ${s(r.commit.ms)} | **${s(r.total)}** | **${Math.round(r.rowsPerSecond).toLocaleString('en')}** | ${Math.round(r.previewRowsPerSecond).toLocaleString('en')} | ${Math.round(r.commitRowsPerSecond).toLocaleString('en')} | ${Math.round(r.copy.rowsPerSecond).toLocaleString('en')} (${s(r.copy.ms)}) | ${(r.rowsPerSecond / r.copy.rowsPerSecond).toFixed(3)} | ${Math.round(r.startRssMb)} → ${Math.round(r.peakRssMb)} MB | ${r.load.mean.toFixed(1)} (${r.load.min.toFixed(1)}–${r.load.max.toFixed(1)}) on ${r.load.cores} cores | ${r.at.slice(0, 16).replace('T', ' ')} UTC |`;
  const header = [
    START,
    '## Bulk import: 100,000-row products workbook (`npm run bench:imports`)',
    '',
    `Machine: ${r.machine}, shared with other work (load average below). Upload → preview ready → committed, through the HTTP server (method: [README](README.md#bulk-import-benchmark)); rows/s = rows ÷ the whole time (target ≥ 5,000/s on PostgreSQL); preview rows/s counts the upload with it; "COPY" = the same rows as CSV into an unindexed text table, in the same run (the database's ceiling), and "÷ COPY" the end-to-end rate as a share of it; RSS = the server process, at start → peak during the import.`,
    '',
    '| database | rows | file | upload | preview | commit | upload → committed | rows/s | preview rows/s | commit rows/s | COPY rows/s | ÷ COPY | server RSS | load (1 min) | measured |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  let lines: string[] = [];
  const at = text.indexOf(START);
  if (at >= 0) lines = text.slice(at, text.indexOf(END)).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| database') && !l.startsWith(`| ${r.database} `));
  lines.push(line);
  const section = [...header, ...lines.sort(), END].join('\n');
  const next = at >= 0 ? text.slice(0, at) + section + text.slice(text.indexOf(END) + END.length) : `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
