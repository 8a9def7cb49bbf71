import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../support/test-app';
import { docxText, pdfText, unzip } from '../support/documents';

/**
 * Reports as Word and PDF documents (Decree 30/2020 layout) and the province's annual report,
 * on the demo records (the Cẩm Phả history of seed 000, Quảng Ngãi 2022 of seed 004).
 */

let t: TestContext;
const cookies = new Map<string, string>();
beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['province.qn', 'province.qng', 'central', 'commune.qn']) cookies.set(u, await t.login(u));
});
afterAll(() => t.close());

const get = (user: string | null, url: string) => t.app.inject({ method: 'GET', url, headers: user ? { cookie: cookies.get(user)! } : {} });

/** The lines that follow `first` in the document (a table row: its cells one per line). */
function rowAfter(lines: string[], first: string, count: number, from = 0): string[] {
  const i = lines.indexOf(first, from);
  expect(i, `a line "${first}"`).toBeGreaterThanOrEqual(0);
  return lines.slice(i, i + count);
}

describe('reports as Word and PDF documents', () => {
  it('offers docx and pdf among the formats', async () => {
    const list = (await get('province.qn', '/api/reports')).json();
    expect(list.items[0].formats).toEqual(expect.arrayContaining(['xlsx', 'csv', 'docx', 'pdf']));
  });

  it("writes Cẩm Phả's recognitions 2017–2019 in the administrative layout, with the table's figures", async () => {
    const res = await get('province.qn', '/api/reports/products-by-star?unit=195&from=2017&to=2019&format=docx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toMatch(/attachment;.*\.docx/);
    const lines = docxText(res.rawPayload).split('\n');
    // issuing body top left (a legacy district's People's Committee), national title and motto, place and date
    expect(lines.slice(0, 6)).toEqual([
      'ỦY BAN NHÂN DÂN THÀNH PHỐ CẨM PHẢ',
      'Số:        /BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Cẩm Phả, ngày 01 tháng 12 năm 2026',
      'BÁO CÁO',
    ]);
    expect(lines).toContain('Thành phố Cẩm Phả, giai đoạn 2017–2019');
    // columns: year, new 3★ 4★ 5★ total, change, change %, re-recognised, cumulative 3★ 4★ 5★ total
    const r2017 = rowAfter(lines, '2017', 5);
    expect(r2017).toEqual(['2017', '2', '6', '0', '8']);
    const r2018 = rowAfter(lines, '2018', 7);
    expect(r2018).toEqual(['2018', '1', '1', '1', '3', '-5', '-62,50%']);
    const r2019 = rowAfter(lines, '2019', 7);
    expect(r2019).toEqual(['2019', '4', '4', '0', '8', '5', '166,67%']);
    // the product list, with the years printed as years
    const ba = rowAfter(lines, 'Rượu ba kích đặc sản Quảng Ninh', 7);
    expect(ba.slice(4)).toEqual(['4', '2019', '2019']);
    expect(lines).toContain('Nơi nhận:');
    expect(lines).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(lines).toContain('CHỦ TỊCH');
    const xml = unzip(res.rawPayload).get('word/document.xml')!.toString('utf8');
    expect(xml).toMatch(/w:orient="landscape"/); // 13 columns: landscape pages
  });

  it('prints funding by source as a PDF with the embedded font', async () => {
    const res = await get('province.qn', '/api/reports/funding?unit=195&from=2017&to=2019&format=pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload).replace(/ ?\n/g, ' ');
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Cẩm Phả, ngày 01 tháng 12 năm 2026', 'BÁO CÁO', 'Nơi nhận:']) expect(text).toContain(s);
    // seed 000 table 3's totals, in VND
    for (const s of ['12.031.540.000', '24.553.150.000', '30.660.400.000', '731.540.000']) expect(text).toContain(s);
    expect(res.rawPayload.toString('latin1')).toMatch(/DejaVuSerif/);
  });

  it('answers 404 for a unit outside the jurisdiction in every format', async () => {
    expect((await get('province.qng', '/api/reports/funding?unit=195&from=2017&to=2019&format=docx')).statusCode).toBe(404);
    expect((await get('province.qng', '/api/reports/funding?unit=195&from=2017&to=2019&format=pdf')).statusCode).toBe(404);
  });
});

describe('the demo registers behind the reports', () => {
  it("counts seed 000's Table 1 for Cẩm Phả: 12, 37 and 66 documents", async () => {
    const r = (await get('province.qn', '/api/reports/documents?unit=195&from=2017&to=2019')).json();
    expect(r.rows.map((x: Record<string, number>) => [x.year, x.province, x.district, x.total])).toEqual([
      [2017, 7, 5, 12],
      [2018, 21, 16, 37],
      [2019, 35, 31, 66],
    ]);
  });

  it("sets Quảng Ngãi's 2022 target against the records: 65 of 50, exceeded by 15", async () => {
    const r = (await get('province.qng', '/api/reports/targets?unit=51&from=2022&to=2022')).json();
    const products = r.rows.find((x: Record<string, unknown>) => x.target === 50);
    expect(products).toMatchObject({ target: 50, achieved: 65, exceededBy: 15, donePct: 130 });
  });
});

describe('the annual report', () => {
  it("assembles Quảng Ngãi's 2022 into one Word document shaped like the provincial report", async () => {
    const res = await get('province.qng', '/api/annual-report?unit=51&year=2022');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/bao-cao-ocop-51-2022\.docx/);
    const text = docxText(res.rawPayload);
    const lines = text.split('\n');
    expect(lines[0]).toBe('ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI');
    expect(lines[1]).toBe('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    expect(text).toContain('Kết quả thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm 2022, mục tiêu, nhiệm vụ và giải pháp thực hiện năm 2023 trên địa bàn tỉnh Quảng Ngãi');
    for (const heading of ['I. TÌNH HÌNH THỰC HIỆN', 'III. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CHÍNH CỦA CHƯƠNG TRÌNH OCOP', 'a) Về sản phẩm', 'b) Về chủ thể có sản phẩm đạt OCOP', 'c) Về địa phương có sản phẩm đạt OCOP', 'V. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2023']) {
      expect(lines).toContain(heading);
    }
    // seed 004's figures, computed from the demo records
    expect(text).toContain('Năm 2022 có 65 sản phẩm được công nhận đạt OCOP, trong đó 0 sản phẩm 5 sao, 5 sản phẩm 4 sao và 60 sản phẩm 3 sao.');
    expect(text).toContain('Lũy kế đến hết năm 2022 toàn tỉnh có 124 sản phẩm đạt OCOP, trong đó 0 sản phẩm 5 sao, 9 sản phẩm 4 sao và 115 sản phẩm 3 sao');
    // Lý Sơn, an island district without communes before 2025, reaches its products through its special zone
    expect(text).toMatch(/Huyện Lý Sơn \(\d+ sản phẩm\)/);
    expect(text).not.toMatch(/Các địa phương chưa có sản phẩm OCOP: [^\n]*Lý Sơn/);
    expect(text).toMatch(/Năm 2022 có \d+ địa phương có sản phẩm được công nhận: .*Huyện Trà Bồng \(8 sản phẩm\).*Huyện Mộ Đức \(10 sản phẩm\), Thị xã Đức Phổ \(8 sản phẩm\)/);
    expect(text).toContain('Thành phố Quảng Ngãi (10 sản phẩm)');
    expect(text).toMatch(/Các địa phương chưa có sản phẩm OCOP: .*Huyện Sơn Tây/);
    // trade promotion (section III.4 of seed 004) from the trade records: fairs, sales points by funding, combos
    for (const heading of ['4. Hoạt động giới thiệu, quảng bá, xúc tiến thương mại sản phẩm OCOP', 'a) Về xúc tiến thương mại sản phẩm OCOP', 'b) Về điểm giới thiệu và bán sản phẩm OCOP', 'c) Về xây dựng các gói combo quà tặng sản phẩm OCOP']) {
      expect(lines).toContain(heading);
    }
    expect(text).toContain(
      'Năm 2022 tổ chức, tham gia 4 hội chợ, triển lãm giới thiệu sản phẩm OCOP: 1 hội chợ, triển lãm cấp tỉnh, 830 gian hàng, khoảng 201.000 lượt khách đến tham quan mua sắm, doanh số bán hàng ước đạt 21,3 tỷ đồng; ' +
        '1 hội chợ, triển lãm cấp huyện, xã, 103 gian hàng, khoảng 11.500 lượt khách đến tham quan mua sắm; 1 hội chợ, triển lãm toàn quốc; 1 hội chợ, triển lãm quốc tế.',
    );
    expect(text).toContain('Năm 2022 chưa ghi nhận hợp đồng, biên bản ghi nhớ tiêu thụ sản phẩm OCOP trên hệ thống.');
    expect(text).toContain('Trong năm 2022 đưa vào hoạt động 3 điểm giới thiệu và bán sản phẩm OCOP (Nhà nước hỗ trợ 2 điểm; xã hội hóa 100% 1 điểm).');
    expect(text).toContain('Lũy kế, tính đến hết năm 2022, trên địa bàn tỉnh Quảng Ngãi có 10 điểm giới thiệu và bán sản phẩm OCOP: Nhà nước hỗ trợ 6 điểm; xã hội hóa 100% 4 điểm.');
    expect(text).toContain('Năm 2022 có 2 gói combo quà tặng sản phẩm OCOP được xây dựng (tết: 1; hội nghị, hội thảo: 1).');
    expect(text).not.toContain('khi hệ thống chưa có số liệu xúc tiến thương mại');
    expect(lines).toContain('GIÁM ĐỐC');
    // targets: 2022 against the records, 2023's as next year's objectives
    expect(text).toMatch(/1\. Mục tiêu cụ thể\n- [^\n]*: 50\.\n- [^\n]*4 sao: 3\.\n- [^\n]*: 45\./);
  });

  it('refuses a province outside the jurisdiction, bad input and no session', async () => {
    expect((await get('province.qng', '/api/annual-report?unit=22&year=2019')).statusCode).toBe(404);
    const bad = await get('province.qng', '/api/annual-report?unit=5&year=2022');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors[0].path).toBe('unit');
    expect((await get('province.qng', '/api/annual-report?unit=51&year=1999')).statusCode).toBe(400);
    expect((await get(null, '/api/annual-report?unit=51&year=2022')).statusCode).toBe(401);
  });
});
