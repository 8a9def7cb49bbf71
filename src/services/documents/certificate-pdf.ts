import path from 'node:path';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { CertificateStatus } from '../../domain/certificates';
import { formatDateVi } from '../../domain/dates';

/**
 * The printable certificate (A4 landscape) in the Vietnamese administrative layout: issuing
 * authority top left, national title and motto top right, number and place/date, the title,
 * the decision it rests on, product, entity, star class, validity, a QR code that opens the
 * verification page, and the signature block. Fonts: DejaVu Serif (full Vietnamese glyphs),
 * embedded and subset, so diacritics print correctly everywhere.
 */

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = {
  regular: path.join(FONT_DIR, 'DejaVuSerif.ttf'),
  bold: path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf'),
  italic: path.join(FONT_DIR, 'DejaVuSerif-Italic.ttf'),
  boldItalic: path.join(FONT_DIR, 'DejaVuSerif-BoldItalic.ttf'),
};

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export interface CertificatePdfInput {
  number: string;
  issuer: string;
  level: string;
  /** The product's commune/ward, for the address line. */
  unitName: string | null;
  decisionNumber: string;
  decisionDate: string;
  issuedOn: string;
  validUntil: string;
  productName: string;
  entityName: string;
  stars: number;
  verifyUrl: string;
  status: CertificateStatus;
  /** Uncompressed content streams (tests read the text mapping). */
  compress?: boolean;
}

const GREEN = '#1d6b3a';
const RED = '#b3261e';
const GOLD = '#d4a017';

function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  // Administrative style: days and months below 10 are written with a leading zero for 1–2.
  return `ngày ${String(d).padStart(2, '0')} tháng ${String(m).padStart(2, '0')} năm ${y}`;
}

/** "Ủy ban nhân dân tỉnh Quảng Ninh" → ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NINH"]. */
export function issuerLines(issuer: string): string[] {
  const m = /^(Ủy ban nhân dân|Uỷ ban nhân dân)\s+(.+)$/i.exec(issuer.trim());
  if (m) return ['ỦY BAN NHÂN DÂN', m[2].toLocaleUpperCase('vi')];
  const upper = issuer.trim().toLocaleUpperCase('vi');
  const words = upper.split(/\s+/);
  if (upper.length <= 26 || words.length < 4) return [upper];
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}

/** The place written before the date: the province or district of the issuer, Hà Nội for ministries. */
export function placeOf(issuer: string): string {
  const m = /^(?:Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|huyện|thị xã|quận)\s+(.+)$/i.exec(issuer.trim());
  return m ? m[1] : 'Hà Nội';
}

function signatureLines(issuer: string): [string, string] {
  if (/^(Ủy ban nhân dân|Uỷ ban nhân dân)/i.test(issuer)) return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
  return ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'];
}

const WATERMARK: Partial<Record<CertificateStatus, string>> = {
  revoked: 'ĐÃ THU HỒI',
  superseded: 'ĐÃ ĐƯỢC THAY THẾ',
  expired: 'HẾT HIỆU LỰC',
};

