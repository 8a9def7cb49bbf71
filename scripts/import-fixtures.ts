/**
 * Writes the real-looking provincial lists the import tests read (test/fixtures/imports):
 * `npx tsx scripts/import-fixtures.ts`. They imitate what provinces keep: merged title rows and
 * a blank row above the header, headers worded their own way, accents missing, legacy district
 * names, "3 sao" / "★★★★" / "4*", Vietnamese numbers, several sheets, a notes sheet.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';

const dir = path.resolve('test/fixtures/imports');
fs.mkdirSync(dir, { recursive: true });

function titleRows(ws: ExcelJS.Worksheet, width: number, title: string) {
  ws.addRow(['UBND TỈNH QUẢNG NGÃI']);
  ws.mergeCells(1, 1, 1, width);
  ws.addRow([title]);
  ws.mergeCells(2, 1, 2, width);
  ws.addRow([]);
}

async function products() {
  const wb = new ExcelJS.Workbook();
  const header = ['STT', 'Tên sản phẩm', 'Nhóm sản phẩm', 'Tên chủ thể', 'Mã số thuế', 'Địa chỉ', 'Xã/phường', 'Huyện/TX/TP', 'Hạng sao', 'Năm công nhận', 'Số QĐ', 'Ngày QĐ'];
  const ws = wb.addWorksheet('SP 2022');
  titleRows(ws, header.length, 'DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN NĂM 2022');
  ws.addRow(header);
  ws.addRow([1, 'Quế thanh Trà Bồng', 'Gia vị', 'HTX Quế Sơn Tây', '4300123458', 'Thôn Huy Ba, xã Sơn Bua', 'Xã Sơn Bua', 'Huyện Sơn Tây', '3 sao', 2022, '1234/QĐ-UBND', '05/12/2022']);
  ws.addRow([2, 'Tinh dầu quế', '1.4', 'HTX Quế Sơn Tây', '4300123458', 'Thôn Huy Ba, xã Sơn Bua', 'xa son bua', 'huyen Son Tay', '★★★★', '2022', '1234/QĐ-UBND', '05/12/2022']);
  ws.addRow([3, 'Mật ong rừng Sơn Tây', 'Nông sản thô, sơ chế', 'Hộ kinh doanh Đinh Văn Mến', null, 'Xã Sơn Mùa', 'Sơn Mùa', 'Sơn Tây', '4*', 2022, '1234/QĐ-UBND', '05/12/2022']);
  ws.addRow([]);
  ws.addRow([4, 'Trà cà gai leo', 'Chè', 'Cơ sở chế biến trà Nghĩa Lộ', null, 'Phường Nghĩa Lộ', 'Phường Nghĩa Lộ', null, 3, 2023, '567/QĐ-UBND', '20/11/2023']);
  const ws2 = wb.addWorksheet('SP 2024');
  titleRows(ws2, header.length, 'DANH SÁCH SẢN PHẨM OCOP NĂM 2024');
  ws2.addRow(header);
  ws2.addRow([1, 'Tỏi cô đơn Lý Sơn', 'Nông sản thô', 'Công ty TNHH Tỏi Lý Sơn Xanh', '4300765430', 'Đặc khu Lý Sơn', 'Đặc khu Lý Sơn', null, '3 sao', 2024, '89/QĐ-UBND', '15/10/2024']);
  const notes = wb.addWorksheet('Ghi chú');
  notes.addRow(['Danh sách do Văn phòng Điều phối NTM tỉnh tổng hợp.']);
  await wb.xlsx.writeFile(path.join(dir, 'qng-products.xlsx'));
}

async function entities() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chủ thể');
  ws.addRow(['DANH SACH CHU THE OCOP TINH QUANG NINH']);
  ws.mergeCells(1, 1, 1, 7);
  ws.addRow([]);
  ws.addRow([]);
  ws.addRow(['TT', 'Ten doanh nghiep/HTX', 'Loai hinh', 'Ma so thue', 'Nguoi dai dien', 'Dia chi', 'Xa, phuong']);
  ws.addRow([1, 'HTX Nông nghiệp Quang Hanh Xanh', 'HTX', '5701234566', 'Nguyễn Văn Hải', 'Tổ 5, khu 3, phường Quang Hanh', 'P. Quang Hanh']);
  ws.addRow([2, 'Hộ kinh doanh Trần Thị Lan', 'Hộ kinh doanh', null, 'Trần Thị Lan', 'Khu 7, phường Cửa Ông', 'Phuong Cua Ong']);
  await wb.xlsx.writeFile(path.join(dir, 'qn-entities.xlsx'));
}

function figures() {
  const lines = [
    'Tên sản phẩm;Tên chủ thể;Mã số thuế;Xã;Năm;Doanh thu (đồng);Chi phí (đồng);Lợi nhuận;Sản lượng;ĐVT',
    'Quế thanh Trà Bồng;HTX Quế Sơn Tây;4300123458;Sơn Tây Thượng;2023;"12.031.540.000";9.500.000.000;;12.500;kg',
    'Quế thanh Trà Bồng;HTX Quế Sơn Tây;4300123458;Sơn Tây Thượng;2024;"12.031,54 triệu";"10.000 triệu";;13.000;kg',
  ];
  fs.writeFileSync(path.join(dir, 'qng-figures.csv'), '\ufeff' + lines.join('\r\n') + '\r\n');
}

/** "Tên sản phẩm" in TCVN3 (ABC) bytes: what old Vietnamese office software saved. */
function legacyEncoding() {
  const bytes = Buffer.from([0x54, 0xea, 0x6e, 0x20, 0x73, 0xb6, 0x6e, 0x20, 0x70, 0x68, 0xb8, 0x6d, 0x3b, 0x4e, 0xa8, 0x6d, 0x0d, 0x0a, 0x4d, 0xad, 0x74, 0x20, 0xae, 0x6f, 0x6e, 0x67, 0x3b, 0x32, 0x30, 0x32, 0x32, 0x0d, 0x0a]);
  fs.writeFileSync(path.join(dir, 'legacy-tcvn3.csv'), bytes);
}

await products();
await entities();
figures();
legacyEncoding();
console.log(`fixtures written to ${dir}`);
