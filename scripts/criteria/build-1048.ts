/**
 * Builds resources/criteria-sets/1048-2019.json from the score sheets of Decision 1048/QĐ-TTg
 * as amended by 781/QĐ-TTg (the shared reference `criteria-1048-2019/sheets.json`), keeping
 * the version's decision and procedure from the current file. Every criterion, option wording
 * and point is copied as the source has it; knock-out rules come from the sheets' footnotes
 * and the known 781 per-star minimums are attached where the sheet has the criterion they
 * name. Run: npx tsx scripts/criteria/build-1048.ts <path to sheets.json>
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCriteriaSet } from '../../src/domain/criteria/validate';
import type { CriteriaSet, Criterion, KnockOutRule, Section, SharedSection, Sheet, StarMinimum } from '../../src/domain/criteria/types';
import productSets from '../../resources/classification/product-sets.json' with { type: 'json' };

type SourceCriterion = { title: string; note: string; header: boolean; options?: Array<[string, number]>; max?: number; sub?: boolean };
type Source = {
  subgroups: Record<string, { name: string; sections: Array<{ name: string; part: 'A' | 'B' | 'C'; criteria: SourceCriterion[] }> }>;
  evidence_hints_for_product_type_1: Array<{ question_id: number; content: string }>;
};

const src = JSON.parse(fs.readFileSync(process.argv[2] ?? '../shared/reference/criteria-1048-2019/sheets.json', 'utf8')) as Source;
const target = path.resolve('resources/criteria-sets/1048-2019.json');
const current = JSON.parse(fs.readFileSync(target, 'utf8')) as CriteriaSet;

const same = (vi: string) => ({ vi, en: vi });
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const key = (s: string) => clean(s).toLocaleLowerCase('vi').normalize('NFC');
const numberOf = (title: string) => /^(\d+(?:\.\d+)*)\.?\s*/.exec(clean(title))?.[1];
const nameOf = (title: string) => clean(title).replace(/^\d+(?:\.\d+)*\.?\s*/, '');
const INCOMPLETE = new Set(['21', '23', '24']);

function convertSheet(id: string, withHints: boolean): { sections: Section[]; criteria: Criterion[]; knockOuts: KnockOutRule[] } {
  const sg = src.subgroups[id];
  const sections: Section[] = [];
  const criteria: Criterion[] = [];
  const knockOuts: KnockOutRule[] = [];
  const hints = withHints ? src.evidence_hints_for_product_type_1 : [];
  let question = 0;
  const addKnockOut = (note: string, criterion: string, sectionCriteria: string[]) => {
    const text = clean(note.replace(/^(Ghi chú|Chú ý)\s*:\s*/i, '').replace(/^\(.*?\)\s*/, ''));
    const excluded = /bị loại/i.test(note);
    const stop = /không đánh giá các bước tiếp theo|dừng đánh giá/i.test(note);
    if (!excluded && !stop) return;
    const zeroOthers = /0 điểm tại một trong các chỉ tiêu trên/i.test(note);
    const zero = zeroOthers || /nếu bị 0 điểm/i.test(note);
    knockOuts.push({
      code: `KO${knockOuts.length + 1}`,
      kind: excluded ? 'excluded' : 'stop',
      criterion,
      trigger: zero ? 'zero' : 'declared',
      ...(zero ? { criteria: zeroOthers ? sectionCriteria : [criterion] } : {}),
      reason: same(clean(note).replace(/^.*?(?=(Bị loại|Nếu|Không đánh giá|Dừng))/i, '') || text),
    });
  };
  for (const sec of sg.sections) {
    const number = numberOf(sec.name) ?? String(sections.length + 1);
    const sectionCode = `${sec.part}${number.split('.')[0]}`;
    if (!sections.some((s) => s.code === sectionCode)) sections.push({ code: sectionCode, part: sec.part, name: same(nameOf(sec.name)) });
    let heading: { title: string; note: string; pending: boolean } | undefined;
    const inSection: string[] = [];
    for (const c of sec.criteria) {
      question += 1;
      if (c.header) {
        heading = { title: clean(c.title), note: c.note, pending: true };
        continue;
      }
      if (!c.sub) heading = undefined;
      const num = numberOf(c.title) ?? number;
      // The coffee sheet numbers two criteria 6.1.3: the second keeps its place as 6.1.3.1.
      let code = `${sec.part}${num}`;
      while (criteria.some((x) => x.code === code)) code = `${code}.1`;
      const options = (c.options ?? []).map(([label, points], i, all) => {
        const caseNo = all.slice(0, i + 1).reduce((n, [, p], j) => (j > 0 && p < all[j - 1][1] ? n + 1 : n), 1);
        return { code: String.fromCharCode(97 + i), label: same(clean(label)), points, caseNo };
      });
      const hasCases = options.some((o) => o.caseNo > 1);
      const myHints = hints.filter((h) => h.question_id === question);
      const criterionHint = myHints.find((h) => key(h.content).startsWith(key(nameOf(c.title))));
      const criterion: Criterion = {
        code,
        part: sec.part,
        section: sectionCode,
        name: same(nameOf(c.title)),
        maxPoints: c.max ?? Math.max(...options.map((o) => o.points)),
        // The council's sensory judgement: not something a producer acts on directly.
        ...(/cảm quan/i.test(sec.name) ? { improvable: false } : {}),
        ...(c.note ? { note: same(clean(c.note)) } : {}),
        ...(heading ? { heading: same(heading.title) } : {}),
        ...(criterionHint ? { hint: same(clean(criterionHint.content.slice(criterionHint.content.indexOf(':') + 1))) } : {}),
        options: options.map((o) => {
          const h = myHints.find((x) => x !== criterionHint && key(x.content).startsWith(key(o.label.vi)));
          return {
            code: o.code,
            label: o.label,
            points: o.points,
            ...(hasCases ? { case: o.caseNo } : {}),
            ...(h ? { hint: same(clean(h.content.slice(key(o.label.vi).length).replace(/^\s*:\s*/, ''))) } : {}),
          };
        }),
      };
      criteria.push(criterion);
      inSection.push(code);
      if (heading?.pending && heading.note) {
        addKnockOut(heading.note, code, [code]);
        heading.pending = false;
      }
      if (c.note) addKnockOut(c.note, code, [...inSection]);
    }
  }
  return { sections, criteria, knockOuts };
}