function star(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number): void {
  const points: Array<[number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  doc.polygon(...points).fillColor(GOLD).fill();
}

export function qr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = code.modules.size;
  const cell = size / (n + 2);
  doc.rect(x, y, size, size).fillColor('#ffffff').fill();
  doc.fillColor('#000000');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (code.modules.get(row, col)) doc.rect(x + (col + 1) * cell, y + (row + 1) * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill();
}

/** "Label: value" centred on one line (value in bold), or the value on its own lines when too long. Returns the next y. */
function labelled(doc: PDFKit.PDFDocument, label: string, value: string, size: number, color: string, x: number, width: number, y: number): number {
  doc.font('regular').fontSize(size);
  const labelW = doc.widthOfString(label);
  doc.font('bold').fontSize(size);
  const valueW = doc.widthOfString(value);
  if (labelW + valueW <= width) {
    const start = x + (width - labelW - valueW) / 2;
    doc.fillColor('#000000').font('regular').text(label, start, y, { lineBreak: false });
    doc.fillColor(color).font('bold').text(value, start + labelW, y, { lineBreak: false });
    return y + size * 1.35;
  }
  doc.fillColor('#000000').font('regular').text(label.trim(), x, y, { width, align: 'center' });
  doc.fillColor(color).font('bold').text(value, x, doc.y, { width, align: 'center' });
  return doc.y;
}

export function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    compress: input.compress ?? true,
    info: { Title: `Giấy chứng nhận sản phẩm OCOP ${input.number}`, Author: input.issuer, Subject: input.productName, Creator: 'OCOP Platform' },
  });
  doc.registerFont('regular', FONTS.regular);
  doc.registerFont('bold', FONTS.bold);
  doc.registerFont('italic', FONTS.italic);
  doc.registerFont('boldItalic', FONTS.boldItalic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const W = doc.page.width;
  const H = doc.page.height;

  // Frame: a double border in the programme's green and gold.
  doc.lineWidth(6).strokeColor(GREEN).rect(18, 18, W - 36, H - 36).stroke();
  doc.lineWidth(1.5).strokeColor(GOLD).rect(30, 30, W - 60, H - 60).stroke();

  // Header: authority (left) and national title (right), each centred in its column.
  const colW = 330;
  const leftX = 50;
  const rightX = W - 50 - colW;
  let y = 50;
  doc.fillColor('#000000').font('bold').fontSize(12.5);
  const lines = issuerLines(input.issuer);
  for (const line of lines) {
    doc.text(line, leftX, y, { width: colW, align: 'center' });
    y += 16;
  }
  doc.moveTo(leftX + colW / 2 - 45, y + 2).lineTo(leftX + colW / 2 + 45, y + 2).lineWidth(0.8).strokeColor('#000000').stroke();
  doc.font('regular').fontSize(12).text(`Số: ${input.number}`, leftX, y + 10, { width: colW, align: 'center' });

  doc.font('bold').fontSize(12.5).text(NATIONAL_TITLE, rightX, 50, { width: colW, align: 'center' });
  doc.font('bold').fontSize(13).text(NATIONAL_MOTTO, rightX, 67, { width: colW, align: 'center' });
  const mottoWidth = doc.widthOfString(NATIONAL_MOTTO);
  doc.moveTo(rightX + (colW - mottoWidth) / 2, 85).lineTo(rightX + (colW + mottoWidth) / 2, 85).lineWidth(0.8).stroke();
  doc.font('italic').fontSize(12).text(`${placeOf(input.issuer)}, ${longDate(input.issuedOn)}`, rightX, 95, { width: colW, align: 'center' });

  // Title.
  y = 140;
  doc.fillColor(RED).font('bold').fontSize(32).text('GIẤY CHỨNG NHẬN', 0, y, { width: W, align: 'center' });
  doc.fillColor(GREEN).font('bold').fontSize(17).text('SẢN PHẨM OCOP', 0, y + 40, { width: W, align: 'center' });
  doc.fillColor('#333333').font('italic').fontSize(11).text('(Chương trình Mỗi xã một sản phẩm)', 0, y + 62, { width: W, align: 'center' });

  // Body.
  const bodyX = 110;
  const bodyW = W - 2 * bodyX;
  y = 225;
  doc.fillColor('#000000').font('italic').fontSize(12).text(
    `Căn cứ Quyết định số ${input.decisionNumber} ${longDate(input.decisionDate)} của ${input.issuer} về việc công nhận kết quả đánh giá, phân hạng sản phẩm OCOP,`,
    bodyX, y, { width: bodyW, align: 'center' },
  );
  y = doc.y + 10;
  doc.font('bold').fontSize(14).text('CHỨNG NHẬN', bodyX, y, { width: bodyW, align: 'center' });
  y = doc.y + 8;
  y = labelled(doc, 'Sản phẩm: ', input.productName, 13.5, GREEN, bodyX, bodyW, y);
  y = labelled(doc, 'Chủ thể: ', input.entityName, 12.5, '#000000', bodyX, bodyW, y + 4);
  if (input.unitName) {
    doc.fillColor('#000000').font('regular').fontSize(12).text(`Địa chỉ: ${input.unitName}`, bodyX, y + 3, { width: bodyW, align: 'center' });
    y = doc.y;
  }
  y += 10;
  const label = `Đạt hạng: ${input.stars} sao`;
  doc.font('bold').fontSize(15).fillColor(RED);
  const labelW = doc.widthOfString(label);
  const starR = 11;
  const starsW = input.stars * (2 * starR + 6);
  const startX = (W - (labelW + 14 + starsW)) / 2;
  doc.text(label, startX, y, { lineBreak: false });
  for (let i = 0; i < input.stars; i++) star(doc, startX + labelW + 14 + starR + i * (2 * starR + 6), y + 9, starR);
  y += 32;
  doc.fillColor('#000000').font('regular').fontSize(12).text(
    `Giấy chứng nhận có giá trị 36 tháng, từ ngày ${formatDateVi(input.issuedOn)} đến hết ngày ${formatDateVi(input.validUntil)}.`,
    bodyX, y, { width: bodyW, align: 'center' },
  );
  const afterBody = doc.y;

  // QR code (bottom left) and signature block (bottom right).
  const qrSize = 104;
  const qrY = H - 50 - qrSize - 26;
  qr(doc, input.verifyUrl, 60, qrY, qrSize);
  doc.fillColor('#000000').font('italic').fontSize(8.5).text('Quét mã QR để xác thực giấy chứng nhận', 40, qrY + qrSize + 4, { width: qrSize + 40, align: 'center' });

  const [sig1, sig2] = signatureLines(input.issuer);
  const sigX = W - 50 - 300;
  // Below the body, however long the names made it (the frame leaves room down to H - 110).
  const sigY = Math.min(H - 110, Math.max(H - 180, afterBody + 22));
  doc.font('bold').fontSize(12.5).text(sig1, sigX, sigY, { width: 300, align: 'center' });
  doc.text(sig2, sigX, sigY + 17, { width: 300, align: 'center' });
  doc.font('italic').fontSize(10).fillColor('#555555').text('(Ký, ghi rõ họ tên và đóng dấu)', sigX, sigY + 36, { width: 300, align: 'center' });

  const mark = WATERMARK[input.status];
  if (mark) {
    doc.save();
    doc.rotate(-20, { origin: [W / 2, H / 2] });
    doc.fillColor(RED).opacity(0.25).font('bold').fontSize(72).text(mark, 0, H / 2 - 45, { width: W, align: 'center' });
    doc.restore();
  }

  doc.end();
  return done;
}
