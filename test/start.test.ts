import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` as a user runs it: a real process tree (npm → the launcher, which is the server)
 * on a free port with a temporary data folder. Whichever process of the chain gets SIGTERM or
 * SIGINT, the whole chain exits, with nothing left on the port. Linux only (reads /proc).
 * The first start builds whatever is out of date and seeds the demo: allow for minutes.
 */

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-start-'));
const groups = new Set<number>();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

async function portIsFree(port: number): Promise<boolean> {
  const server = net.createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Live processes, from /proc: pid, parent, process group, command line. */
function processes() {
  const list: Array<{ pid: number; ppid: number; pgid: number; cmd: string }> = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue;
      const cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').trim();
      list.push({ pid: Number(name), ppid: Number(ppid), pgid: Number(pgid), cmd });
    } catch {
      /* gone meanwhile */
    }
  }
  return list;
}

interface Started {
  npm: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `npm start` in its own process group; resolves once the output shows `until` (default: /api/health answers). */
async function npmStart(until?: RegExp): Promise<Started> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(VITEST|TEST$|NODE_ENV$)/.test(k)) env[k] = v;
  Object.assign(env, { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', SEED_DEMO: '1', LOG_LEVEL: 'warn' });
  const npm = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  groups.add(npm.pid!);
  let output = '';
  npm.stdout!.on('data', (d) => (output += d));
  npm.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => npm.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 280_000;
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited early (${npm.exitCode}):\n${output}`);
    if (until) {
      if (until.test(output)) break;
    } else {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
      } catch {
        /* not listening yet */
      }
    }
    if (Date.now() > deadline) throw new Error(`npm start did not get there:\n${output}`);
    await sleep(until ? 50 : 500);
  }
  return { npm, port, output: () => output, exited };
}

/** The chain exits by itself (code 0), no process of its group remains, and the port is free. */
async function expectStopped(started: Started) {
  const result = await Promise.race([started.exited, sleep(40_000).then(() => 'still running after 40 s')]);
  expect(result, started.output()).toEqual({ code: 0, signal: null });
  let left = processes().filter((p) => p.pgid === started.npm.pid);
  for (let i = 0; i < 50 && left.length > 0; i++) {
    await sleep(100);
    left = processes().filter((p) => p.pgid === started.npm.pid);
  }
  expect(left, started.output()).toEqual([]);
  expect(await portIsFree(started.port)).toBe(true);
}

/** The launcher npm started: the server itself. */
function serverOf(started: Started) {
  const children = processes().filter((p) => p.ppid === started.npm.pid);
  expect(children.map((c) => c.cmd)).toEqual([expect.stringMatching(/node .*scripts\/start\.mjs$/)]);
  return children[0];
}

afterAll(() => {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGKILL'); // only if a test failed half-way
    } catch {
      /* already gone */
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('stops cleanly on SIGTERM to npm in the middle of the first start (the demo load rolls back)', async () => {
    const started = await npmStart(/Demo data: entities/);
    expect(started.output()).toMatch(/Loading administrative units… 3,321 communes/);
    process.kill(started.npm.pid!, 'SIGTERM');
    await expectStopped(started);
    expect(started.output()).toMatch(/SIGTERM: stopping the server/);
  });

  it('runs the compiled server, prints its progress, and stops on SIGTERM to npm', async () => {
    const started = await npmStart();
    const server = serverOf(started);
    expect(processes().filter((p) => p.pgid === started.npm.pid).map((p) => p.cmd).join('\n')).not.toMatch(/tsx/);
    expect(server.cmd).not.toMatch(/tsx/);
    expect(started.output()).toMatch(/Demo data: products \(\d+\)/);
    expect(started.output()).toMatch(/OCOP Platform is running at http:\/\/localhost:\d+/);
    // The chain runs on the Node that runs the tests (CI also runs them under an LTS through npx).
    expect(started.output()).toContain(`Node ${process.version})`);
    process.kill(started.npm.pid!, 'SIGTERM');
    await expectStopped(started);
  });

  it('opens the same data folder again (demo already there) and stops on SIGINT to the server process', async () => {
    const started = await npmStart();
    expect(started.output()).not.toMatch(/Demo data:/);
    const login = await fetch(`http://127.0.0.1:${started.port}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${started.port}` },
      body: JSON.stringify({ username: 'admin', password: 'ocop2026' }),
    });
    expect(login.status).toBe(200);
    process.kill(serverOf(started).pid, 'SIGINT');
    await expectStopped(started);
    expect(started.output()).toMatch(/SIGINT: stopping the server/);
  });
});
