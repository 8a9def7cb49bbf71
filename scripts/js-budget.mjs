// The JavaScript budget of the public portal (issue 13): the catalogue and a product page
// (both in the portal entry) may load at most 170 KB of compressed JavaScript, so they open
// quickly on a low-end phone over a slow connection. Measured from Vite's manifest: the entry
// chunk and every chunk it imports statically (what the browser must fetch before the page
// runs); chunks loaded on demand (the statistics page) are not counted.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const PORTAL_ENTRY = 'portal/index.html';
export const BUDGET_BYTES = 170 * 1024;

/** Files (JavaScript) an entry loads before it runs: its chunk and its static imports, recursively. */
export function entryClosure(manifest, entry) {
  if (!manifest[entry]) throw new Error(`no entry ${entry} in the build manifest`);
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest names a missing chunk ${key}`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entry);
  return files;
}

/** Sizes of an entry's JavaScript in dist/web: raw, gzip -9 and brotli (what the server sends). */
export function measureEntry(webDir, entry = PORTAL_ENTRY) {
  const manifest = JSON.parse(fs.readFileSync(path.join(webDir, '.vite', 'manifest.json'), 'utf8'));
  const files = entryClosure(manifest, entry).map((file) => {
    const data = fs.readFileSync(path.join(webDir, file));
    return {
      file,
      raw: data.length,
      gzip: zlib.gzipSync(data, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const sum = (k) => files.reduce((n, f) => n + f[k], 0);
  return { entry, files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

/** Throws when the portal's JavaScript, gzip-compressed (the larger of the two encodings), is over budget. */
export function checkBudget(webDir, log = console.log) {
  const m = measureEntry(webDir);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  log(`  portal JavaScript: ${kb(m.raw)} raw, ${kb(m.gzip)} gzip, ${kb(m.brotli)} brotli (budget ${kb(BUDGET_BYTES)} compressed)`);
  if (m.gzip > BUDGET_BYTES) {
    throw new Error(`The public portal loads ${kb(m.gzip)} of compressed JavaScript, over its budget of ${kb(BUDGET_BYTES)}: ${m.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}`);
  }
  return m;
}
