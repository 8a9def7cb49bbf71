import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { LOCK_FILE_NAME } from '../../src/db/data-dir-lock';

const folders: string[] = [];
function freshFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-lock-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) fs.rmSync(dir, { recursive: true, force: true });
});

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('one server per data folder', () => {
  it('refuses a second open of the same folder, naming the folder and the holder, until the first closes', async () => {
    const dir = freshFolder();
    const first = await openDatabase({ dataDir: dir });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(new RegExp(`data folder ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use .*\\(process ${process.pid}\\)`));
      const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8'));
      expect(lock.pid).toBe(process.pid);
    } finally {
      await first.close();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    await again.db.execute('select 1');
    await again.close();
  });

  it('refuses a folder locked by another live process', async () => {
    const dir = freshFolder();
    // the parent of this test process is alive for as long as the test runs
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: process.ppid, token: 'other', startedAt: new Date().toISOString() }));
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`(process ${process.ppid})`);
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).token).toBe('other');
  });

  it('takes over the stale lock of a process that is gone', async () => {
    const dir = freshFolder();
    const pid = deadPid();
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), JSON.stringify({ pid, token: 'crashed', startedAt: '2026-01-01T00:00:00Z' }));
    const database = await openDatabase({ dataDir: dir });
    try {
      expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    } finally {
      await database.close();
    }
  });
});
