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
import { FAIR_LEVELS } from '../../domain/trade/kinds';

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

const LEVEL_NAMES: Record<string, string> = { provincial: 'cấp tỉnh', local: 'cấp huyện, xã', national: 'toàn quốc', international: 'quốc tế' };
const billions = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(v / 1_000_000_000);
const millions = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(v / 1_000_000);

/**
 * Section III.4 (seed 004: "Hoạt động giới thiệu, quảng bá, xúc tiến thương mại sản phẩm OCOP"):
 * fairs by level, contracts and listings; sales points by funding; gift combos — from the
 * `trade` report of the year.
 */
function tradeBlocks(r: Report, y: number, unitName: string): DocBlock[] {
  const year = row(r, 'year', y) ?? {};
  const tableOf = (key: string) => r.tables.find((x) => x.key === key);
  const levelRows = tableOf('fairsByLevel')?.rows ?? [];
  // the table's rows follow FAIR_LEVELS; the text starts with the province's own fairs, as seed 004
  const byLevel = new Map<string, ReportRow>(FAIR_LEVELS.map((level, i) => [level, levelRows[i] ?? {}]));
  const fairClauses = (['provincial', 'local', 'national', 'international'] as const)
    .map((level) => ({ level, row: byLevel.get(level) ?? {} }))
    .filter((x) => n(x.row.count) > 0)
    .map(({ level, row: l }) => {
      const parts = [`${fmt(n(l.count))} hội chợ, triển lãm ${LEVEL_NAMES[level]}`];
      if (n(l.booths) > 0) parts.push(`${fmt(n(l.booths))} gian hàng`);
      if (n(l.visitors) > 0) parts.push(`khoảng ${fmt(n(l.visitors))} lượt khách đến tham quan mua sắm`);
      if (n(l.amount) > 0) parts.push(`doanh số bán hàng ước đạt ${billions(n(l.amount))} tỷ đồng`);
      return parts.join(', ');
    });
  const fairsText = n(year.fairs) > 0
    ? `Năm ${y} tổ chức, tham gia ${fmt(n(year.fairs))} hội chợ, triển lãm giới thiệu sản phẩm OCOP: ${fairClauses.join('; ')}.`
    : `Năm ${y} chưa ghi nhận hội chợ, triển lãm trên hệ thống.`;
  const contractsText = n(year.contracts) > 0
    ? `Ký kết ${fmt(n(year.contracts))} hợp đồng, biên bản ghi nhớ tiêu thụ sản phẩm OCOP${n(year.contractsValue) > 0 ? ` với tổng giá trị ${millions(n(year.contractsValue))} triệu đồng` : ''}.`
    : `Năm ${y} chưa ghi nhận hợp đồng, biên bản ghi nhớ tiêu thụ sản phẩm OCOP trên hệ thống.`;
  const listingsText = n(year.listings) > 0 ? [`Đến hết năm ${y} có ${fmt(n(year.listings))} gian hàng sản phẩm OCOP đang hoạt động trên các sàn thương mại điện tử.`] : [];
  const funding = tableOf('salesPointsByFunding')?.rows ?? [];
  const [state, priv] = [funding[0] ?? {}, funding[1] ?? {}];
  const opened = n(state.opened) + n(priv.opened);
  const combosRows = (tableOf('combosByOccasion')?.rows ?? []).filter((c) => n(c.count) > 0);
  const fairsTable = tableOf('fairsByLevel');
  return [
    { heading: '4. Hoạt động giới thiệu, quảng bá, xúc tiến thương mại sản phẩm OCOP', level: 2 },
    {
      heading: 'a) Về xúc tiến thương mại sản phẩm OCOP',
      level: 3,
      paragraphs: [fairsText, contractsText, ...listingsText],
      table: fairsTable && n(year.fairs) > 0 ? docTable({ ...fairsTable, rows: fairsTable.rows.filter((l) => n(l.count) > 0) }, fairsTable.title) : undefined,
    },
    {
      heading: 'b) Về điểm giới thiệu và bán sản phẩm OCOP',
      level: 3,
      paragraphs: [
        ...(opened > 0
          ? [`Trong năm ${y} đưa vào hoạt động ${fmt(opened)} điểm giới thiệu và bán sản phẩm OCOP (Nhà nước hỗ trợ ${fmt(n(state.opened))} điểm; xã hội hóa 100% ${fmt(n(priv.opened))} điểm).`]
          : []),
        `Lũy kế, tính đến hết năm ${y}, trên địa bàn ${unitName} có ${fmt(n(year.salesPoints))} điểm giới thiệu và bán sản phẩm OCOP: Nhà nước hỗ trợ ${fmt(n(year.salesPointsState))} điểm; xã hội hóa 100% ${fmt(n(year.salesPointsPrivate))} điểm.`,
      ],
    },
    {
      heading: 'c) Về xây dựng các gói combo quà tặng sản phẩm OCOP',
      level: 3,
      paragraphs: [
        n(year.combos) > 0
          ? `Năm ${y} có ${fmt(n(year.combos))} gói combo quà tặng sản phẩm OCOP được xây dựng (${combosRows.map((c) => `${String(c.category).toLocaleLowerCase('vi')}: ${fmt(n(c.count))}`).join('; ')}).`
          : `Năm ${y} chưa ghi nhận gói combo quà tặng sản phẩm OCOP trên hệ thống.`,
      ],
      placeholders: ['(Cán bộ bổ sung hiệu quả tiêu thụ, các hoạt động quảng bá khác.)'],
    },
  ];
}

