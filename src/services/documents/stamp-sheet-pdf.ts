import path from 'node:path';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { formatDateVi } from '../../domain/dates';
import { formatSerial } from '../../domain/stamps';
import { qr } from './certificate-pdf';

/**
 * The printable sheet of a stamp batch: A4 portrait, 4 × 7 stamps per page (47 × 38 mm), each
 * with its QR code (vector, so it prints sharp at any resolution), the OCOP mark and star class,
 * the product, the lot and production date, and the serial in a monospaced face for reading
 * aloud. Dashed lines show where to cut. DejaVu fonts, embedded and subset, print every diacritic.
 */

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export interface StampSheetInput {
  productName: string;
  entityName: string;
  stars: number;
  lot: string;
  producedOn: string;
  bestBefore: string | null;
  certificateNumber: string;
  stamps: Array<{ serial: string; url: string }>;
  compress?: boolean;
}

const COLS = 4;
const ROWS = 7;
const MARGIN_X = 28;
const MARGIN_Y = 36;
const GREEN = '#1d6b3a';
const GOLD = '#b8860b';

export function renderStampSheet(input: StampSheetInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    compress: input.compress ?? true,
    info: { Title: `Tem OCOP – ${input.productName} – lô ${input.lot}`, Author: input.entityName, Creator: 'OCOP Platform' },
  });
  doc.registerFont('sans', path.join(FONT_DIR, 'DejaVuSans.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'DejaVuSans-Bold.ttf'));
  doc.registerFont('mono', path.join(FONT_DIR, 'DejaVuSansMono.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const perPage = COLS * ROWS;
  const pages = Math.max(1, Math.ceil(input.stamps.length / perPage));
  for (let page = 0; page < pages; page++) {
    doc.addPage();
    const W = doc.page.width;
    const H = doc.page.height;
    const cw = (W - 2 * MARGIN_X) / COLS;
    const ch = (H - 2 * MARGIN_Y) / ROWS;
    doc.fillColor('#555555').font('sans').fontSize(7).text(
      `${input.productName} · lô ${input.lot} · GCN ${input.certificateNumber} · trang ${page + 1}/${pages} · ${input.stamps.length} tem`,
      MARGIN_X, 16, { width: W - 2 * MARGIN_X, align: 'center', lineBreak: false },
    );
    const slice = input.stamps.slice(page * perPage, (page + 1) * perPage);
    slice.forEach((stamp, i) => {
      const x = MARGIN_X + (i % COLS) * cw;
      const y = MARGIN_Y + Math.floor(i / COLS) * ch;
      doc.save().lineWidth(0.4).dash(2, { space: 2 }).strokeColor('#999999').rect(x, y, cw, ch).stroke().restore();
      const q = 64;
      qr(doc, stamp.url, x + 4, y + 6, q);
      const tx = x + q + 8;
      const tw = cw - q - 12;
      doc.fillColor(GREEN).font('bold').fontSize(13).text('OCOP', tx, y + 8, { width: tw, lineBreak: false });
      doc.fillColor(GOLD).font('sans').fontSize(10).text('★'.repeat(input.stars), tx, y + 25, { width: tw, lineBreak: false });
      doc.fillColor('#000000').font('sans').fontSize(6.5).text(input.productName, tx, y + 40, { width: tw, height: 26, ellipsis: true });
      const info = [`Lô: ${input.lot}`, `NSX: ${formatDateVi(input.producedOn)}`, input.bestBefore ? `HSD: ${formatDateVi(input.bestBefore)}` : null].filter(Boolean).join('\n');
      doc.font('sans').fontSize(6).text(info, x + 6, y + q + 10, { width: cw - 12, lineGap: 0.5 });
      doc.font('mono').fontSize(8).text(formatSerial(stamp.serial), x + 4, y + ch - 14, { width: cw - 8, align: 'center', lineBreak: false });
    });
  }
  doc.end();
  return done;
}
