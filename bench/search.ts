/**
 * Benchmark of catalogue search and entity listing (issue item 8, SPEC §8).
 *
 *   npm run bench:search -- [--duration 10] [--connections 16] [--warmup 2] [--rate 200]
 *                           [--products 100000] [--province 38] [--data-dir DIR] [--no-write]
 *
 * Starts bench/server.ts (the real application on the generated database, plus a bare Fastify
 * route as the machine's ceiling) as a child process on 127.0.0.1, drives it with autocannon
 * and with a small open-loop fixed-rate client, samples the server's resident memory and CPU,
 * and rewrites this engine's section of bench/RESULTS.md. Only loopback traffic; every run is
 * bounded in time.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { longTailQueries, repeatShare, zipfStream } from './lib/long-tail';
import autocannon from 'autocannon';
import { benchDataDir, benchDir, intOption, resolveTarget, type Target } from './lib/target';
import type { ServerReady } from './lib/protocol';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string' },
    warmup: { type: 'string' },
    rate: { type: 'string' },
    products: { type: 'string' },
    province: { type: 'string' },
    timeout: { type: 'string' },
    'quiet-wait': { type: 'string' },
    'data-dir': { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
  allowPositionals: false,
});

const DURATION_S = intOption(args.duration ?? process.env.BENCH_DURATION, 10, 'duration', 1, 120);
const CONNECTIONS = intOption(args.connections ?? process.env.BENCH_CONNECTIONS, 16, 'connections', 1, 256);
const WARMUP_S = intOption(args.warmup ?? process.env.BENCH_WARMUP, 2, 'warmup', 0, 30);
const RATE = intOption(args.rate ?? process.env.BENCH_RATE, 200, 'rate', 1, 10_000);
const PRODUCTS = intOption(args.products ?? process.env.BENCH_PRODUCTS, 100_000, 'products', 1, 4_000_000);
const PROVINCE = args.province ?? process.env.BENCH_PROVINCE ?? undefined;
const REQUEST_TIMEOUT_S = intOption(args.timeout ?? process.env.BENCH_TIMEOUT, 10, 'timeout', 1, 120);
/** Open-loop client: requests beyond this many in flight are not sent and count as dropped. */
const MAX_IN_FLIGHT = 64;
/** After each run, wait (at most this long) until the server has worked off requests still queued. */
const DRAIN_LIMIT_MS = 120_000;
const PROBE_BUDGET_MS = 2_000;
const SERVER_START_TIMEOUT_MS = 300_000;
const PROBE_SAMPLES = 5;
/** Wait up to this many seconds for the machine to be quiet (< QUIET_CORES busy) before starting. */
const QUIET_WAIT_S = intOption(args['quiet-wait'] ?? process.env.BENCH_QUIET_WAIT, 0, 'quiet-wait', 0, 3_600);
const QUIET_CORES = 0.25;
const MAX_LATENCY_SAMPLES = 2_000_000;

const RESULTS_FILE = path.join(benchDir, 'RESULTS.md');
const RESULTS_ANCHOR = '<!-- results:end -->';

/** Accent-free catalogue queries as people type them, the last ones with typos. */
const CATALOGUE_QUERIES = [
  'mat ong', 'mat ong rung', 'nuoc mam', 'nuoc mam ca com', 'che shan tuyet', 'tra hoa vang', 'ruou ba kich', 'gao st25',
  'ca phe', 'ca phe robusta', 'mien dong', 'cha muc', 'tinh dau que', 'nem chua', 'buoi da xanh', 'yen sao', 'tho cam',
  'hop tac xa', 'lua to tam', 'dong trung ha thao',
  'mat ogn rung', 'nuoc mamm', 'che san tuyet', 'ruou ba kick', 'tinh dau qe', 'buoi da xan', 'cafe', 'chaa muc',
];
/** Distinct long-tail queries (bench/lib/long-tail.ts): each asked about once per run at 200/s for 10 s. */
const LONG_TAIL = longTailQueries(3_000);
/**
 * A realistic mix (bench/lib/long-tail.ts, zipfStream): the 28 queries above as the popular head,
 * then 20,000 distinct long-tail queries, drawn with probability ∝ 1/rank. One stream for the
 * closed-loop run and another (other seed) for the fixed-rate run.
 */
