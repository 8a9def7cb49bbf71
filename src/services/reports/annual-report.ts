import type { Executor } from '../../db/client';
import type { Report, ReportRow } from '../../contracts/reports';
import type { Actor } from '../../domain/policy';
import type { Lang } from '../../i18n/lang';
import { ValidationError } from '../../domain/errors';
import { today } from '../clock';
import { runReport } from './reports.service';
import { docTable, issuerOfReport } from '../documents/report-document';
import type { AdminDocument, DocBlock } from '../documents/admin-document';
import { formatCell } from '../documents/admin-document';
import { renderReportDocx } from '../documents/report-docx';

/**
 * The province's annual OCOP report (shaped like seed 004, Quảng Ngãi's 2022 report): every
 * figure comes from the reports of the year, run for the caller with the same jurisdiction
 * (404 outside it); the sentences an officer writes by hand (context, difficulties,
 * assessment) are left as italic placeholders to complete before signing.
 */

const n = (v: ReportRow[string] | undefined) => (typeof v === 'number' ? v : 0);
const fmt = (v: number) => formatCell(v, 'int');

function row(r: Report, key: string, value: string | number): ReportRow | undefined {
  return r.rows.find((x) => x[key] === value || String(x[key]) === String(value));
}

function byKey(r: Report, key: string): Record<string, ReportRow> {
  return Object.fromEntries(r.rows.map((x) => [String(x[key]), x]));
}

export interface AnnualReportFile {
  body: Buffer;
  fileName: string;
}

