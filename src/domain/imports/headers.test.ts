import { describe, expect, it } from 'vitest';
import { columnLetter, findHeaderRow, matchHeaders, missingRequired } from './headers';

describe('headers matched by meaning', () => {
  it('maps Vietnamese variants, with or without accents and case', () => {
    const mapping = matchHeaders('products', ['STT', 'Tên SP', 'Nhóm sản phẩm', 'TÊN DOANH NGHIỆP/HTX', 'MST', 'Dia chi', 'Xã/Phường', 'Huyện', 'Số sao', 'Năm công nhận', 'Số QĐ', 'Ngày QĐ']);
    expect(mapping).toEqual({
      1: 'productName', 2: 'group', 3: 'entityName', 4: 'taxCode', 5: 'address', 6: 'commune', 7: 'district', 8: 'stars', 9: 'recognitionYear', 10: 'decision', 11: 'decisionDate',
    });
    expect(missingRequired('products', mapping)).toEqual([]);
  });

  it('takes headers with notes and marks ("Tên chủ thể (*)", "Hạng sao OCOP")', () => {
    const mapping = matchHeaders('entities', ['Tên chủ thể (*)', 'Mã số thuế', 'Người đại diện theo pháp luật', 'Địa chỉ trụ sở', 'Xã']);
    expect(Object.values(mapping)).toEqual(['entityName', 'taxCode', 'representative', 'address', 'commune']);
  });

  it('gives each column one field and each field one column', () => {
    const mapping = matchHeaders('figures', ['Năm', 'Năm báo cáo', 'Doanh thu', 'Chi phí']);
    expect(Object.values(mapping).filter((f) => f === 'year')).toHaveLength(1);
    expect(mapping[0]).toBe('year');
  });

  it('finds the header below merged title rows and blank rows', () => {
    const rows = [
      ['UBND TỈNH QUẢNG NGÃI'],
      ['DANH SÁCH SẢN PHẨM OCOP NĂM 2022'],
      [],
      ['STT', 'Tên sản phẩm', 'Chủ thể', 'Xã', 'Hạng sao'],
      [1, 'Quế', 'HTX Quế', 'Sơn Bua', '3 sao'],
    ];
    const found = findHeaderRow('products', rows);
    expect(found?.index).toBe(3);
    expect(missingRequired('products', found!.mapping)).toEqual(['group']);
    expect(findHeaderRow('products', [['Ghi chú'], ['Danh sách do tỉnh tổng hợp']])).toBeNull();
  });

  it('names columns as the spreadsheet does', () => {
    expect([0, 25, 26, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ']);
  });
});
