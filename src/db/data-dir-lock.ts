import fs from 'node:fs';
import path from 'node:path';

/**
 * An exclusive lock on the folder of the embedded database. Two processes writing one PGlite
 * folder lose and duplicate data, so the second server must refuse to start.
 *
 * The lock is a file created atomically (O_CREAT | O_EXCL) that records the owner's process id.
 * A lock whose process is gone (the server was killed) is stale and is taken over; a lock held
 * by a live process — or by this process, for a database it has open — refuses the opener.
 */

export const LOCK_FILE_NAME = 'pglite.lock';

export class DataDirLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number | null,
  ) {
    super(
      `The data folder ${folder} is in use by another OCOP Platform server` +
        (pid === null ? '' : ` (process ${pid})`) +
        `. Stop that server, or give this one another DATA_DIR.` +
        (pid === null ? ` If no server is running, remove ${path.join(folder, LOCK_FILE_NAME)}.` : ''),
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file (only while it is still this holder's). Safe to call twice. */
  release(): void;
}

interface LockContent {
  pid: number;
  token: string;
  startedAt: string;
}

/** Lock files this process holds (the same process opening one folder twice is refused too). */
const held = new Set<string>();
let exitHookInstalled = false;

function readLock(file: string): { raw: string; content: LockContent | null } | null {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
  try {
    const parsed = JSON.parse(raw) as Partial<LockContent>;
    if (Number.isInteger(parsed.pid) && typeof parsed.token === 'string') return { raw, content: parsed as LockContent };
  } catch {
    // written by a process still starting up, or damaged: judged below by its age
  }
  return { raw, content: null };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a lock file found on disk still protects a running server. */
function isLive(file: string, lock: { content: LockContent | null }): boolean {
  if (!lock.content) {
    // Unreadable content: another process may be between creating and writing it.
    try {
      return Date.now() - fs.statSync(file).mtimeMs < 10_000;
    } catch {
      return false;
    }
  }
  const { pid } = lock.content;
  // Our own pid on a lock we do not hold is a leftover of an earlier run (containers reuse pid 1).
  if (pid === process.pid) return held.has(file);
  return isAlive(pid);
}

/**
 * Takes the lock on `folder` or throws DataDirLockedError naming the folder and the holder's
 * process id. A stale lock (its process has ended) is replaced.
 */
export function lockDataDir(folder: string): DataDirLock {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, LOCK_FILE_NAME);
  const content: LockContent = { pid: process.pid, token: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`, startedAt: new Date().toISOString() };
  const raw = JSON.stringify(content);

  for (let attempt = 0; attempt < 5; attempt++) {
    if (!held.has(file)) {
      try {
        const fd = fs.openSync(file, 'wx', 0o644);
        try {
          fs.writeSync(fd, raw);
          fs.fsyncSync(fd);
        } finally {
          fs.closeSync(fd);
        }
        held.add(file);
        installExitHook();
        return { file, release: () => releaseIfOurs(file, content.token) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
    }
    const existing = readLock(file);
    if (!existing) continue; // released meanwhile: try again
    if (isLive(file, existing)) throw new DataDirLockedError(folder, existing.content?.pid ?? null);
    takeOverStale(file, existing.raw);
  }
  throw new DataDirLockedError(folder, readLock(file)?.content?.pid ?? null);
}

/**
 * Moves a stale lock aside. Renaming is atomic, so of two processes taking over the same stale
 * lock only one moves it; if what was moved is not the stale lock judged (another process
 * had already replaced it with a live one), it is put back.
 */
function takeOverStale(file: string, staleRaw: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = fs.readFileSync(aside, 'utf8');
  if (moved !== staleRaw) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // a third process holds the folder now; the next attempt reports it
    }
  }
  fs.rmSync(aside, { force: true });
}

function releaseIfOurs(file: string, token: string): void {
  if (!held.has(file)) return;
  held.delete(file);
  const current = readLock(file);
  if (current?.content?.token === token) fs.rmSync(file, { force: true });
}

/** A server that exits without closing the database (process.exit) still frees its folder. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const file of held) {
      try {
        const current = readLock(file);
        if (current?.content?.pid === process.pid) fs.rmSync(file, { force: true });
      } catch {
        // exiting anyway
      }
    }
  });
}
