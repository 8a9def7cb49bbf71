/**
 * Benchmark of public verification (SPEC §8: "throughput ≥ 50% of a bare Fastify route on the
 * same machine"): certificate QR tokens and numbers (GET /api/verify/{code}) and stamps
 * (GET /api/verify/stamps/{serial}?t=…), each against a bare route served by the same process.
 * Then the freshness check: a certificate revoked mid-run must show on the next scan.
 *
 *   npx tsx bench/verify.ts [--duration 10] [--connections 16] [--warmup 2] [--no-write]
 *
 * Starts bench/verify-server.ts (demo data; embedded PGlite in memory unless DATABASE_URL is set)
 * and rewrites its section of bench/RESULTS.md. Loopback traffic only, every run bounded in time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchDir, intOption } from './lib/target';
import type { VerifyServerReady } from './verify-server';

const { values: args } = parseArgs({
  options: { duration: { type: 'string' }, connections: { type: 'string' }, warmup: { type: 'string' }, rounds: { type: 'string' }, 'no-write': { type: 'boolean', default: false } },
});
/** Rounds of [bare, application run] pairs: each run's ratio is taken against the bare runs just before and after it. */
const ROUNDS = intOption(args.rounds, 2, 'rounds', 1, 10);
const DURATION_S = intOption(args.duration, 10, 'duration', 1, 120);
const CONNECTIONS = intOption(args.connections, 16, 'connections', 1, 256);
const WARMUP_S = intOption(args.warmup, 2, 'warmup', 0, 30);

interface Run {
  id: string;
  title: string;
  port: 'app' | 'bare';
  paths: string[];
}

function cycler(paths: string[]): () => string {
  let i = 0;
  return () => paths[i++ % paths.length];
}

async function load(port: number, paths: string[], seconds: number) {
  const next = cycler(paths);
  let non2xx = 0;
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: next() }) }],
  });
  instance.on('response', (_c: unknown, status: number) => {
    if (status < 200 || status >= 300) non2xx++;
  });
  const result = await instance;
  return { result, non2xx };
}

