import { describe, expect, it } from 'vitest';
import { parseAmount, parseDate, parseNumber, parseStars, parseTaxCode, parseText, parseYear, parseChoice } from './values';
import { ENTITY_TYPE_SPELLINGS, entityTypeFromName, resolveGroup } from './rows';

const value = <T>(p: { ok: boolean; value?: T | null }) => (p.ok ? p.value : 'bad');

describe('values as people write them', () => {
  it('reads star classes in every common spelling', () => {
    for (const [cell, stars] of [[3, 3], ['3', 3], ['3 sao', 3], ['3*', 3], ['3★', 3], ['★★★', 3], ['★★★★', 4], ['Hạng 4 sao', 4], ['ba sao', 3], ['5 SAO', 5]] as const) {
      expect(value(parseStars(cell)), String(cell)).toBe(stars);
    }
    expect(value(parseStars(''))).toBeNull();
    expect(parseStars('6 sao').ok).toBe(false);
    expect(parseStars('tốt').ok).toBe(false);
    expect(parseStars(35).ok).toBe(false);
  });

  it('reads Vietnamese and English number separators', () => {
    expect(value(parseNumber('12.031,54'))).toBe(12031.54);
    expect(value(parseNumber('1.234.567'))).toBe(1234567);
    expect(value(parseNumber('12,031.54'))).toBe(12031.54);
    expect(value(parseNumber('12.500'))).toBe(12500);
    expect(value(parseNumber('0,5'))).toBe(0.5);
    expect(value(parseNumber(' 1 234 567 '))).toBe(1234567);
    expect(value(parseNumber(42))).toBe(42);
    expect(parseNumber('12.34.5').ok).toBe(false);
    expect(parseNumber('mười').ok).toBe(false);
  });

  it('reads amounts in đồng, triệu and tỷ', () => {
    expect(value(parseAmount('12.031,54 triệu'))).toBe(12_031_540_000);
    expect(value(parseAmount('1,5 tỷ'))).toBe(1_500_000_000);
    expect(value(parseAmount('250.000 đ'))).toBe(250_000);
    expect(parseAmount('-5').ok).toBe(false);
  });

  it('reads dates day first, never month first', () => {
    expect(value(parseDate('05/03/2019'))).toBe('2019-03-05');
    expect(value(parseDate('5-3-2019'))).toBe('2019-03-05');
    expect(value(parseDate('05.03.2019'))).toBe('2019-03-05');
    expect(value(parseDate('2019-03-05'))).toBe('2019-03-05');
    expect(value(parseDate('ngày 5 tháng 3 năm 2019'))).toBe('2019-03-05');
    expect(value(parseDate(new Date(Date.UTC(2019, 2, 5))))).toBe('2019-03-05');
    expect(value(parseDate(43529))).toBe('2019-03-05'); // an unformatted Excel serial
    expect(parseDate('31/02/2019').ok).toBe(false);
    expect(parseDate('13/13/2019').ok).toBe(false);
  });

  it('reads years, tax codes and choices', () => {
    expect(value(parseYear('năm 2019', 2000, 2026))).toBe(2019);
    expect(parseYear('2030', 2000, 2026).ok).toBe(false);
    expect(value(parseTaxCode('4300 123 458'))).toBe('4300123458');
    expect(parseTaxCode('4300123456')).toMatchObject({ ok: false, problem: 'taxCodeChecksum' });
    expect(value(parseTaxCode('4300123458-001'))).toBe('4300123458-001');
    expect(parseTaxCode('12345').ok).toBe(false);
    expect(value(parseChoice('HTX', ENTITY_TYPE_SPELLINGS))).toBe('cooperative');
    expect(value(parseChoice('hop tac xa', ENTITY_TYPE_SPELLINGS))).toBe('cooperative');
    expect(value(parseChoice('Hộ kinh doanh cá thể', ENTITY_TYPE_SPELLINGS))).toBe('household');
  });

  it('refuses markup in text and long text', () => {
    expect(parseText('<script>alert(1)</script>', 100).ok).toBe(false);
    expect(parseText('<img src=x onerror=alert(1)>', 100).ok).toBe(false);
    expect(value(parseText('Giá 3 < 5 và 7 > 2', 100))).toBe('Giá 3 < 5 và 7 > 2');
    expect(parseText('x'.repeat(11), 10).ok).toBe(false);
    expect(value(parseText('  Rượu   ba kích ', 100))).toBe('Rượu ba kích');
  });

  it('infers the legal form from the name and resolves product groups', () => {
    expect(entityTypeFromName('HTX Quế Sơn Tây')).toBe('cooperative');
    expect(entityTypeFromName('Công ty TNHH Tỏi Lý Sơn')).toBe('enterprise');
    expect(entityTypeFromName('Tổ hợp tác mây tre')).toBe('cooperative_group');
    expect(entityTypeFromName('Cơ sở Bánh Hồng')).toBe('household');
    const groups = [
      { code: '1', parentCode: null, nameVi: 'Thực phẩm', nameEn: 'Food' },
      { code: '1.1', parentCode: '1', nameVi: 'Nông sản tươi sống (rau, củ)', nameEn: 'Fresh produce' },
      { code: '1.4', parentCode: '1', nameVi: 'Gia vị (tương, nước mắm)', nameEn: 'Condiments' },
    ];
    expect(resolveGroup('Gia vị', groups)).toEqual({ groupCode: '1', subgroupCode: '1.4' });
    expect(resolveGroup('1.4', groups)).toEqual({ groupCode: '1', subgroupCode: '1.4' });
    expect(resolveGroup('thuc pham', groups)).toEqual({ groupCode: '1', subgroupCode: '1.1' });
    expect(resolveGroup('Đồ chơi', groups)).toBeNull();
  });
});