const ZIPF_TAIL = longTailQueries(20_000, 20261206);
const ZIPF_CLOSED = zipfStream(CATALOGUE_QUERIES, ZIPF_TAIL, 40_000, 1, 1);
const ZIPF_OPEN = zipfStream(CATALOGUE_QUERIES, ZIPF_TAIL, 40_000, 1, 2);
/** `--only id,id`: run only these scenarios (the bare route always runs; the fixed-rate runs are `fixed`). */
const ONLY = args.only ? new Set(args.only.split(',').map((x) => x.trim())) : null;
const wanted = (id: string): boolean => !ONLY || id === 'bare' || ONLY.has(id);
/** Queries a provincial officer types into the entity list (names, people, a tax-code prefix, typos). */
const ENTITY_QUERIES = [
  'hop tac xa', 'cong ty tnhh', 'nguyen van', 'tran thi', 'phuc loc', 'che bien nong san', 'duoc lieu', 'ho kinh doanh',
  '1202', 'hop tac sa', 'nguyen vn hung', 'thanh dat',
];

interface Scenario {
  id: string;
  title: string;
  target: 'app' | 'bare';
  paths: string[];
  connections: number;
  auth?: boolean;
  /** autocannon overallRate (closed loop, rate-limited per connection). */
  overallRate?: number;
  /** Open-loop client: requests scheduled at a constant rate, latency measured from the scheduled time. */
  openLoopRate?: number;
}

interface Measured {
  id: string;
  title: string;
  connections: number | null;
  mode: string;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  dropped: number;
  seconds: number;
  rps: number;
  ratio: number | null;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rssPeakMb: number;
  cpu: CpuSplit;
}

interface Probe {
  query: string;
  kind: 'catalogue' | 'entities';
  total: number;
  medianMs: number;
  maxMs: number;
}

const enc = encodeURIComponent;

function log(message: string): void {
  console.log(`[bench:search] ${message}`);
}

// ------------------------------------------------------------------ measuring helpers

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function readRssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function readProcTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime
  } catch {
    return NaN;
  }
}

function readMachineTicks(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + (v[4] ?? 0);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0); // user … steal (guest time is already in user)
  return { busy: total - idle, total };
}

/**
 * CPU ticks of all PostgreSQL server processes on this machine (0 when there are none),
 * including exited children (parallel workers, closed backends) that the postmaster reaped.
 */
function readPostgresTicks(): number {
  let sum = 0;
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      if (comm !== 'postgres' && !comm.startsWith('postgres:')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      sum += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]); // utime stime cutime cstime
    } catch {
      // the process ended meanwhile
    }
  }
  return sum;
}

/** Where the machine's CPU went during a run, in cores (1 = one core fully busy). */
interface CpuSplit {
  server: number;
  postgres: number;
  loadGenerator: number;
  /** Everything else on the machine: other people's builds and tests show up here. */
  other: number;
}

/** Samples the server's RSS while a run is going on, and where the CPU went over the run. */
function startSampler(pid: number) {
  let peak = readRssMb(pid);
  const t0 = performance.now();
  const server0 = readProcTicks(pid);
  const self0 = readProcTicks(process.pid);
  const pg0 = readPostgresTicks();
  const machine0 = readMachineTicks();
  const timer = setInterval(() => {
    const rss = readRssMb(pid);
    if (rss > peak) peak = rss;
  }, 200);
  return {
    stop(): { rssPeakMb: number; cpu: CpuSplit } {
      clearInterval(timer);
      const rss = readRssMb(pid);
      if (rss > peak) peak = rss;
      const seconds = (performance.now() - t0) / 1000;
      const cores = (ticks: number): number => ticks / CLK_TCK / seconds;
      const server = cores(readProcTicks(pid) - server0);
      const loadGenerator = cores(readProcTicks(process.pid) - self0);
      const postgres = cores(readPostgresTicks() - pg0);
      const machine = cores(readMachineTicks().busy - machine0.busy);
      return { rssPeakMb: peak, cpu: { server, postgres, loadGenerator, other: Math.max(0, machine - server - postgres - loadGenerator) } };
    },
  };
}

/** Busy cores on the machine outside this process (other work disturbs the results). */
async function backgroundLoad(ms: number): Promise<number> {
  const m0 = readMachineTicks();
  const self0 = readProcTicks(process.pid);
  await new Promise((resolve) => setTimeout(resolve, ms));
  const busy = readMachineTicks().busy - m0.busy - (readProcTicks(process.pid) - self0);
  return busy / CLK_TCK / (ms / 1000);
}

/** Where each list of paths was left: a measured run goes on after its warm-up instead of repeating it. */
const cyclePositions = new WeakMap<string[], number>();

/** Cycles through the paths across all connections, so every query is exercised. */
function cycler(paths: string[]): () => string {
  let i = cyclePositions.get(paths) ?? 0;
  return () => {
    const path = paths[i++ % paths.length];
    cyclePositions.set(paths, i);
    return path;
  };
}

