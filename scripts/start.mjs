// npm start: builds what is missing or out of date (scripts/build.mjs), then runs the compiled
// server, dist/server/main.js, in this same process — so the process npm starts (`exec` in the
// npm script: no shell in between) is the server, and the SIGTERM or SIGINT that npm forwards
// reaches the server's own shutdown (src/main.ts): Fastify and the database close, then it exits.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, staleTargets } from './build.mjs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Runs the build in a child process (the bundlers stay out of the server's memory), passing signals on. */
function buildInChild(targets) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts/build.mjs'), ...targets], { cwd: root, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    for (const s of SIGNALS) process.on(s, forward);
    child.on('exit', (code, signal) => {
      for (const s of SIGNALS) process.off(s, forward);
      resolve(signal ? 128 + os.constants.signals[signal] : (code ?? 1));
    });
  });
}

const stale = staleTargets();
if (stale.length > 0) {
  console.log(stale.length === 2 ? 'No up-to-date build: building the server and the web client.' : `The ${stale[0] === 'web' ? 'web client' : 'server'} changed since its last build: rebuilding it.`);
  const code = await buildInChild(stale);
  if (code !== 0) process.exit(code);
}

// Started by npm: should npm itself disappear without passing a signal on (kill -9), stop
// rather than keep the port as an orphan.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
  }, 1000).unref();
}

await import(pathToFileURL(path.join(root, 'dist/server/main.js')).href);