async function main(): Promise<void> {
  const child = fork(path.join(benchDir, 'verify-server.ts'), [], {
    // BENCH_SERVER_EXEC_ARGV: extra Node.js flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_SERVER_EXEC_ARGV ?? '').split(' ').filter(Boolean)],
    env: { ...process.env, LOG_LEVEL: 'warn' } });
  const ready = await new Promise<VerifyServerReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as VerifyServerReady));
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
  });
  const ports = { app: ready.port, bare: ready.barePort };
  const stampPaths = ready.stamps.map((s) => `/api/verify/stamps/${s.serial}?t=${s.token}`);
  const bareRun: Run = { id: 'bare', title: 'Bare Fastify route `GET /bare` (ceiling)', port: 'bare', paths: ['/bare'] };
  const runs: Run[] = [
    { id: 'cert-token', title: `Certificate QR token \`GET /api/verify/{token}\` (${ready.tokens.length} tokens)`, port: 'app', paths: ready.tokens.map((t) => `/api/verify/${t}`) },
    { id: 'cert-number', title: `Certificate number \`GET /api/verify/{number}\` (${ready.numbers.length} numbers)`, port: 'app', paths: ready.numbers.map((n) => `/api/verify/${n}`) },
    { id: 'stamp', title: `Stamp \`GET /api/verify/stamps/{serial}?t={token}\` (${ready.stamps.length} stamps)`, port: 'app', paths: stampPaths },
    { id: 'stamp-serial', title: 'Stamp by serial only `GET /api/verify/stamps/{serial}`', port: 'app', paths: ready.stamps.map((s) => `/api/verify/stamps/${s.serial}`) },
  ];
  let stampResponses = 0;
  // First sight: each code once, one at a time (what a scan of a stamp nobody scanned before costs).
  const firstSight: string[] = [];
  for (const run of runs.filter((r) => r.port === 'app')) {
    const t0 = performance.now();
    for (const p of run.paths) await (await fetch(`http://127.0.0.1:${ports.app}${p}`)).arrayBuffer();
    firstSight.push(`${run.id} ${((performance.now() - t0) / run.paths.length).toFixed(2)} ms`);
  }
  console.log(`first sight: ${firstSight.join(', ')}`);
  // Stamp checks the server answered (each one is a scan to count).
  stampResponses += runs.filter((r) => r.id.startsWith('stamp')).reduce((n, r) => n + r.paths.length, 0);
  // The server's CPU time per answer: what a check costs the server whatever else the machine runs
  // (throughput ratios move with the load; CPU per request much less).
  const usage = () =>
    new Promise<{ cpuUs: number; fastPath: number }>((resolve) => {
      const on = (m: unknown) => {
        if ((m as { type?: string }).type !== 'usage') return;
        child.off('message', on);
        resolve(m as { cpuUs: number; fastPath: number });
      };
      child.on('message', on);
      child.send({ type: 'usage' });
    });
  const fastPathBefore = (await usage()).fastPath;
  type Row = { run: Run; round: number; rps: number; p50: number; p99: number; responses: number; non2xx: number; errors: number; ratio: number; cpuUs: number; cpuRatio: number };
  const rows: Row[] = [];
  const measure = async (run: Run, round: number): Promise<Row> => {
    if (WARMUP_S) {
      const w = await load(ports[run.port], run.paths, WARMUP_S);
      if (run.id.startsWith('stamp')) stampResponses += w.result['2xx'];
    }
    const u0 = await usage();
    const { result, non2xx } = await load(ports[run.port], run.paths, DURATION_S);
    const u1 = await usage();
    const responses = result['2xx'];
    if (run.id.startsWith('stamp')) stampResponses += responses;
    console.log(`round ${round} ${run.id}: ${Math.round(responses / result.duration)} req/s (p50 ${result.latency.p50} ms, non-2xx ${non2xx})`);
    const cpuUs = (u1.cpuUs - u0.cpuUs) / Math.max(1, responses + non2xx);
    return { run, round, rps: responses / result.duration, p50: result.latency.p50, p99: result.latency.p99, responses, non2xx, errors: result.errors, ratio: 0, cpuUs, cpuRatio: 0 };
  };
  // bare, A, bare, B, bare, … so that every run has a bare run on each side (the machine's speed drifts).
  for (let round = 1; round <= ROUNDS; round++) {
    let before = await measure(bareRun, round);
    rows.push(before);
    for (const run of runs) {
      const row = await measure(run, round);
      const after = await measure(bareRun, round);
      row.ratio = row.rps / ((before.rps + after.rps) / 2);
      row.cpuRatio = (before.cpuUs + after.cpuUs) / 2 / row.cpuUs;
      rows.push(row, after);
      before = after;
    }
  }

  // Freshness: revoke a certificate; the very next scan of its stamp must say so.
  const base = `http://127.0.0.1:${ready.port}`;
  const before = (await (await fetch(`${base}/api/verify/stamps/${ready.revoke.serial}`)).json()) as { status: string };
  const revoked = await fetch(`${base}/api/certificates/${ready.revoke.id}/revoke`, {
    method: 'POST',
    headers: { cookie: ready.revoke.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ reason: 'benchmark: freshness check', version: ready.revoke.version }),
  });
  const after = (await (await fetch(`${base}/api/verify/stamps/${ready.revoke.serial}`)).json()) as { status: string };
  stampResponses += 2;
  const fastPathAnswers = (await usage()).fastPath - fastPathBefore;
  const fresh = `before the revocation: \`${before.status}\`; revocation answered ${revoked.status}; the next scan: \`${after.status}\``;
  console.log(fresh);
  // Scan counts: the server closes (flushing what its ledger holds) and reports what the database counted.
  const counted = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { scans: number }).scans - ready.scansBefore));
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before reporting scans`)));
    child.send({ type: 'close' });
  });
  const scansLine = `scans counted in the database after the server closed (less those of the demo data): ${counted.toLocaleString('en-US')}; stamp checks answered 2xx: ${stampResponses.toLocaleString('en-US')} (the database may count up to a few dozen more: requests in flight when a run's clock stops are answered and counted, but not seen by the load generator)`;
  console.log(scansLine);

  const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
  const median = (xs: number[]) => {
    const a = [...xs].sort((x, y) => x - y);
    return a.length % 2 ? a[(a.length - 1) / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
  };
  const bareRows = rows.filter((r) => r.run.id === 'bare');
  const lines = [
    `<!-- results:verify-${ready.kind}:start -->`,
    `## Verification — ${ready.kind === 'pglite' ? 'embedded PGlite (in memory)' : 'PostgreSQL'}, demo data (\`bench/verify.ts\`)`,
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus()[0]?.model.trim() ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}, ${ready.databaseVersion.split(' on ')[0]}, load average before the run ${os.loadavg()[0].toFixed(1)}. ` +
      `${CONNECTIONS} connections, ${WARMUP_S} s warm-up, ${DURATION_S} s measured per run, ${ROUNDS} round(s); the application and the bare route are served by the same process, autocannon runs in another. ` +
      `The bare route runs before and after every application run; ratio = the run's req/s ÷ the mean of those two bare runs. Bare runs: ${bareRows.map((r) => fmt(r.rps)).join(', ')} req/s.`,
    '',
    '"Server CPU" is the server process\'s CPU time (user + system, the embedded database included) per answer during the run; its ratio = the bare runs\' CPU per answer ÷ the run\'s, the throughput ratio the server would reach if it had a core to itself.',
    '',
    '| run | round | req/s | ratio to the bare runs around it | server CPU µs per answer | CPU ratio | median ms | p99 ms | 2xx | non-2xx | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.filter((r) => r.run.id !== 'bare').map((r) => `| ${r.run.title} | ${r.round} | ${fmt(r.rps)} | ${(r.ratio * 100).toFixed(1)}% | ${r.cpuUs.toFixed(0)} | ${(r.cpuRatio * 100).toFixed(1)}% | ${r.p50} | ${r.p99} | ${fmt(r.responses)} | ${r.non2xx} | ${r.errors} |`),
    '',
    `Bare route: ${median(bareRows.map((r) => r.cpuUs)).toFixed(0)} µs of server CPU per answer (median of its runs).`,
    '',
    `Median ratio over the rounds: ${runs.map((run) => `${run.id} ${(median(rows.filter((r) => r.run === run).map((r) => r.ratio)) * 100).toFixed(0)}%`).join(', ')}; by CPU per answer: ${runs.map((run) => `${run.id} ${(median(rows.filter((r) => r.run === run).map((r) => r.cpuRatio)) * 100).toFixed(0)}%`).join(', ')}.`,
    '',
    `Answers sent by the verification fast path during the runs: ${fastPathAnswers.toLocaleString('en-US')} (every check answered 2xx after the first sight should be among them).`,
    '',
    `First sight (each code once, one request at a time, before the runs; mean per request): ${firstSight.join(', ')}.`,
    '',
    `Freshness: ${fresh}.`,
    '',
    `Scan counts: ${scansLine}.`,
    `<!-- results:verify-${ready.kind}:end -->`,
  ].join('\n');
  console.log(lines);
  if (!args['no-write']) {
    const file = path.join(benchDir, 'RESULTS.md');
    const text = fs.readFileSync(file, 'utf8');
    const re = new RegExp(`<!-- results:verify-${ready.kind}:start -->[\\s\\S]*?<!-- results:verify-${ready.kind}:end -->`);
    fs.writeFileSync(file, re.test(text) ? text.replace(re, lines) : `${text.trimEnd()}\n\n${lines}\n`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