async function runAutocannon(s: Scenario, baseUrl: string, headers: Record<string, string>, seconds: number, pid: number, record: boolean) {
  const next = cycler(s.paths);
  const latencies: number[] = [];
  let non2xx = 0;
  const sampler = record ? startSampler(pid) : null;
  const instance = autocannon({
    url: baseUrl,
    connections: s.connections,
    duration: seconds,
    timeout: REQUEST_TIMEOUT_S,
    headers,
    overallRate: s.overallRate,
    // autocannon's own coordinated-omission correction assumes a 1 ms interval at these
    // rates; latencies are taken from the raw response times below instead.
    ignoreCoordinatedOmission: s.overallRate ? true : undefined,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) {
      if (latencies.length < MAX_LATENCY_SAMPLES) latencies.push(responseTime);
    } else {
      non2xx++;
    }
  });
  const result = await instance;
  const resources = sampler?.stop();
  return { result, latencies, non2xx, resources };
}

/** Constant-rate open-loop client: the honest way to ask "what is p95 at N requests/s". */
async function runOpenLoop(s: Scenario, port: number, headers: Record<string, string>, seconds: number, pid: number) {
  const rate = s.openLoopRate!;
  const total = Math.max(1, Math.round(rate * seconds));
  const intervalMs = 1000 / rate;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const next = cycler(s.paths);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let timeouts = 0;
  let launched = 0;
  let settled = 0;
  let dropped = 0;
  const sampler = startSampler(pid);
  const start = performance.now();
  const hardStop = start + (seconds + REQUEST_TIMEOUT_S + 5) * 1000;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const now = performance.now();
      while (launched < total && start + launched * intervalMs <= now) {
        const scheduled = start + launched * intervalMs;
        launched++;
        if (launched - 1 - dropped - settled >= MAX_IN_FLIGHT) {
          dropped++; // the server is not keeping up: do not pile up more
          continue;
        }
        const request = http.get({ host: '127.0.0.1', port, path: next(), agent, headers, timeout: REQUEST_TIMEOUT_S * 1000 }, (response) => {
          response.resume();
          response.on('end', () => {
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) latencies.push(performance.now() - scheduled);
            else non2xx++;
            settled++;
          });
        });
        request.on('timeout', () => {
          timeouts++;
          request.destroy(new Error('timeout'));
        });
        request.on('error', () => {
          errors++;
          settled++;
        });
      }
      if ((launched >= total && settled + dropped >= launched) || now > hardStop) {
        clearInterval(timer);
        resolve();
      }
    }, 1);
  });
  const elapsed = (performance.now() - start) / 1000;
  const resources = sampler.stop();
  agent.destroy();
  const unfinished = Math.max(0, launched - dropped - settled);
  return { latencies, non2xx, errors: errors + unfinished, timeouts: timeouts + unfinished, dropped, seconds: elapsed, resources };
}

async function measure(s: Scenario, ready: ServerReady, cookie: string, bareRps: number | null): Promise<Measured> {
  const port = s.target === 'bare' ? ready.barePort : ready.port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const headers: Record<string, string> = s.auth ? { cookie } : {};
  if (WARMUP_S > 0 && !s.openLoopRate) {
    await runAutocannon(s, baseUrl, headers, WARMUP_S, ready.pid, false);
    await drain(ready);
  }

  let latencies: number[];
  let ok: number;
  let non2xx: number;
  let errors: number;
  let timeouts: number;
  let dropped = 0;
  let seconds: number;
  let resources: { rssPeakMb: number; cpu: CpuSplit };
  let mode: string;
  if (s.openLoopRate) {
    const r = await runOpenLoop(s, port, headers, DURATION_S, ready.pid);
    ({ latencies, non2xx, errors, timeouts, dropped, seconds, resources } = r);
    ok = latencies.length;
    mode = `open loop ${s.openLoopRate}/s`;
  } else {
    const r = await runAutocannon(s, baseUrl, headers, DURATION_S, ready.pid, true);
    latencies = r.latencies;
    ok = r.result['2xx'];
    non2xx = r.non2xx;
    errors = r.result.errors;
    timeouts = r.result.timeouts;
    seconds = r.result.duration;
    resources = r.resources!;
    mode = s.overallRate ? `autocannon, overallRate ${s.overallRate}/s` : 'autocannon, closed loop';
  }
  latencies.sort((a, b) => a - b);
  const rps = ok / seconds;
  const m: Measured = {
    id: s.id,
    title: s.title,
    connections: s.openLoopRate ? null : s.connections,
    mode,
    ok,
    non2xx,
    errors,
    timeouts,
    dropped,
    seconds,
    rps,
    ratio: bareRps ? rps / bareRps : null,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.length ? latencies[latencies.length - 1] : NaN,
    ...resources,
  };
  log(
    `${s.id.padEnd(24)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms` +
      `  rss ${m.rssPeakMb.toFixed(0)} MB  cpu ${cpuText(m.cpu)}` +
      (non2xx + errors + dropped ? `  non-2xx ${non2xx} errors ${errors} (timeouts ${timeouts}) dropped ${dropped}` : ''),
  );
  const drained = await drain(ready);
  if (drained > 1_000) log(`  (server worked off queued requests for ${(drained / 1000).toFixed(1)} s after the run)`);
  return m;
}