export async function annualReportDocx(db: Executor, actor: Actor | null, q: { unit?: string; year: number }, lang: Lang): Promise<AnnualReportFile> {
  const unit = q.unit ?? actor?.provinceCode ?? undefined;
  if (!unit) throw new ValidationError([{ path: 'unit', code: 'errors.annualReport.unit' }]);
  const y = q.year;
  const run = (code: Parameters<typeof runReport>[2], from = y, to = y) => runReport(db, actor, code, { unit, from, to, format: 'json' }, lang);
  // products-by-star first: it checks the unit, the years and the jurisdiction (400/404) before the rest run.
  const stars = await run('products-by-star');
  // Before the 2025 reform a province reported by its districts: the legacy province's breakdown.
  const localitiesOfYear = y < 2025 ? runReport(db, actor, 'localities', { unit: `legacy:${unit}`, from: y, to: y, format: 'json' }, lang).catch(() => run('localities')) : run('localities');
  const [docs, comm, entities, localities, funding, targets, nextTargets] = await Promise.all([
    run('documents'),
    run('communication'),
    run('entities'),
    localitiesOfYear,
    run('funding'),
    run('targets'),
    run('targets', y + 1, y + 1),
  ]);
  const star = row(stars, 'year', y) ?? {};
  const c = row(comm, 'year', y) ?? {};
  const ent = byKey(entities, 'type');
  const entTotals = entities.totals ?? {};
  const withProducts = localities.rows.filter((l) => n(l.products) > 0);
  const without = localities.tables.find((t) => t.key === 'without')?.rows ?? [];

  const blocks: DocBlock[] = [
    {
      placeholders: [
        `(Căn cứ Kế hoạch triển khai Chương trình OCOP năm ${y} của UBND ${stars.unit.name.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố')}, Sở Nông nghiệp và Môi trường tổng hợp, báo cáo kết quả thực hiện như sau — cán bộ bổ sung căn cứ, số và ngày văn bản.)`,
      ],
    },
    { heading: 'I. TÌNH HÌNH THỰC HIỆN', level: 1 },
    { heading: '1. Thuận lợi', level: 2, placeholders: ['(Cán bộ bổ sung.)'] },
    { heading: '2. Khó khăn', level: 2, placeholders: ['(Cán bộ bổ sung.)'] },
    { heading: 'II. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH OCOP', level: 1 },
    {
      heading: '1. Công tác ban hành văn bản chỉ đạo, kế hoạch triển khai',
      level: 2,
      paragraphs: [`Trong năm ${y}, các cấp đã ban hành ${fmt(n(row(docs, 'year', y)?.total))} văn bản chỉ đạo, kế hoạch, hướng dẫn thực hiện Chương trình OCOP áp dụng trên địa bàn (chi tiết tại bảng dưới).`],
      table: docs.tables[0] ? docTable(docs.tables[0], docs.tables[0].title) : undefined,
    },
    {
      heading: '2. Công tác tổ chức bộ máy thực hiện Chương trình OCOP',
      level: 2,
      paragraphs: [
        '- Ở tỉnh: Ban Chỉ đạo các Chương trình mục tiêu quốc gia chỉ đạo, điều hành; cơ quan thường trực là Sở Nông nghiệp và Môi trường; Văn phòng Điều phối nông thôn mới tỉnh tham mưu, giúp việc.',
        '- Ở cấp xã: UBND xã, phường, đặc khu tổ chức triển khai và phân công cán bộ phụ trách Chương trình OCOP.',
      ],
    },
    { heading: 'III. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CHÍNH CỦA CHƯƠNG TRÌNH OCOP', level: 1 },
    {
      heading: '1. Công tác đào tạo, tập huấn và nâng cao năng lực',
      level: 2,
      paragraphs: [`Năm ${y} tổ chức ${fmt(n(c.classes))} lớp tập huấn về Chương trình OCOP với ${fmt(n(c.trainees))} lượt người tham gia.`],
    },
    {
      heading: '2. Công tác tuyên truyền nâng cao nhận thức về Chương trình OCOP',
      level: 2,
      paragraphs: [
        `Đã thực hiện ${fmt(n(c.article))} tin, bài trên trang thông tin điện tử và ấn phẩm; ${fmt(n(c.reportage))} phóng sự; ${fmt(n(c.broadcast))} buổi phát tin trên truyền thanh – truyền hình; ${fmt(n(c.loudspeaker))} lượt phát trên loa truyền thanh; ${fmt(n(c.conference))} hội nghị. Tổng kinh phí tuyên truyền, tập huấn ${formatCell(n(c.budget) / 1_000_000, 'decimal')} triệu đồng.`,
      ],
      table: docTable({ columns: comm.columns, rows: comm.rows, totals: comm.totals }, comm.title),
    },
    { heading: '3. Công tác đánh giá, phân hạng sản phẩm OCOP', level: 2 },
    {
      heading: 'a) Về sản phẩm',
      level: 3,
      paragraphs: [
        `Năm ${y} có ${fmt(n(star.newTotal))} sản phẩm được công nhận đạt OCOP, trong đó ${fmt(n(star.new5))} sản phẩm 5 sao, ${fmt(n(star.new4))} sản phẩm 4 sao và ${fmt(n(star.new3))} sản phẩm 3 sao.`,
        `Lũy kế đến hết năm ${y} toàn tỉnh có ${fmt(n(star.cumTotal))} sản phẩm đạt OCOP, trong đó ${fmt(n(star.cum5))} sản phẩm 5 sao, ${fmt(n(star.cum4))} sản phẩm 4 sao và ${fmt(n(star.cum3))} sản phẩm 3 sao (danh sách sản phẩm tại Phụ lục).`,
      ],
    },
    {
      heading: 'b) Về chủ thể có sản phẩm đạt OCOP',
      level: 3,
      paragraphs: [
        `Năm ${y} có ${fmt(n(entTotals.newEntities))} chủ thể lần đầu có sản phẩm đạt OCOP; lũy kế ${fmt(n(entTotals.entities))} chủ thể với ${fmt(n(entTotals.products))} sản phẩm, gồm: ` +
          Object.values(ent)
            .filter((e) => n(e.entities) > 0)
            .map((e) => `${fmt(n(e.entities))} ${String(e.type).toLocaleLowerCase('vi')} (${fmt(n(e.products))} sản phẩm)`)
            .join('; ') +
          '.',
      ],
      table: docTable({ columns: entities.columns, rows: entities.rows, totals: entities.totals }, entities.title),
    },
    {
      heading: 'c) Về địa phương có sản phẩm đạt OCOP',
      level: 3,
      paragraphs: [
        `Năm ${y} có ${fmt(withProducts.length)} địa phương có sản phẩm được công nhận: ${withProducts.map((l) => `${l.name} (${fmt(n(l.products))} sản phẩm)`).join(', ') || 'không có'}.`,
        ...(without.length ? [`Các địa phương chưa có sản phẩm OCOP: ${without.map((l) => l.name).join(', ')}.`] : []),
      ],
      table: docTable({ columns: localities.columns, rows: withProducts, totals: localities.totals }, localities.title),
    },
    {
      heading: '4. Hoạt động giới thiệu, quảng bá, xúc tiến thương mại sản phẩm OCOP',
      level: 2,
      placeholders: ['(Hội chợ, gian hàng, lượt khách, doanh số; điểm giới thiệu và bán sản phẩm OCOP; gói quà tặng — cán bộ bổ sung khi hệ thống chưa có số liệu xúc tiến thương mại.)'],
    },
    {
      heading: '5. Nguồn kinh phí thực hiện Chương trình OCOP',
      level: 2,
      table: docTable({ columns: funding.columns, rows: funding.rows, totals: funding.totals }, funding.title),
    },
    {
      heading: 'IV. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH',
      level: 1,
      paragraphs: [`Kết quả thực hiện so với chỉ tiêu kế hoạch năm ${y}:`],
      table: docTable({ columns: targets.columns.filter((x) => !/Change|Previous/.test(x.key)), rows: targets.rows, totals: null }, targets.title),
    },
    { heading: '1. Kết quả đạt được', level: 2, placeholders: ['(Cán bộ bổ sung.)'] },
    { heading: '2. Tồn tại, hạn chế, nguyên nhân', level: 2, placeholders: ['(Cán bộ bổ sung.)'] },
    {
      heading: `V. MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM ${y + 1}`,
      level: 1,
    },
    {
      heading: '1. Mục tiêu cụ thể',
      level: 2,
      ...(() => {
        const set = nextTargets.rows.filter((r) => typeof r.target === 'number');
        return set.length
          ? { paragraphs: set.map((r) => `- ${r.measure}: ${fmt(n(r.target))}.`) }
          : { placeholders: [`(Chưa có chỉ tiêu năm ${y + 1} trên hệ thống; cán bộ bổ sung hoặc nhập tại mục “Chỉ tiêu kế hoạch”.)`] };
      })(),
    },
    { heading: '2. Nhiệm vụ, giải pháp', level: 2, placeholders: ['(Cán bộ bổ sung.)'] },
    { heading: 'VI. ĐỀ XUẤT, KIẾN NGHỊ', level: 1, placeholders: ['(Cán bộ bổ sung.)'] },
    {
      paragraphs: [`Trên đây là Báo cáo kết quả thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm ${y}, mục tiêu, nhiệm vụ và giải pháp thực hiện năm ${y + 1} trên địa bàn ${stars.unit.name.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố')}./.`],
    },
    { heading: 'PHỤ LỤC: DANH SÁCH SẢN PHẨM OCOP ĐƯỢC CÔNG NHẬN', level: 1, table: stars.tables[0] ? docTable(stars.tables[0], stars.tables[0].title) : undefined },
  ];

  const doc: AdminDocument = {
    ...issuerOfReport(stars.unit),
    date: today(),
    kind: 'BÁO CÁO',
    title: `Kết quả thực hiện Chương trình mỗi xã một sản phẩm (OCOP) năm ${y}, mục tiêu, nhiệm vụ và giải pháp thực hiện năm ${y + 1} trên địa bàn ${stars.unit.name.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố')}`,
    blocks,
    signature: { authority: '', position: 'GIÁM ĐỐC' },
  };
  return { body: await renderReportDocx(doc), fileName: `bao-cao-ocop-${stars.unit.code}-${y}` };
}
