import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { certificateMessages } from '../certificates/messages';
import { rankingMessages } from '../ranking/messages';
import { criteriaMessages } from './messages';

// Generic keys the server's catalogue already has (src/server/i18n/messages.ts).
const SERVER_KEYS = [
  'errors.validation',
  'errors.required',
  'errors.invalidType',
  'errors.tooSmall',
  'errors.tooBig',
  'errors.invalidFormat',
  'errors.invalidEnum',
  'errors.unknownField',
  'errors.invalid',
];

const domain = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogues = [criteriaMessages, rankingMessages, certificateMessages];
const vi: Record<string, string> = Object.assign({}, ...catalogues.map((c) => c.vi));
const en: Record<string, string> = Object.assign({}, ...catalogues.map((c) => c.en));

function keysUsedIn(folder: string): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(join(domain, folder))) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts') || file === 'messages.ts') continue;
    const source = readFileSync(join(domain, folder, file), 'utf8');
    for (const m of source.matchAll(/'(errors\.[A-Za-z.]+)'/g)) keys.add(m[1]);
  }
  return [...keys];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('error message catalogues', () => {
  it.each(['criteria', 'ranking', 'certificates'])('%s: every key used has a Vietnamese and an English text', (folder) => {
    const used = keysUsedIn(folder);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) {
      if (SERVER_KEYS.includes(key)) continue;
      expect(vi[key], key).toBeTypeOf('string');
      expect(en[key], key).toBeTypeOf('string');
    }
  });

  it('uses the same placeholders in both languages', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(vi)) expect(placeholders(vi[key]), key).toEqual(placeholders(en[key]));
  });
});
