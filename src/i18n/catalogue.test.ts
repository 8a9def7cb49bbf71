import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeCatalogue, interpolate, translateFrom } from './catalogue';
import { enCatalogue } from './en';
import { LANGS } from './lang';
import { viCatalogue } from './vi';

const SRC = join(import.meta.dirname, '..');
const catalogues = { vi: viCatalogue, en: enCatalogue };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys a source text names: whole keys, and the fixed start of keys built with `${…}`. */
function keysIn(files: string[], pattern: RegExp): { whole: Map<string, string>; prefixes: Map<string, string> } {
  const whole = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(pattern)) {
      const [, quote, key, end] = m;
      const where = relative(SRC, file);
      if (end === '${' && quote === '`') prefixes.set(key, where);
      else if (end === quote) whole.set(key, where);
    }
  }
  return { whole, prefixes };
}

const defined = (key: string) => LANGS.every((lang) => key in catalogues[lang].messages);
const prefixDefined = (prefix: string) => LANGS.every((lang) => Object.keys(catalogues[lang].messages).some((k) => k.startsWith(prefix)));
// Parameters ending in Vi/En carry a label in each language (`{{statusVi}}` / `{{statusEn}}`).
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1].replace(/(Vi|En)$/, '')).sort();

describe('message catalogues', () => {
  it.each(LANGS)('%s: no key is defined twice with different texts', (lang) => {
    expect(catalogues[lang].conflicts).toEqual([]);
  });

  it('every key exists in both languages, with the same placeholders', () => {
    const vi = viCatalogue.messages;
    const en = enCatalogue.messages;
    expect(Object.keys(vi).filter((k) => !(k in en)), 'only in Vietnamese').toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in vi)), 'only in English').toEqual([]);
    for (const key of Object.keys(vi)) expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
  });

  it('refers with $t(…) only to keys that exist', () => {
    for (const lang of LANGS) {
      const messages = catalogues[lang].messages;
      for (const [key, text] of Object.entries(messages)) {
        for (const [, ref] of text.matchAll(/\$t\(([\w.-]*?)(\{\{|\))/g)) {
          expect(Object.keys(messages).some((k) => k.startsWith(ref)), `${lang} ${key} → ${ref}`).toBe(true);
        }
      }
    }
  });

  it('uses only the {{name}} placeholder syntax', () => {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(catalogues[lang].messages)) {
        expect(text.replace(/\{\{\s*\w+\s*\}\}/g, ''), `${lang} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('defines every errors.* code the server code names', () => {
    const files = sourceFiles(SRC).filter((f) => !f.startsWith(join(SRC, 'web')) && !f.startsWith(join(SRC, 'i18n')));
    const { whole, prefixes } = keysIn(files, /(['"`])(errors\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])(['"`]|\$\{)/g);
    expect(whole.size).toBeGreaterThan(100);
    const missing = [...whole].filter(([key]) => !defined(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
    const missingPrefixes = [...prefixes].filter(([p]) => !prefixDefined(p)).map(([p, file]) => `${p}… (${file})`);
    expect(missingPrefixes).toEqual([]);
  });

  it("defines every key the web client passes to t('…')", () => {
    const files = sourceFiles(join(SRC, 'web'));
    const { whole, prefixes } = keysIn(files, /\bt\(\s*(['"`])([A-Za-z][A-Za-z0-9_.-]*?)(['"`]|\$\{)/g);
    expect(whole.size).toBeGreaterThan(500);
    const plural = (key: string) => defined(`${key}_other`) && defined(`${key}_one`);
    const missing = [...whole].filter(([key]) => !defined(key) && !plural(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
    const missingPrefixes = [...prefixes].filter(([p]) => !prefixDefined(p)).map(([p, file]) => `${p}… (${file})`);
    expect(missingPrefixes).toEqual([]);
  });
});

describe('texts', () => {
  it('names levels and rule versions, not their codes, in error messages', () => {
    const vi = viCatalogue.messages;
    const en = enCatalogue.messages;
    expect(translateFrom(vi, 'errors.round.levelProposesOnly', { level: 'district', rule: '1489/QĐ-TTg' })).toBe(
      'Theo Quyết định 1489/QĐ-TTg, cấp huyện chỉ đánh giá sơ bộ và đề xuất, không lập hội đồng chấm điểm.',
    );
    expect(translateFrom(vi, 'errors.certificate.levelCannotRecognise', { level: 'province', stars: 5, rule: '148/QĐ-TTg' })).toBe(
      'Theo Quyết định 148/QĐ-TTg, cấp tỉnh không được công nhận sản phẩm 5 sao.',
    );
    expect(translateFrom(en, 'errors.round.levelProposesOnly', { level: 'commune', rule: '1489/QĐ-TTg' })).toBe(
      'Under Decision 1489/QĐ-TTg the commune level only pre-assesses and proposes; it holds no scoring council.',
    );
  });

  it('names the verification page as the menu does, and tells consumers no technical details', () => {
    for (const lang of LANGS) {
      const m = catalogues[lang].messages;
      expect(m['verifyPage.title']).toBe(m['nav.verify']);
      const shown = Object.entries(m).filter(([k]) => k.startsWith('verifyPage.')).map(([, v]) => v).join(' ');
      expect(shown).not.toMatch(/JWS|EdDSA|\/api\//);
    }
  });

  it('spells "Hủy", "Xóa" and "khóa" one way (the modern tone placement), never "Huỷ", "Xoá", "khoá"', () => {
    const old = /(^|[^\p{L}])(huỷ|xoá|khoá)(?!\p{L})/iu;
    expect(Object.entries(viCatalogue.messages).filter(([, text]) => old.test(text))).toEqual([]);
  });

  it('gives a member listed twice and a member with two score sheets each its own message', () => {
    expect(viCatalogue.messages['errors.round.duplicateMember']).toBe('Thành viên này đã có trong danh sách.');
    expect(interpolate(viCatalogue.messages['errors.round.duplicateSheet'], { member: 'Nguyễn Văn A' })).toBe('Thành viên Nguyễn Văn A có nhiều hơn một phiếu cho sản phẩm này.');
    expect(interpolate(enCatalogue.messages['errors.round.duplicateSheet'], { member: 'm1' })).toBe('Member m1 has more than one sheet for this product.');
  });
});

describe('composeCatalogue', () => {
  it('reports a key defined twice with different texts, not one repeated with the same text', () => {
    const c = composeCatalogue({ a: { 'x.one': 'Một', 'x.two': 'Hai' }, b: { 'x.one': 'Một', 'x.two': 'Hai khác' } });
    expect(c.conflicts).toEqual([{ key: 'x.two', parts: ['a', 'b'] }]);
    expect(c.messages['x.two']).toBe('Hai');
  });

  it('interpolates {{name}} and leaves unknown placeholders', () => {
    expect(interpolate('Năm {{year}} của {{ province }}: {{other}}', { year: 2026, province: 'Quảng Ninh' })).toBe('Năm 2026 của Quảng Ninh: {{other}}');
  });
});