/**
 * Requests still queued in the server when a run stops (the client gave up, the server did not)
 * would slow the next run down: wait until a trivial request through the same database pool
 * (GET /api/health) answers promptly again. Returns the time waited.
 */
async function drain(ready: ServerReady): Promise<number> {
  const started = performance.now();
  let fast = 0;
  while (performance.now() - started < DRAIN_LIMIT_MS) {
    const t = performance.now();
    try {
      const response = await fetch(`http://127.0.0.1:${ready.port}/api/health`, { signal: AbortSignal.timeout(DRAIN_LIMIT_MS) });
      await response.arrayBuffer();
    } catch {
      // keep waiting until the limit
    }
    fast = performance.now() - t < 100 ? fast + 1 : 0;
    if (fast >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return performance.now() - started;
}

/** Sequential requests per query: result size and unloaded latency of each. */
async function probe(ready: ServerReady, cookie: string): Promise<Probe[]> {
  const out: Probe[] = [];
  const cases: Array<{ query: string; kind: Probe['kind'] }> = [
    ...CATALOGUE_QUERIES.map((query) => ({ query, kind: 'catalogue' as const })),
    ...ENTITY_QUERIES.map((query) => ({ query, kind: 'entities' as const })),
  ];
  for (const c of cases) {
    const url =
      c.kind === 'catalogue'
        ? `http://127.0.0.1:${ready.port}/api/products?q=${enc(c.query)}&page=1&pageSize=20`
        : `http://127.0.0.1:${ready.port}/api/entities?q=${enc(c.query)}&page=1&pageSize=20`;
    const headers: Record<string, string> = c.kind === 'entities' ? { cookie } : {};
    const times: number[] = [];
    let total = -1;
    const probeStarted = performance.now();
    for (let i = 0; i <= PROBE_SAMPLES; i++) {
      if (i > 1 && performance.now() - probeStarted > PROBE_BUDGET_MS) break; // slow query: fewer samples
      const t = performance.now();
      const response = await fetch(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_S * 1000) });
      const body = (await response.json()) as { total?: number };
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      if (i > 0) times.push(performance.now() - t); // the first request only warms up
      total = body.total ?? -1;
    }
    times.sort((a, b) => a - b);
    out.push({ query: c.query, kind: c.kind, total, medianMs: percentile(times, 50), maxMs: times[times.length - 1] });
  }
  return out;
}

/** Waits (at most limitS seconds) until other work on the machine keeps under QUIET_CORES; returns the last reading. */
async function waitQuiet(limitS: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < 10_000; i++) {
    const busy = await backgroundLoad(2_000);
    if (busy < QUIET_CORES || performance.now() - started >= limitS * 1000) return busy;
    if (i % 5 === 0) log(`machine busy with other work (${busy.toFixed(2)} cores); waiting …`);
  }
  return NaN;
}

/**
 * With --quiet-wait: waits for a quiet machine before the run and measures once more when
 * other work still took more than QUIET_CORES during it, keeping the less disturbed run.
 */
async function measureQuietly(s: Scenario, ready: ServerReady, cookie: string, bareRps: number | null): Promise<Measured> {
  let best: Measured | null = null;
  const attempts = QUIET_WAIT_S > 0 ? 2 : 1;
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (QUIET_WAIT_S > 0) await waitQuiet(Math.min(QUIET_WAIT_S, 90));
    const m = await measure(s, ready, cookie, bareRps);
    if (!best || m.cpu.other < best.cpu.other) best = m;
    if (m.cpu.other < QUIET_CORES) break;
    if (attempt + 1 < attempts) log(`  disturbed by other work (${m.cpu.other.toFixed(2)} cores); measuring again`);
  }
  return best!;
}

// ------------------------------------------------------------------ server process