/** The known minimums of 781/2020 (Appendix II item 6), attached where the sheet has the criterion. */
function minimumsOf(setCodes: string[], criteria: Criterion[]): StarMinimum[] {
  const groups = new Set(setCodes.map((c) => c.split('.')[0]));
  const handicraft = setCodes.some((c) => c.startsWith('4.1'));
  const tourism = groups.has('6');
  if (tourism) return [];
  const find = (re: RegExp) => criteria.find((c) => re.test(c.name.vi));
  const lowest = (c: Criterion | undefined, re: RegExp) => {
    const pts = c?.options.filter((o) => o.points > 0 && re.test(o.label.vi)).map((o) => o.points) ?? [];
    return c && pts.length ? { criterion: c.code, minPoints: Math.min(...pts) } : undefined;
  };
  const out: StarMinimum[] = [];
  const push = (stars: StarMinimum['stars'], m: { criterion: string; minPoints: number } | undefined, vi: string, en: string) => {
    if (m) out.push({ stars, ...m, label: { vi, en } });
  };
  const declaration = find(/công bố/i);
  push(2, lowest(declaration, /^Có/i), 'Có hồ sơ công bố chất lượng sản phẩm', 'A quality declaration dossier');
  push(3, lowest(declaration, /tiêu chuẩn|đầy đủ/i), 'Có công bố tiêu chuẩn sản phẩm', 'A declared product standard');
  if (handicraft) {
    const artistic = criteria.find((c) => c.options.some((o) => /giá trị mỹ thuật/i.test(o.label.vi)));
    push(3, lowest(artistic, /giá trị mỹ thuật/i), 'Sản phẩm có giá trị nghệ thuật, kỹ thuật', 'Artistic or technical value');
  } else {
    push(3, lowest(find(/đảm bảo chất lượng/i), /kế hoạch kiểm soát.*hồ sơ lô/i), 'Có kế hoạch kiểm soát nội bộ gắn với truy xuất nguồn gốc', 'An internal control plan tied to traceability');
    push(4, lowest(find(/tính độc đáo|độc đáo/i), /^(độc đáo|phong cách thiết kế độc đáo)/i), 'Sản phẩm có chất lượng độc đáo, khác biệt', 'A distinctive product quality');
  }
  return out;
}

const sheets: Sheet[] = [];
const bySet = new Map(productSets.sets.filter((s) => 'sheet1048' in s).map((s) => [(s as { sheet1048: string }).sheet1048, s]));
for (const id of Object.keys(src.subgroups)) {
  const set = bySet.get(id);
  if (!set) throw new Error(`source set ${id} has no product set`);
  const { sections, criteria, knockOuts } = convertSheet(id, id === '1');
  sheets.push({
    code: `s${set.code}`,
    name: same(src.subgroups[id].name),
    productSets: [set.code],
    sections,
    criteria,
    knockOuts,
    starMinimums: minimumsOf([set.code], criteria),
    ...(INCOMPLETE.has(id)
      ? {
          toBeConfirmed: true,
          note: {
            vi: 'Cần xác nhận: nguồn dữ liệu thiếu tiêu chí 6.4 nên phần C chỉ đạt 38/40 điểm; quản trị viên cần bổ sung tiêu chí theo văn bản chính thức.',
            en: 'To be confirmed: criterion 6.4 is missing from the source, so part C reaches only 38 of 40 points; an administrator must add it from the official text.',
          },
        }
      : {}),
  });
}
// "Gạo, ngũ cốc" is not in the source: scored on the processed-rice sheet until confirmed.
const rice = sheets.find((s) => s.productSets.includes('1.3.1'))!;
sheets.push({
  ...structuredClone(rice),
  code: 's1.2.1',
  name: same('Gạo, ngũ cốc'),
  productSets: ['1.2.1'],
  toBeConfirmed: true,
  note: {
    vi: 'Cần xác nhận: phiếu của bộ "Gạo, ngũ cốc" không có trong nguồn dữ liệu; tạm dùng phiếu "Chế biến từ gạo, ngũ cốc" cho đến khi quản trị viên nhập phiếu chính thức.',
    en: 'To be confirmed: the "Rice and cereals" sheet is not in the source; the "Processed rice and cereal products" sheet stands in until an administrator enters the official one.',
  },
});

