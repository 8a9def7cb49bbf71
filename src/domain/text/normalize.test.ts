import { describe, expect, it } from 'vitest';
import { cleanText, searchDocument, searchKey, vietnameseSortKey } from './normalize';

describe('searchKey', () => {
  it('strips diacritics, đ and case', () => {
    expect(searchKey('Rượu ba kích đặc sản Quảng Ninh')).toBe('ruou ba kich dac san quang ninh');
    expect(searchKey('ĐÔNG BẮC')).toBe('dong bac');
  });
  it('treats NFC and NFD input alike', () => {
    expect(searchKey('Nước khoáng'.normalize('NFD'))).toBe(searchKey('Nước khoáng'.normalize('NFC')));
  });
  it('drops punctuation', () => {
    expect(searchKey('TPCN - Trà tiểu đường (Đông Bắc)')).toBe('tpcn tra tieu duong dong bac');
  });
});

describe('cleanText', () => {
  it('returns NFC with collapsed white space', () => {
    const nfd = '  Rượu   ba kích '.normalize('NFD');
    const cleaned = cleanText(nfd);
    expect(cleaned).toBe('Rượu ba kích'.normalize('NFC'));
    expect(cleaned === cleaned.normalize('NFC')).toBe(true);
  });
});

describe('searchDocument', () => {
  it('joins non-empty parts', () => {
    expect(searchDocument('Rượu', null, undefined, 'Quảng Ninh')).toBe('ruou quang ninh');
  });
});

describe('vietnameseSortKey', () => {
  const sort = (xs: string[]) => [...xs].sort((a, b) => (vietnameseSortKey(a) < vietnameseSortKey(b) ? -1 : 1));
  it('orders a < ă < â and d < đ', () => {
    expect(sort(['đào', 'dừa', 'ân', 'ăn', 'an'])).toEqual(['an', 'ăn', 'ân', 'dừa', 'đào']);
  });
  it('orders by letters before tones', () => {
    expect(sort(['bà', 'ba', 'bá', 'bả', 'bạ', 'bã'])).toEqual(['ba', 'bà', 'bả', 'bã', 'bá', 'bạ']);
  });
  it('puts Đông after Dưa', () => {
    expect(sort(['Đông Bắc', 'Dưa hấu'])).toEqual(['Dưa hấu', 'Đông Bắc']);
  });
});