function startServer(target: Target): Promise<{ child: ChildProcess; ready: ServerReady }> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  if (target.kind === 'postgres') env.DATABASE_URL = target.databaseUrl;
  else {
    delete env.DATABASE_URL;
    env.BENCH_PGLITE_DIR = target.dataDir;
  }
  const child = fork(path.join(benchDir, 'server.ts'), [], { execArgv: ['--import', 'tsx'], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error('the server did not start in time'));
    }, SERVER_START_TIMEOUT_MS);
    child.once('message', (message: unknown) => {
      clearTimeout(timer);
      const ready = message as ServerReady;
      if (ready?.type !== 'ready') return reject(new Error('unexpected message from the server'));
      resolve({ child, ready });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before it was ready`));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function login(ready: ServerReady): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${ready.port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: ready.user.username, password: ready.user.password }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('ocop_session='));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie;
}

// ------------------------------------------------------------------ scenarios

function scenarios(ready: ServerReady): Scenario[] {
  const provinces = ready.provinces.map((p) => p.code);
  const big = provinces.slice(0, 8);
  const groups = ['1', '2', '3', '4', '1', '1'];
  const catalogue = CATALOGUE_QUERIES.map((q) => `/api/products?q=${enc(q)}&page=1&pageSize=20`);
  const withProvince = CATALOGUE_QUERIES.map((q, i) => `/api/products?q=${enc(q)}&province=${big[i % big.length]}&page=1&pageSize=20`);
  const filters = [
    ...groups.map((g, i) => `/api/products?group=${g}&province=${provinces[i % provinces.length]}&page=1&pageSize=20`),
    ...big.map((p) => `/api/products?province=${p}&stars=4,5&page=1&pageSize=20`),
    '/api/products?stars=5&page=1&pageSize=20',
    '/api/products?group=1&stars=4&page=1&pageSize=20',
    '/api/products?subgroup=1.5&page=1&pageSize=20',
    '/api/products?subgroup=2.1&stars=4,5&page=1&pageSize=20',
  ];
  const searchFiltered = CATALOGUE_QUERIES.slice(0, 20).map(
    (q, i) => `/api/products?q=${enc(q)}&group=1&stars=${i % 2 ? '4,5' : '3,4,5'}&province=${provinces[i % provinces.length]}&page=1&pageSize=20`,
  );
  const browse = Array.from({ length: 25 }, (_, i) => `/api/products?page=${i + 1}&pageSize=20`);
  const entityPages = Math.max(1, Math.min(200, Math.ceil(ready.user.entitiesInProvince / 20)));
  const entityList = Array.from({ length: entityPages }, (_, i) => `/api/entities?page=${i + 1}&pageSize=20`);
  const tail = LONG_TAIL.map((q) => `/api/products?q=${enc(q)}&page=1&pageSize=20`);
  const zipf = ZIPF_CLOSED.map((q) => `/api/products?q=${enc(q)}&page=1&pageSize=20`);
  const entitySearch = ENTITY_QUERIES.map((q) => `/api/entities?q=${enc(q)}&page=1&pageSize=20`);
  return [
    { id: 'bare', title: 'Bare Fastify route `GET /bare` (ceiling)', target: 'bare', paths: ['/bare'], connections: CONNECTIONS },
    { id: 'catalogue-q', title: `Catalogue search \`q\` (${CATALOGUE_QUERIES.length} queries, 8 with typos)`, target: 'app', paths: catalogue, connections: CONNECTIONS },
    { id: 'catalogue-q-tail', title: `Catalogue search \`q\`, long tail (${LONG_TAIL.length.toLocaleString('en-US')} distinct queries, ~20% with typos)`, target: 'app', paths: tail, connections: CONNECTIONS },
    { id: 'catalogue-q-zipf', title: 'Catalogue search `q`, Zipf mix (28 popular queries + 20,000 long-tail ones, p ∝ 1/rank)', target: 'app', paths: zipf, connections: CONNECTIONS },
    { id: 'catalogue-q-1conn', title: 'Catalogue search `q`, one connection (unloaded latency)', target: 'app', paths: catalogue, connections: 1 },
    { id: 'catalogue-q-province', title: 'Catalogue search `q` + `province`', target: 'app', paths: withProvince, connections: CONNECTIONS },
    { id: 'catalogue-q-filtered', title: 'Catalogue search `q` + `group` + `stars` + `province`', target: 'app', paths: searchFiltered, connections: CONNECTIONS },
    { id: 'catalogue-filters', title: 'Catalogue filters only (`province`, `group`, `subgroup`, `stars`)', target: 'app', paths: filters, connections: CONNECTIONS },
    { id: 'catalogue-browse', title: 'Catalogue browse, pages 1–25, no filter', target: 'app', paths: browse, connections: CONNECTIONS },
    { id: 'entities-pages', title: `Entity list as provincial officer, pages 1–${entityPages}`, target: 'app', paths: entityList, connections: CONNECTIONS, auth: true },
    { id: 'entities-q', title: `Entity list with \`q\` (${ENTITY_QUERIES.length} queries)`, target: 'app', paths: entitySearch, connections: CONNECTIONS, auth: true },
  ];
}