// Sections identical on several sheets become shared sections of the version.
const shared: SharedSection[] = [];
const sectionKey = (sheet: Sheet, code: string) => JSON.stringify([sheet.sections.find((s) => s.code === code), sheet.criteria.filter((c) => c.section === code)]);
const counts = new Map<string, number>();
for (const sheet of sheets) for (const s of sheet.sections) counts.set(sectionKey(sheet, s.code), (counts.get(sectionKey(sheet, s.code)) ?? 0) + 1);
for (const sheet of sheets) {
  const uses: string[] = [];
  for (const s of [...sheet.sections]) {
    const k = sectionKey(sheet, s.code);
    if ((counts.get(k) ?? 0) < 2) continue;
    let entry = shared.find((x) => JSON.stringify([x.section, x.criteria]) === k);
    if (!entry) {
      entry = { ref: `${s.code}-${shared.filter((x) => x.section.code === s.code).length + 1}`, section: s, criteria: sheet.criteria.filter((c) => c.section === s.code) };
      shared.push(entry);
    }
    uses.push(entry.ref);
    sheet.sections = sheet.sections.filter((x) => x.code !== s.code);
    sheet.criteria = sheet.criteria.filter((c) => c.section !== s.code);
  }
  if (uses.length) sheet.uses = uses;
}
sheets.sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }));

const version = {
  code: current.code,
  ruleVersion: current.ruleVersion,
  decision: { ...current.decision },
  effectiveFrom: current.effectiveFrom,
  effectiveTo: current.effectiveTo,
  groups: current.groups,
  groupNames: current.groupNames,
  parts: current.parts,
  sections: [],
  criteria: [],
  sheets,
  sharedSections: shared,
  starBands: [
    { stars: 1, minTotal: 0 },
    { stars: 2, minTotal: 30 },
    { stars: 3, minTotal: 50 },
    { stars: 4, minTotal: 70 },
    { stars: 5, minTotal: 90 },
  ],
  minimumsNote: {
    vi: 'Tiêu chí tối thiểu theo hạng sao (Quyết định 781/QĐ-TTg, Phụ lục II mục 6) chỉ biết một phần: 2 sao cần hồ sơ công bố chất lượng; 3 sao cần công bố tiêu chuẩn sản phẩm, kế hoạch kiểm soát nội bộ gắn với truy xuất nguồn gốc (nhóm 1–4) và giá trị nghệ thuật, kỹ thuật (thủ công mỹ nghệ); 4 sao thêm chất lượng độc đáo (nhóm 1–4). Tiêu chí tối thiểu 5 sao chưa rõ nên để trống; bộ du lịch chưa có tiêu chí tối thiểu.',
    en: 'The per-star minimum criteria of Decision 781/QĐ-TTg (Appendix II item 6) are only partly known: 2★ needs a quality declaration dossier; 3★ a declared product standard, an internal control plan tied to traceability (groups 1–4) and artistic or technical value (handicrafts); 4★ adds a distinctive quality (groups 1–4). The 5★ minimums are not known and are left empty; the tourism set has none.',
  },
  recognition: current.recognition,
  status: 'published',
  toBeConfirmed: false,
  note: {
    vi: 'Phiếu chấm theo 26 bộ sản phẩm của Quyết định 1048/QĐ-TTg, sửa đổi bởi Quyết định 781/QĐ-TTg (08/06/2020). Nguồn thứ cấp: dữ liệu khởi tạo của một ứng dụng đánh giá OCOP công khai (2022), không phải văn bản chính thức. Ba bộ thiếu một tiêu chí và bộ "Gạo, ngũ cốc" được đánh dấu cần xác nhận. Nội dung tiếng Anh giữ nguyên văn tiếng Việt.',
    en: 'Score sheets of the 26 product sets of Decision 1048/QĐ-TTg as amended by Decision 781/QĐ-TTg (08/06/2020). Secondary source: the seed data of a public OCOP evaluation application (2022), not the official text. Three sets missing a criterion and the "Rice and cereals" set are flagged to be confirmed. Criterion and option wording is kept in Vietnamese in the English text.',
  },
};
parseCriteriaSet(version); // refuses to write a version the platform would refuse
fs.writeFileSync(target, `${JSON.stringify(version, null, 1)}\n`);
console.log(`${sheets.length} sheets, ${shared.length} shared sections, ${sheets.reduce((n, s) => n + (s.knockOuts?.length ?? 0), 0)} knock-outs, ${sheets.reduce((n, s) => n + (s.starMinimums?.length ?? 0), 0)} minimums`);
