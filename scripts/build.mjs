// The production build: the server compiled to JavaScript (src/main.ts and what it imports,
// bundled by esbuild into dist/server/main.js; packages stay in node_modules) and the web
// client (Vite, into dist/web, with precompressed copies of its files).
//
//   node scripts/build.mjs              build both (npm run build)
//   node scripts/build.mjs web          build one target (server | web)
//   node scripts/build.mjs --if-stale   build only what is missing or out of date (npm start)
//
// Each build records the files it was made from, with their content hashes, in
// dist/build-stamp.json: the bundlers' own lists of input modules plus the configuration files
// below. A target is out of date when one of those files changed or its output is missing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', 'build-stamp.json');

const TARGETS = {
  server: {
    output: 'dist/server/main.js',
    config: ['package-lock.json', 'tsconfig.json', 'scripts/build.mjs'],
    build: buildServer,
  },
  web: {
    output: 'dist/web/index.html',
    config: ['package-lock.json', 'tsconfig.json', 'vite.config.ts', 'scripts/build.mjs', 'scripts/js-budget.mjs'],
    build: buildWeb,
  },
};
export const TARGET_NAMES = Object.keys(TARGETS);

function hashFile(rel) {
  try {
    return crypto.createHash('sha1').update(fs.readFileSync(path.join(root, rel))).digest('hex');
  } catch {
    return null; // a missing file never matches a recorded hash
  }
}

function writeStamp(stamp) {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, `${JSON.stringify(stamp, null, 1)}\n`);
}

function readStamp() {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8'));
    return { ...stamp, targets: stamp.targets ?? {} };
  } catch {
    return { targets: {} };
  }
}

/** The targets whose output is missing or whose recorded inputs changed since they were built. */
export function staleTargets() {
  const stamp = readStamp();
  return TARGET_NAMES.filter((name) => {
    const recorded = stamp.targets?.[name];
    if (!recorded || !fs.existsSync(path.join(root, TARGETS[name].output))) return true;
    return Object.entries(recorded.inputs).some(([file, hash]) => hashFile(file) !== hash);
  });
}

/** Project-relative POSIX paths of the project's own files among a bundler's module ids. */
function ownFiles(ids) {
  const files = new Set();
  for (const id of ids) {
    if (id.startsWith('\0')) continue; // virtual modules
    const file = path.resolve(root, id.replace(/[?#].*$/, ''));
    const rel = path.relative(root, file);
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel.split(path.sep).includes('node_modules')) continue;
    if (fs.existsSync(file)) files.add(rel.split(path.sep).join('/'));
  }
  return [...files];
}

async function buildServer() {
  const esbuild = await import('esbuild');
  fs.rmSync(path.join(root, 'dist/server'), { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'src/main.ts' },
    outdir: 'dist/server',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // Dependencies load from node_modules as they do under tsx; only our own code is bundled.
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  return ownFiles(Object.keys(result.metafile.inputs));
}

async function buildWeb() {
  const { build } = await import('vite');
  const modules = [];
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    plugins: [
      {
        name: 'ocop-build-inputs',
        apply: 'build',
        generateBundle() {
          modules.push(...this.getModuleIds());
        },
      },
    ],
  });
  // Files of Vite's public folder are copied, not imported: list them too.
  const publicDir = path.join(root, 'src/web/public');
  const copied = fs.existsSync(publicDir)
    ? fs.readdirSync(publicDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
    : [];
  // The public portal's JavaScript budget: the build fails when it is exceeded.
  const { checkBudget } = await import('./js-budget.mjs');
  checkBudget(path.join(root, 'dist/web'));
  return ownFiles([...modules, 'src/web/index.html', 'src/web/portal/index.html', ...copied]);
}

function size(dir, suffix) {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(suffix)) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Builds the given targets and records their inputs in the stamp. */
export async function build(names, log = console.log) {
  for (const name of names) {
    const started = Date.now();
    log(`Building the ${name === 'web' ? 'web client' : 'server'}…`);
    // Forget the old build first: a build that fails half-way leaves its target out of date.
    const before = readStamp();
    delete before.targets[name];
    writeStamp(before);
    const inputs = [...new Set([...(await TARGETS[name].build()), ...TARGETS[name].config])].sort();
    const stamp = readStamp();
    stamp.targets = { ...stamp.targets, [name]: { builtAt: new Date().toISOString(), inputs: Object.fromEntries(inputs.map((f) => [f, hashFile(f)])) } };
    writeStamp(stamp);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (name === 'web') {
      const kb = (n) => `${Math.round(n / 1024).toLocaleString('en-US')} kB`;
      const web = path.join(root, 'dist/web');
      log(`  dist/web: ${kb(size(web, '.js'))} of JavaScript, ${kb(size(web, '.js.br'))} with brotli (${inputs.length} source files, ${seconds} s)`);
    } else {
      log(`  dist/server/main.js (${inputs.length} source files, ${seconds} s)`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--if-stale' && !TARGET_NAMES.includes(a));
  if (unknown.length) {
    console.error(`unknown argument ${unknown.join(' ')}; usage: node scripts/build.mjs [--if-stale] [${TARGET_NAMES.join('|')}]…`);
    process.exit(2);
  }
  let names = args.filter((a) => TARGET_NAMES.includes(a));
  if (names.length === 0) names = TARGET_NAMES;
  if (args.includes('--if-stale')) {
    const stale = staleTargets();
    names = names.filter((n) => stale.includes(n));
  }
  await build(names);
}