// ------------------------------------------------------------------ report

let backgroundCores = NaN;

function machineInfo(ready: ServerReady) {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: keep os.cpus()
  }
  const require = createRequire(import.meta.url);
  const autocannonVersion = (require('autocannon/package.json') as { version: string }).version;
  return {
    date: new Date().toISOString(),
    cpu,
    cores: os.cpus().length,
    memoryGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    database: ready.databaseVersion.replace(/, compiled by.*$/, ''),
    autocannon: autocannonVersion,
    backgroundCores,
  };
}

function cpuText(c: CpuSplit): string {
  return `${c.server.toFixed(2)} / ${c.postgres.toFixed(2)} / ${c.loadGenerator.toFixed(2)} / ${c.other.toFixed(2)}`;
}

const f1 = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f0 = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');

function renderSection(target: Target, ready: ServerReady, rows: Measured[], probes: Probe[], generated: Record<string, unknown> | null): string {
  const machine = machineInfo(ready);
  const engine = target.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (embedded)';
  const scale = `${f0(ready.products)} products, ${f0(ready.entities)} entities`;
  const bare = rows.find((r) => r.id === 'bare');
  const lines: string[] = [];
  lines.push(`<!-- results:${target.label}:start -->`);
  lines.push(`## ${engine} — ${scale} (\`${target.label}\`)`);
  lines.push('');
  lines.push(`Measured ${machine.date.slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:search\`; this section is rewritten by each run.`);
  lines.push('');
  lines.push('| machine | |');
  lines.push('| --- | --- |');
  lines.push(`| CPU | ${machine.cpu}, ${machine.cores} cores |`);
  lines.push(`| memory | ${machine.memoryGb.toFixed(1)} GB |`);
  lines.push(`| OS | ${machine.os} |`);
  lines.push(`| Node.js | ${machine.node} |`);
  lines.push(`| database | ${machine.database} |`);
  lines.push(`| load generator | autocannon ${machine.autocannon}, same machine, loopback |`);
  lines.push(`| other work on the machine before the run | ${machine.backgroundCores.toFixed(2)} cores busy (see "other" per run below) |`);
  lines.push('');
  lines.push(
    `Data set: ${scale} (${f0(ready.publicProducts)} public, i.e. 3★ and more) over ${ready.provinces.length} provinces; database size ${ready.databaseSize}. ` +
      `Entity listing signs in as \`${ready.user.username}\`, the provincial office of ${ready.user.provinceName} (${ready.user.provinceCode}), ` +
      `the largest province with ${f0(ready.user.entitiesInProvince)} entities.`,
  );
  if (generated) {
    const g = generated as { rowsPerSecond: number; totalRows: number; loadSeconds: number; totalSeconds: number; seed: number; tables: Record<string, { rows: number; ms: number }> };
    const t = g.tables;
    lines.push(
      `Generated by \`npm run bench:generate\` (seed ${g.seed}): ${f0(g.totalRows)} rows in ${g.loadSeconds.toFixed(1)} s, ` +
        `${f0(g.rowsPerSecond)} rows/s overall (entities ${f0(t.entities.rows / (t.entities.ms / 1000))}/s, products ${f0(t.products.rows / (t.products.ms / 1000))}/s, ` +
        `star records ${f0(t.product_star_records.rows / (t.product_star_records.ms / 1000))}/s, business figures ${f0(t.business_figures.rows / (t.business_figures.ms / 1000))}/s); ` +
        `${g.totalSeconds.toFixed(0)} s including migrations, reference data and ANALYZE.`,
    );
  }
  lines.push('');
  lines.push(
    `Each run: ${WARMUP_S} s warm-up, then ${DURATION_S} s measured; request timeout ${REQUEST_TIMEOUT_S} s. Latencies in ms over the 2xx responses received within the run ` +
      '(closed-loop runs cannot see requests still unanswered when the run ends — compare the response count); ratio = req/s as a share of the bare route\'s req/s; ' +
      'RSS = peak resident memory of the server process; CPU = cores busy during the run in the server process, PostgreSQL\'s processes, the load generator, and anything else on the machine ' +
      `(${os.cpus().length} cores in all; "other" is work that is not part of the benchmark and disturbs it). ` +
      `The open-loop run sends requests at fixed times whatever the answers and measures from the scheduled time; it never keeps more than ${MAX_IN_FLIGHT} in flight (the rest count as dropped).`,
  );
  lines.push('');
  lines.push('| scenario | mode | conns | responses | req/s | ratio | median | p95 | p99 | max | RSS MB | CPU cores: server / postgres / load gen. / other | failed: non-2xx / errors (timeouts) / dropped |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const ratio = r.ratio === null ? '100%' : r.ratio > 0 ? `${(r.ratio * 100).toPrecision(2)}%` : '0%';
    lines.push(
      `| ${r.title} | ${r.mode} | ${r.connections ?? `≤ ${MAX_IN_FLIGHT}`} | ${f0(r.ok)} | ${r.rps < 10 ? r.rps.toFixed(2) : f0(r.rps)} | ${ratio} | ${f1(r.p50)} | ${f1(r.p95)} | ${f1(r.p99)} | ${f1(r.max)} | ` +
        `${f0(r.rssPeakMb)} | ${cpuText(r.cpu)} | ${r.non2xx} / ${r.errors} (${r.timeouts}) / ${r.dropped} |`,
    );
  }
  lines.push('');
  lines.push('**Against SPEC §8**');
  lines.push('');
  const fixed = rows.filter((r) => r.id.startsWith('catalogue-fixed') || r.id.startsWith('catalogue-tail-fixed') || r.id.startsWith('catalogue-zipf-fixed'));
  for (const r of fixed) {
    const target50 = target.kind === 'postgres';
    const how = r.mode.startsWith('open') ? 'open-loop client' : 'autocannon overallRate';
    const rateOffered = r.mode.replace(/^.*?(\d+)\/s$/, '$1');
    lines.push(
      `- Catalogue search${r.id.includes('tail') ? ' (long tail)' : r.id.includes('zipf') ? ' (Zipf mix)' : ''} offered ${rateOffered} req/s (${how}): ${r.rps < 10 ? r.rps.toFixed(1) : f0(r.rps)} req/s answered, p95 ${f1(r.p95)} ms` +
        (r.dropped + r.errors ? ` (${r.dropped + r.errors} requests dropped or failed)` : '') +
        (target50 ? ` — target p95 ≤ 50 ms at 200 req/s: **${r.p95 <= 50 && r.rps >= 0.95 * RATE ? 'met' : 'not met'}**.` : '.'),
    );
  }
  const one = rows.find((r) => r.id === 'catalogue-q-1conn');
  if (one && target.kind === 'pglite') {
    lines.push(`- Catalogue search one request at a time: median ${f1(one.p50)} ms, p95 ${f1(one.p95)} ms — "interactive" target ≤ 300 ms: **${one.p95 <= 300 ? 'met' : 'not met'}** at this scale.`);
  }
  const rssPeak = Math.max(...rows.map((r) => r.rssPeakMb));
  lines.push(`- Server resident memory, peak over all runs: ${f0(rssPeak)} MB — target ≤ 300 MB: **${rssPeak <= 300 ? 'met' : 'not met'}**${target.kind === 'pglite' ? ' (includes the embedded database)' : ' (the PostgreSQL server\'s own processes are not counted)'}.`);
  if (bare) lines.push(`- Ceiling of this machine (bare route, ${bare.connections} connections): ${f0(bare.rps)} req/s.`);
  lines.push('');
  lines.push(
    `**Per query** (sequential, one request at a time, after one warm-up request; median and max of up to ${PROBE_SAMPLES} samples, fewer when a query takes over ${PROBE_BUDGET_MS / 1000} s; entity queries within ${ready.user.provinceName})`,
  );
  lines.push('');
  lines.push('| list | q | matches | median ms | max ms |');
  lines.push('| --- | --- | ---: | ---: | ---: |');
  for (const p of probes) lines.push(`| ${p.kind} | \`${p.query}\` | ${f0(p.total)} | ${f1(p.medianMs)} | ${f1(p.maxMs)} |`);
  lines.push(`<!-- results:${target.label}:end -->`);
  return lines.join('\n');
}

