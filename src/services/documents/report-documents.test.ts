import { describe, expect, it } from 'vitest';
import { docxText, pdfText, unzip } from '../../../test/support/documents';
import { formatCell, issuerFor, longDateVi, type AdminDocument } from './admin-document';
import { renderReportDocx } from './report-docx';
import { renderReportPdf } from './report-pdf';

const sample = (landscape = false): AdminDocument => ({
  ...issuerFor({ level: 'province', name: 'Tỉnh Quảng Ninh', shortName: 'Quảng Ninh' }),
  date: '2026-12-01',
  kind: 'BÁO CÁO',
  title: 'Sản phẩm OCOP được công nhận theo năm và hạng sao',
  subtitle: 'Giai đoạn 2017–2019',
  landscape,
  blocks: [
    {
      heading: 'I. KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG',
      paragraphs: ['Số liệu được tính từ hồ sơ công nhận trên hệ thống.'],
      table: {
        caption: 'Bảng 1. Sản phẩm được công nhận mới',
        columns: [
          { key: 'year', label: 'Năm', format: 'text' },
          { key: 'stars3', label: '3 sao', format: 'int' },
          { key: 'funding', label: 'Kinh phí (triệu đồng)', format: 'decimal' },
          { key: 'changePct', label: 'Tăng, giảm (%)', format: 'percent' },
        ],
        rows: [
          { year: '2017', stars3: 2, funding: 12031.54, changePct: null },
          { year: '2018', stars3: 1, funding: 24553.15, changePct: -50 },
        ],
        totals: { year: 'Tổng cộng', stars3: 3, funding: 36584.69 },
        note: 'Một sản phẩm được công nhận lại chỉ tính một lần.',
      },
    },
  ],
});

describe('administrative document model', () => {
  it('formats numbers as vi-VN and writes no value for a missing percentage', () => {
    expect(formatCell(12031.54)).toBe('12.031,54');
    expect(formatCell(1234567)).toBe('1.234.567');
    expect(formatCell(17.2414, 'percent')).toBe('17,24%');
    expect(formatCell(null, 'percent')).toBe('–');
    expect(formatCell(Number.POSITIVE_INFINITY)).toBe('–');
  });

  it('writes dates the administrative way', () => {
    expect(longDateVi('2026-12-01')).toBe('ngày 01 tháng 12 năm 2026');
    expect(longDateVi('2023-02-05')).toBe('ngày 05 tháng 02 năm 2023');
    expect(longDateVi('2023-03-18')).toBe('ngày 18 tháng 3 năm 2023');
  });

  it('names the issuing body of each level', () => {
    expect(issuerFor({ level: 'nation', name: 'Việt Nam', shortName: 'Việt Nam' }).place).toBe('Hà Nội');
    const commune = issuerFor({ level: 'commune', name: 'Phường Quang Hanh', shortName: 'Quang Hanh', provinceShortName: 'Quảng Ninh' });
    expect(commune.issuer.body).toBe('ỦY BAN NHÂN DÂN PHƯỜNG QUANG HANH');
    expect(commune.place).toBe('Quảng Ninh');
    expect(issuerFor({ level: 'district', name: 'Thành phố Cẩm Phả', shortName: 'Cẩm Phả' }).issuer.body).toBe('ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ');
  });
});

describe('Word and PDF renderers', () => {
  it('writes the Decree 30 layout and the table into word/document.xml', async () => {
    const docx = await renderReportDocx(sample());
    const text = docxText(docx);
    const lines = text.split('\n');
    // Issuing body before the national title (top left, then top right), then place and date.
    expect(lines.indexOf('ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH')).toBeLessThan(lines.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    for (const s of ['SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG', 'Số:        /BC-SNNMT', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Ninh, ngày 01 tháng 12 năm 2026', 'BÁO CÁO', 'Nơi nhận:', '- Lưu: VT, NTM.', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']) {
      expect(lines).toContain(s);
    }
    expect(lines).toContain('12.031,54');
    expect(lines).toContain('-50,00%');
    expect(lines).toContain('36.584,69');
    expect(lines.indexOf('Tổng cộng')).toBeGreaterThan(lines.indexOf('2018'));
    const xml = unzip(docx).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('turns a wide report into landscape pages', async () => {
    const xml = unzip(await renderReportDocx(sample(true))).get('word/document.xml')!.toString('utf8');
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });

  it('prints the same content in the PDF with the font embedded', async () => {
    const pdf = await renderReportPdf(sample(), { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf).replace(/ \n/g, ' ');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Ninh, ngày 01 tháng 12 năm 2026', 'Sản phẩm OCOP được công nhận theo năm và hạng sao', 'Bảng 1. Sản phẩm được công nhận mới', '12.031,54', '-50,00%', 'Tổng cộng', 'Nơi nhận:', 'PHÓ GIÁM ĐỐC']) {
      expect(text).toContain(s);
    }
    expect(pdf.toString('latin1')).toMatch(/DejaVuSerif/);
  });
});
