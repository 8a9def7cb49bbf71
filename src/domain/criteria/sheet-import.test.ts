import { describe, expect, it } from 'vitest';
import { findSheetHeader, parseSheetRows, type SheetRowInput } from './sheet-import';

const rows = (...lines: Array<Array<string | number | null>>): SheetRowInput[] => lines.map((cells, i) => ({ row: i + 1, cells }));

describe('parseSheetRows', () => {
  it('reads parts, sections, criteria with their options, points and hints', () => {
    const { sheet, problems } = parseSheetRows(
      rows(
        ['Phiếu đánh giá sản phẩm'],
        ['Tiêu chí', 'Phương án', 'Điểm', 'Gợi ý bằng chứng'],
        ['PHẦN A: SẢN PHẨM VÀ SỨC MẠNH CỘNG ĐỒNG (40 điểm)', null, null],
        ['A1. Tổ chức sản xuất (10 điểm)'],
        ['A1.1. Nguồn nguyên liệu', null, 4, 'Hợp đồng mua nguyên liệu'],
        [null, 'Không sử dụng nguyên liệu địa phương', 0],
        [null, 'Dưới 50% nguyên liệu từ địa phương', '1,5', 'Hóa đơn'],
        [null, 'Toàn bộ nguyên liệu từ địa phương', 4],
        [],
        ['Phần C: Chất lượng sản phẩm'],
        ['C7. Tính độc đáo', null, 2],
        [null, 'Bình thường', 0],
        [null, 'Độc đáo', 2],
      ),
    );
    expect(problems).toEqual([]);
    expect(sheet.sections).toEqual([
      { code: 'A1', part: 'A', name: { vi: 'Tổ chức sản xuất', en: 'Tổ chức sản xuất' } },
      { code: 'C7', part: 'C', name: { vi: 'Tính độc đáo', en: 'Tính độc đáo' } },
    ]);
    expect(sheet.criteria.map((c) => [c.code, c.part, c.section, c.maxPoints, c.options.map((o) => `${o.code}=${o.points}`).join(' ')])).toEqual([
      ['A1.1', 'A', 'A1', 4, 'a=0 b=1.5 c=4'],
      ['C7', 'C', 'C7', 2, 'a=0 b=2'],
    ]);
    expect(sheet.criteria[0].hint).toEqual({ vi: 'Hợp đồng mua nguyên liệu', en: 'Hợp đồng mua nguyên liệu' });
    expect(sheet.criteria[0].options[1].hint?.vi).toBe('Hóa đơn');
  });

  it('matches English headers in any column order and takes the best option as maximum when none is given', () => {
    const { sheet, problems } = parseSheetRows(
      rows(['Points', 'Criterion', 'Option'], [null, 'Part B'], [null, 'B4. Marketing'], [null, 'B4.1. Distribution'], [0, null, 'None'], [3, null, 'Province-wide']),
    );
    expect(problems).toEqual([]);
    expect(sheet.criteria[0]).toMatchObject({ code: 'B4.1', part: 'B', maxPoints: 3 });
  });

  it('names every problem with its row', () => {
    const { problems } = parseSheetRows(
      rows(
        ['Tiêu chí', 'Phương án', 'Điểm'],
        [null, 'Một phương án trước tiêu chí', 1],
        ['A1. Chưa có phần'],
        ['Phần A'],
        ['B2. Sai phần'],
        ['B2.1. Tiêu chí', null, 3],
        [null, 'Có', 'ba'],
        [null, 'Không'],
        [null, 'Một', 1],
        ['A9.1. Ngoài mục', null, 2],
        [null, 'Chỉ một', 5],
        ['Dòng lạ'],
      ),
    );
    expect(problems).toEqual([
      { row: 2, code: 'errors.criteriaSheet.optionWithoutCriterion' },
      { row: 3, code: 'errors.criteriaSheet.noPart', params: { code: 'A1' } },
      { row: 5, code: 'errors.criteriaSheet.sectionOutsidePart', params: { code: 'B2', part: 'A' } },
      { row: 7, code: 'errors.criteriaSheet.points', params: { value: 'ba' } },
      { row: 8, code: 'errors.criteriaSheet.optionPoints' },
      { row: 6, code: 'errors.criteriaSheet.fewOptions', params: { code: 'B2.1' } },
      { row: 10, code: 'errors.criteriaSheet.criterionOutsideSection', params: { code: 'A9.1', section: 'B2' } },
      { row: 12, code: 'errors.criteriaSheet.unknownRow', params: { text: 'Dòng lạ' } },
      { row: 10, code: 'errors.criteriaSheet.fewOptions', params: { code: 'A9.1' } },
      { row: 6, code: 'errors.criteriaSheet.noOptionAtMax', params: { code: 'B2.1', max: 3 } },
      { row: 10, code: 'errors.criteriaSheet.noOptionAtMax', params: { code: 'A9.1', max: 2 } },
      { row: 10, code: 'errors.criteriaSheet.optionAboveMax', params: { code: 'A9.1', max: 2 } },
    ]);
  });

  it('refuses a sheet without the header row', () => {
    expect(parseSheetRows(rows(['a', 'b'], ['c'])).problems).toEqual([{ row: 1, code: 'errors.criteriaSheet.noHeader' }]);
    expect(findSheetHeader(rows(['x'], ['Chỉ tiêu', 'Mức đánh giá', 'Số điểm']))).toEqual({ index: 1, columns: { criterion: 0, option: 1, points: 2 } });
  });
});