const RESULTS_HEADER = `# Benchmark results

Produced by \`npm run bench:search\` (see [README.md](README.md)); each engine and data-set size has its own
section, rewritten when the benchmark runs again. Numbers are from the machine named in each section — compare
ratios to the bare route rather than raw numbers across machines.

${RESULTS_ANCHOR}
`;

function writeResults(label: string, section: string): void {
  let text = fs.existsSync(RESULTS_FILE) ? fs.readFileSync(RESULTS_FILE, 'utf8') : RESULTS_HEADER;
  const start = `<!-- results:${label}:start -->`;
  const end = `<!-- results:${label}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) text = text.slice(0, i) + section + text.slice(j + end.length);
  else if (text.includes(RESULTS_ANCHOR)) text = text.replace(RESULTS_ANCHOR, `${section}\n\n${RESULTS_ANCHOR}`);
  else text = `${text.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(RESULTS_FILE, text);
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const target = resolveTarget({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: args['data-dir'], products: PRODUCTS, province: PROVINCE });
  if (target.kind === 'pglite' && !fs.existsSync(path.join(target.dataDir!, 'pglite'))) {
    throw new Error(`no PGlite data in ${target.display}: run \`npm run bench:generate -- --products ${PRODUCTS}\` first`);
  }
  log(`target: ${target.kind} ${target.display}; ${DURATION_S} s per run, ${CONNECTIONS} connections`);
  backgroundCores = await waitQuiet(QUIET_WAIT_S);
  log(`other work on the machine: ${backgroundCores.toFixed(2)} cores busy`);
  const startedAt = performance.now();
  const { child, ready } = await startServer(target);
  log(`server pid ${ready.pid} ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s: ${ready.products} products, ${ready.entities} entities; app :${ready.port}, bare :${ready.barePort}`);
  try {
    const cookie = await login(ready);
    const rows: Measured[] = [];
    let bareRps: number | null = null;
    for (const s of scenarios(ready).filter((x) => wanted(x.id))) {
      const m = await measureQuietly(s, ready, cookie, bareRps);
      if (s.id === 'bare') bareRps = m.rps;
      rows.push(m);
    }
    // Fixed rate: SPEC's 200 req/s on PostgreSQL; on PGlite (one connection, one core) half of
    // the closed-loop capacity measured above unless that is more than the requested rate.
    const closed = rows.find((r) => r.id === 'catalogue-q');
    const rate = target.kind === 'postgres' || !closed ? RATE : Math.max(1, Math.min(RATE, Math.floor(closed.rps / 2)));
    const catalogue = scenarios(ready).find((s) => s.id === 'catalogue-q')!;
    const tail = scenarios(ready).find((s) => s.id === 'catalogue-q-tail')!;
    const fixedConnections = Math.min(CONNECTIONS, rate);
    if (wanted('fixed')) {
      rows.push(await measureQuietly({ ...catalogue, id: 'catalogue-fixed-ac', title: `Catalogue search \`q\` at ${rate} req/s`, overallRate: rate, connections: fixedConnections }, ready, cookie, bareRps));
      rows.push(await measureQuietly({ ...catalogue, id: 'catalogue-fixed-open', title: `Catalogue search \`q\` at ${rate} req/s`, openLoopRate: rate }, ready, cookie, bareRps));
      rows.push(await measureQuietly({ ...tail, id: 'catalogue-tail-fixed-open', title: `Catalogue search \`q\`, long tail, at ${rate} req/s`, openLoopRate: rate }, ready, cookie, bareRps));
      const n = rate * DURATION_S;
      const zipfPaths = ZIPF_OPEN.map((q) => `/api/products?q=${enc(q)}&page=1&pageSize=20`);
      const distinct = new Set(ZIPF_OPEN.slice(0, n)).size;
      const repeats = repeatShare(ZIPF_OPEN, 0, n);
      rows.push(
        await measureQuietly(
          { ...tail, paths: zipfPaths, id: 'catalogue-zipf-fixed-open', title: `Catalogue search \`q\`, Zipf mix, at ${rate} req/s (${f0(n)} requests, ${f0(distinct)} distinct queries, ${(repeats * 100).toFixed(0)}% repeat one asked earlier in the run)`, openLoopRate: rate },
          ready, cookie, bareRps,
        ),
      );
    }

    log('probing each query sequentially …');
    const probes = await probe(ready, cookie);
    const generatedFile = path.join(benchDataDir, `generate-${target.label}.json`);
    const generated = fs.existsSync(generatedFile) ? (JSON.parse(fs.readFileSync(generatedFile, 'utf8')) as Record<string, unknown>) : null;
    const section = renderSection(target, ready, rows, probes, generated);
    fs.mkdirSync(benchDataDir, { recursive: true });
    fs.writeFileSync(path.join(benchDataDir, `results-${target.label}.json`), JSON.stringify({ machine: machineInfo(ready), rows, probes }, null, 2) + '\n');
    if (args['no-write']) console.log(`\n${section}\n`);
    else {
      writeResults(target.label, section);
      log(`wrote ${path.relative(process.cwd(), RESULTS_FILE)} (section ${target.label})`);
    }
  } finally {
    await stopServer(child);
  }
}

main().catch((error: unknown) => {
  console.error(`[bench:search] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