export interface AnnualReportFile {
  body: Buffer;
  fileName: string;
}

export async function annualReportDocx(
  db: Executor,
  actor: Actor | null,
  q: { unit?: string; year: number },
  lang: Lang,
  /** A background export's progress: sections computed of the nine, then the document written. */
  progress?: (fraction: number) => void | Promise<void>,
): Promise<AnnualReportFile> {
  const unit = q.unit ?? actor?.provinceCode ?? undefined;
  if (!unit) throw new ValidationError([{ path: 'unit', code: 'errors.annualReport.unit' }]);
  const y = q.year;
  let sections = 0;
  const done = async <T>(report: T): Promise<T> => {
    await progress?.((++sections / 9) * 0.9);
    return report;
  };
  const runOnly = (code: Parameters<typeof runReport>[2], from = y, to = y, u = unit) => runReport(db, actor, code, { unit: u, from, to, format: 'json' }, lang, { listLimit: null });
  const run = (code: Parameters<typeof runReport>[2], from = y, to = y) => runOnly(code, from, to).then(done);
  // products-by-star first: it checks the unit, the years and the jurisdiction (400/404) before the rest run.
  const stars = await run('products-by-star');
  // Before the 2025 reform a province reported by its districts: the legacy province's breakdown.
  const localitiesOfYear = (y < 2025 ? runOnly('localities', y, y, `legacy:${unit}`).catch(() => runOnly('localities')) : runOnly('localities')).then(done);
  const [docs, comm, entities, localities, funding, targets, nextTargets, tradeReport] = await Promise.all([
    run('documents'),
    run('communication'),
    run('entities'),
    localitiesOfYear,
    run('funding'),
    run('targets'),
    run('targets', y + 1, y + 1),
    run('trade'),
  ]);
  const star = row(stars, 'year', y) ?? {};
  const c = row(comm, 'year', y) ?? {};
  const ent = byKey(entities, 'type');
  const entTotals = entities.totals ?? {};
  const withProducts = localities.rows.filter((l) => n(l.products) > 0);
  const without = localities.tables.find((t) => t.key === 'without')?.rows ?? [];

  const unitName = stars.unit.name.replace(/^Tỉnh/, 'tỉnh').replace(/^Thành phố/, 'thành phố');
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
    ...tradeBlocks(tradeReport, y, unitName),
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
